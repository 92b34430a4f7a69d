/// A one-off task apply runs, and waits for, ahead of a service's deployment
/// (the service's `runBefore`): planned only when the service moves to a new
/// revision. The task's full request lives in the service's desired spec.
public struct RunBeforeStep: Codable, Sendable, Equatable {
    /// The revision it runs as this plan gives it (`migrate:4`): registered
    /// first when the plan registers it.
    public var revision: String
    public var count: Int
    /// What its overrides set, keyed by container name; secret-looking values masked.
    public var overrides: [FieldChange]

    public init(revision: String, count: Int, overrides: [FieldChange] = []) {
        self.revision = revision
        self.count = count
        self.overrides = overrides
    }
}

extension RunBeforeStep {
    /// How renderers name the step: `runs first: migrate:4 (1 task), which must exit 0`.
    public var headline: String {
        "runs first: \(revision) (\(count) task\(count == 1 ? "" : "s")), which must exit 0 before the rollout"
    }
}
