/// The day-two commands (`run`, `status`, `wait`) name one object each and
/// need the same "did you mean" as `--target`, worded for an argument.
extension TargetResolver {
    /// Known addresses of the same kind close to `address`, closest first.
    public func suggestions(for address: Address) -> [String] { nearest(to: address) }

    /// Throws `UnknownAddress` when `address` names nothing known.
    public func require(_ address: Address, as what: String) throws {
        guard !known.contains(address) else { return }
        throw UnknownAddress(address: address, what: what, nearest: suggestions(for: address))
    }
}

/// An argument naming an object that is neither configured nor in the state.
public struct UnknownAddress: Error, Sendable, CustomStringConvertible {
    public var address: Address
    /// How the command refers to it: "task definition family", "cluster", "service".
    public var what: String
    public var nearest: [String]

    public var description: String {
        "\(what) \(address.name) does not exist (\(address))"
            + (nearest.isEmpty ? "" : "; did you mean \(nearest.joined(separator: ", "))?")
            + "\n  hint: `ecsplan state list` shows what exists"
    }
}
