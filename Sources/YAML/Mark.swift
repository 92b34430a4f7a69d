import Foundation

/// A position in a source file. Line and column are 1-based; libyaml's 0-based
/// marks are converted once, in `EventParser`, and nowhere else.
///
/// Every node carries one, so it is kept to 12 bytes with no reference count:
/// the file name is interned once per file (`FileNames`) and stored as an id.
public struct Mark: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    private var fileID: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int, column: Int) {
        self.init(fileID: FileNames.shared.id(for: file), line: line, column: column)
    }

    init(fileID: UInt32, line: Int, column: Int) {
        self.fileID = fileID
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The file the node came from, as the user named it.
    public var file: String {
        get { FileNames.shared.name(for: fileID) }
        set { fileID = FileNames.shared.id(for: newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// `file:line:col`, the prefix of every diagnostic.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        if lhs.fileID != rhs.fileID { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }

    // Encoded as before ({file, line, column}), so saved plans keep their form.
    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}

/// The file names marks refer to. A process loads a handful of files, each
/// interned once; lookups happen only when a diagnostic is printed.
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()
    private let lock = NSLock()
    private var names: [String] = []
    private var ids: [String: UInt32] = [:]

    func id(for name: String) -> UInt32 {
        lock.withLock {
            if let id = ids[name] { return id }
            let id = UInt32(names.count)
            names.append(name)
            ids[name] = id
            return id
        }
    }

    func name(for id: UInt32) -> String {
        lock.withLock { Int(id) < names.count ? names[Int(id)] : "<unknown>" }
    }
}
