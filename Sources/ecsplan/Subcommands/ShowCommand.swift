import ArgumentParser
import ECSPlanCore
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Render a saved plan file.")

    @Argument(help: "A plan saved with `ecsplan plan --out FILE` (refused if it was edited since).")
    var file: String

    @Option(name: .customLong("format"), help: "Output format. Default: text. (ECSPLAN_FORMAT)")
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    @Flag(name: .customLong("no-color"), help: "Never colour output (also NO_COLOR). (ECSPLAN_NO_COLOR)")
    var noColor = false

    mutating func validate() throws {
        if formatOption == nil { formatOption = try Env.value("format") }
        if !noColor { noColor = try Env.bool("no-color") }
    }

    func run() async throws {
        try await reportingErrors {
            let plan = try SavedPlan.read(file)
            let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && Console.stdoutIsTTY
            Console.out(try Rendering.render(plan, format: format, color: color, fullPlan: FullPlanLocation.describe(out: file)))
        }
    }
}
