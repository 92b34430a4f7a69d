/// A saved plan is applied only if nothing it read has moved, the configuration
/// re-read from its paths is the one that was planned, and the file says what
/// would be done now: apply runs the plan made again from the same inputs, so
/// a file edited after it was written (to hide a deletion, or to pass the
/// stale check) would otherwise be reviewed as one thing and applied as another.
public enum SavedPlanCheck {
    public static func verify(saved: Plan, fresh: Plan, world: World) throws(SavedPlanRefused) {
        // A plan made before the state existed applies to a state that is still empty.
        let newState = saved.lineage.isEmpty && saved.serial == 0
        var moved = newState ? [] : Fingerprint.staleness(of: saved, against: world)
        if newState && world.serial != 0 { moved.append("the state was created and changed (serial \(world.serial)) since the plan was made") }
        if !moved.isEmpty {
            throw SavedPlanRefused("the plan is stale", details: moved, hint: "run `ecsplan plan` again and review the new plan")
        }
        let differences = differences(saved, fresh)
        if saved.configDigest != fresh.configDigest {
            throw SavedPlanRefused("the configuration differs from the one the plan was made from"
                                   + (differences.isEmpty ? "" : " (\(differences.joined(separator: ", ")))"),
                                   hint: "apply the plan with the same files and environment variables, or make a new plan")
        }
        if !differences.isEmpty {
            throw SavedPlanRefused("the plan file does not match what it would do (was it edited after it was written?)", details: differences,
                                   hint: "make a new plan with `ecsplan plan --out FILE` and apply that file unchanged")
        }
    }

    /// Addresses whose change in the file differs from the plan made now, in
    /// anything apply acts on or the reviewer saw. Rollouts are left out: they
    /// follow from tasks that move on their own, and apply lets ECS drive them.
    static func differences(_ saved: Plan, _ fresh: Plan) -> [String] {
        func key(_ c: Change) -> [String] {
            [c.action.rawValue, c.desiredDigest ?? "", c.revisionFrom ?? "", c.revisionTo ?? "", c.deregister.joined(separator: ","),
             c.desiredCount.map(String.init) ?? "", c.ignored.joined(separator: ",")]
        }
        let savedByAddress = Dictionary(saved.changes.map { ($0.address, $0) }, uniquingKeysWith: { a, _ in a })
        let freshByAddress = Dictionary(fresh.changes.map { ($0.address, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for address in Set(savedByAddress.keys).union(freshByAddress.keys).sorted() {
            let s = savedByAddress[address], f = freshByAddress[address]
            if s.map(key) != f.map(key) || s?.fields != f?.fields { out.append(address.description) }
        }
        return out
    }
}

/// Why a saved plan is not applied.
public struct SavedPlanRefused: Error, Sendable, CustomStringConvertible {
    public var problem: String
    public var details: [String]
    public var hint: String

    public init(_ problem: String, details: [String] = [], hint: String) {
        self.problem = problem
        self.details = details
        self.hint = hint
    }

    public var description: String {
        (details.isEmpty ? problem : problem + ":\n  " + details.joined(separator: "\n  ")) + "\n  hint: \(hint)"
    }
}
