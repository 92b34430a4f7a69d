import YAML

/// One problem found in the configuration. Diagnostics are values collected
/// by the loader and validator and printed by the CLI, never thrown one at a time.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning, note }

    public var severity: Severity
    public var mark: Mark?
    /// Where in the object the problem is, e.g. `taskDefinitions[web].containerDefinitions[1].memory`.
    public var path: String
    public var message: String

    public init(_ severity: Severity = .error, at mark: Mark?, path: String, _ message: String) {
        self.severity = severity
        self.mark = mark
        self.path = path
        self.message = message
    }

    /// `file:line:col: path: message`; warnings and notes say so after the position.
    public var description: String {
        var out = ""
        if let mark { out += "\(mark): " }
        if severity != .error { out += "\(severity.rawValue): " }
        if !path.isEmpty { out += "\(path): " }
        return out + message
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }

    /// Sorted by file, line and column; diagnostics without a position come last.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.mark, b.element.mark) {
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// Thrown when loading cannot go on; it carries every diagnostic found so far.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.sortedByPosition().map(\.description).joined(separator: "\n") }
}
