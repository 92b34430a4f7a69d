import ArgumentParser
import ECSPlanCore

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check configuration files without contacting any backend.",
        discussion: """
            Reports every problem as file:line:col: path: message and exits 1 if there are errors. \
            With --format json, prints one JSON document on stdout instead (diagnostics with file, line, \
            column, path, message and severity); with --format github or on GitHub Actions, also prints \
            each problem as an annotation.
            """
    )

    @OptionGroup var config: ConfigOptions

    @Option(name: .customLong("format"), help: "text, json or github (markdown is for plans and prints text here). Default: text. (ECSPLAN_FORMAT)")
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    mutating func validate() throws {
        if formatOption == nil { formatOption = try Env.value("format") }
    }

    func run() async throws {
        let output = ErrorOutput(command: "validate", format: format)
        try await output.run {
            let (loaded, diagnostics) = config.checkDiagnosed()
            if output.json {
                let report = DiagnosticReport(command: "validate", diagnostics: diagnostics)
                if output.annotations && !diagnostics.isEmpty { Console.error(GitHubAnnotations.render(diagnostics)) }
                Console.out(report.json(), newline: false)
                if !report.valid { throw ExitCode(1) }
                return
            }
            guard config.report(diagnostics, files: loaded.config.files.count) else { throw ExitCode(1) }
            KeptUntilExit.keep(loaded)
            Console.out("Configuration is valid: \(loaded.summary).")
        }
    }
}
