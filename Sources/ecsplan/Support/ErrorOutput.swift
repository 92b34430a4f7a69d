import ArgumentParser
import ECSPlanCore
import Foundation

/// How a command reports what went wrong. Text on standard error by default;
/// with `--format json` one JSON document on standard output instead (so a
/// pipeline that reads stdout always gets JSON); on GitHub Actions
/// (`GITHUB_ACTIONS=true`) or with `--format github`, also annotations, on
/// standard error, where they never mix into a plan written to stdout.
/// A task-local value, so that the shared loading and error paths need no
/// extra parameter in every command.
struct ErrorOutput: Sendable {
    var command: String
    var json = false
    /// One line instead of a pretty document, for apply's stream of JSON lines.
    var compact = false
    var annotations = false

    @TaskLocal static var current = ErrorOutput(command: "ecsplan")

    init(command: String, format: OutputFormat = .text, compact: Bool = false,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.command = command
        json = format == .json
        self.compact = compact
        annotations = format == .github || environment["GITHUB_ACTIONS"] == "true"
    }

    /// Diagnostics of a configuration that failed to load or validate.
    func report(_ diagnostics: [Diagnostic], files: Int) {
        if annotations && !diagnostics.isEmpty { Console.error(GitHubAnnotations.render(diagnostics)) }
        if json {
            Console.out(DiagnosticReport(command: command, diagnostics: diagnostics).json(compact: compact), newline: false)
            return
        }
        for d in diagnostics { Console.error(d.description) }
        let errors = diagnostics.errors.count
        if errors > 0 { Console.error("\(errors) error\(errors == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")") }
    }

    /// An error that ends the command, as `ErrorWording` words it.
    func report(failure message: String) {
        let d = Diagnostic(.error, at: nil, path: "", message)
        if annotations { Console.error(GitHubAnnotations.render([d])) }
        if json {
            Console.out(DiagnosticReport(command: command, diagnostics: [d]).json(compact: compact), newline: false)
        } else {
            Console.error("ecsplan: \(message)")
        }
    }

    /// Runs `body` with this output current, printing what it throws and exiting 1.
    /// `state` lets a database error name the state file.
    func run(state: String? = nil, _ body: () async throws -> Void) async throws {
        try await ErrorOutput.$current.withValue(self) {
            try await reportingErrors(state: state, body)
        }
    }
}
