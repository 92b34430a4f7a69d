/// A position in a source file. Line and column are 1-based; libyaml's 0-based
/// marks are converted once, in `EventParser`, and nowhere else.
public struct Mark: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The file the node came from, as the user named it (shared storage, cheap to copy).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the prefix of every diagnostic.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}
