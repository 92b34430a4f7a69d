import Foundation

/// Why a command failed, as a document a pipeline can read (`--format json`):
/// every diagnostic with its file, line, column, path, message and severity.
/// Errors that concern no configuration node (a stale plan, a backend that
/// refused) are diagnostics without a file. The exit code is unchanged.
public struct DiagnosticReport: Codable, Sendable, Equatable {
    public static let formatVersion = 1

    public struct Entry: Codable, Sendable, Equatable {
        public var severity: Diagnostic.Severity
        public var file: String?
        public var line: Int?
        public var column: Int?
        /// Where in the object, e.g. `taskDefinitions[web].containerDefinitions[1].memory`; empty when none.
        public var path: String
        public var message: String

        public init(_ d: Diagnostic) {
            severity = d.severity
            file = d.mark?.file
            line = d.mark?.line
            column = d.mark?.column
            path = d.path
            message = d.message
        }
    }

    public var formatVersion = DiagnosticReport.formatVersion
    /// `validate`, `plan` or `apply`.
    public var command: String
    /// False when any diagnostic is an error.
    public var valid: Bool
    public var errorCount: Int
    public var warningCount: Int
    public var diagnostics: [Entry]

    public init(command: String, diagnostics: [Diagnostic]) {
        self.command = command
        let sorted = diagnostics.sortedByPosition()
        errorCount = sorted.filter { $0.severity == .error }.count
        warningCount = sorted.filter { $0.severity == .warning }.count
        valid = errorCount == 0
        self.diagnostics = sorted.map(Entry.init)
    }

    /// Pretty, sorted keys; `compact` gives one line, for a stream of JSON lines.
    public func json(compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Strings, ints and optionals only: encoding cannot fail.
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
