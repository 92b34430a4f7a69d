import ArgumentParser
import ECSPlanCore

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check configuration files without contacting any backend.",
        discussion: "Reports every problem as file:line:col: path: message and exits 1 if there are errors."
    )

    @OptionGroup var config: ConfigOptions

    func run() async throws {
        guard let loaded = config.loadValidated() else { throw ExitCode(1) }
        Console.out("Configuration is valid: \(loaded.summary).")
    }
}
