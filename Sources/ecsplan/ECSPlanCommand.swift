import ArgumentParser
import ECSPlanCore
import Foundation

@main
struct ECSPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecsplan",
        abstract: "Declarative plan/apply for Amazon ECS clusters, task definitions and services.",
        discussion: """
            Describe clusters, task definitions and services in YAML, run `ecsplan plan` to see \
            exactly what would change, and `ecsplan apply` to make it so, with rolling task \
            replacement that respects each service's deployment percents.

            Every option can also be set from the environment as ECSPLAN_<OPTION> \
            (for example ECSPLAN_BACKEND=ecs, ECSPLAN_STATE=/path/state.db, ECSPLAN_AUTO_APPROVE=1). \
            A value there is checked as the option's would be; an invalid one is an error, and an \
            option on the command line wins over its variable.

            Shell completion (addresses included): ecsplan --generate-completion-script bash|zsh|fish
            """,
        version: ECSPlanVersion.current,
        subcommands: [Validate.self, PlanCommand.self, ApplyCommand.self, ShowCommand.self, StateCommand.self, ImportCommand.self, VerifyCommand.self, RunCommand.self, StatusCommand.self, WaitCommand.self, RollbackCommand.self]
    )

    /// Every error, the parser's included, reads `ecsplan: …` like the commands' own.
    static var _errorPrefix: String { "ecsplan: " }

    /// The parser's entry point, with checks before it: every ECSPLAN_* variable
    /// (unknown ones are warned about, a typo would otherwise be ignored; bad
    /// values stop every command) and mistyped subcommands.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Help, version and completion work whatever the environment holds.
        let informational: Set<String> = ["-h", "--help", "help", "--version", "--generate-completion-script", "--experimental-dump-help"]
        if !arguments.contains(where: { informational.contains($0) || $0.hasPrefix("---completion") }) {
            for warning in KnownVariables.warnings(in: ProcessInfo.processInfo.environment) { Console.warning(warning) }
            do {
                try KnownVariables.check(arguments: arguments)
            } catch {
                Console.error(_errorPrefix + "\(error)")
                Foundation.exit(ExitCode.failure.rawValue)
            }
        }
        if let message = UnknownSubcommand.message(for: arguments, root: Self.self) {
            Console.error(_errorPrefix + message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let hint = OptionElsewhere.hint(for: message(for: error), root: Self.self) {
                let text = fullMessage(for: error)
                let firstLine = text.prefix { $0 != "\n" }
                Console.error(firstLine + "\n  hint: " + hint + text.dropFirst(firstLine.count))
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }
}
