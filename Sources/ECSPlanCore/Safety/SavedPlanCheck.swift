/// A saved plan is applied only where it was made (the same backend kind,
/// region and account) and only if nothing it read has moved since. It is not
/// compared with a plan made again: apply carries out what the file holds
/// (its checksum shows it is the file that was written and reviewed), and
/// never reads the configuration. Pure: the world comes from the caller's read.
public enum SavedPlanCheck {
    public static func verify(_ saved: Plan, backend: String, world: World) throws(SavedPlanRefused) {
        if let refusal = wrongBackend(saved, backend: backend) { throw refusal }
        let elsewhere = "apply the plan with the backend, region and credentials it was made with, or make a new plan here"
        if saved.region != world.region {
            throw SavedPlanRefused("the plan was made for region \(saved.region), but this apply is in \(world.region)", hint: elsewhere)
        }
        if saved.account != world.account {
            throw SavedPlanRefused("the plan was made for account \(PlanHeader.account(saved)), but this apply is in "
                                   + (world.account ?? "an account it could not determine"), hint: elsewhere)
        }
        // A plan made before the state existed applies to a state that is still empty.
        let newState = saved.lineage.isEmpty && saved.serial == 0
        var moved = newState ? [] : Fingerprint.staleness(of: saved, against: world)
        if newState && world.serial != 0 { moved.append("the state was created and changed (serial \(world.serial)) since the plan was made") }
        if !moved.isEmpty {
            throw SavedPlanRefused("the plan is stale", details: moved, hint: "run `ecsplan plan` again and review the new plan")
        }
    }

    /// Checked before the backend is even opened: another kind of backend
    /// would read (or create) another state.
    public static func wrongBackend(_ saved: Plan, backend: String) -> SavedPlanRefused? {
        saved.backend == backend ? nil : SavedPlanRefused("the plan was made for the \(saved.backend) backend, but this apply uses \(backend)",
                                                          hint: "pass --backend \(saved.backend)")
    }
}

/// Why a saved plan is not applied; nothing has been changed when one is thrown.
public struct SavedPlanRefused: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: String
    public var details: [String]
    public var hint: String

    public init(_ problem: String, details: [String] = [], hint: String) {
        self.problem = problem
        self.details = details
        self.hint = hint
    }

    /// The problem and what moved, without the hint (which `CLIError` adds).
    public var message: String { details.isEmpty ? problem : problem + ":\n  " + details.joined(separator: "\n  ") }

    public var description: String { message + "\n  hint: \(hint)" }
}
