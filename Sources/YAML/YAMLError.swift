/// Everything that can go wrong while turning bytes into nodes. Each case
/// carries the mark where it happened so the CLI can print `file:line:col`.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libyaml's own scanner/parser error, with its problem text.
        case syntax
        case undefinedAlias
        case aliasExpansionLimit
        case nestingTooDeep
        case invalidMergeKey
        case unreadable
    }

    public var kind: Kind
    public var mark: Mark
    public var message: String

    public init(_ kind: Kind, at mark: Mark, _ message: String) {
        self.kind = kind
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(mark): \(message)" }
}
