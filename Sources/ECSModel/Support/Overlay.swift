/// The hand-kept knowledge the model lacks (Overlay.yaml beside this file),
/// as tables the generator bakes into Generated/Overlay+Tables.swift.
public enum Overlay {
    /// A default ECS fills in for an absent member.
    public enum DefaultValue: Sendable, Hashable {
        case bool(Bool)
        case int(Int)
        case string(String)
    }

    /// How a set-like list is keyed.
    public enum SetKey: Sendable, Hashable {
        /// A set of plain strings.
        case value
        /// Items identified by these members (joined), optionally collapsed to one member's value.
        case members([String], value: String?)
    }
}
