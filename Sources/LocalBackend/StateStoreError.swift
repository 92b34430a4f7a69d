/// Why the state database cannot be used. The file is never modified in these cases.
public struct StateStoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var hint: String

    public var description: String { "\(path): \(message)\n  hint: \(hint)" }
}
