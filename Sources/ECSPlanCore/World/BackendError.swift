/// Errors a state store or provider reports, with the address they concern and what to do.
public struct BackendError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { hint.map { "\(message)\n  hint: \($0)" } ?? message }
}
