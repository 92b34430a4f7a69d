/// Where ecsplan keeps its own record of a state: the lock that keeps two
/// state-changing commands apart, and the journal of apply runs. It is the
/// backend half that Terraform calls a backend; the other half, the
/// `ECSProvider`, talks to ECS. The executor takes both and the planner
/// neither.
///
/// The lineage and serial that version a state live where its objects do: the
/// local state's in its database, read with the world in one transaction (so a
/// saved plan's serial always matches what it was made from); ECS keeps none,
/// so its worlds carry lineage `ecs:REGION` and serial 0. Both reach the
/// planner as data on the `World`.
public protocol StateStore: Sendable {
    /// A short description for messages ("local state .ecsplan/state.db").
    var label: String { get }

    /// Takes the state lock for a state-changing command; fails at once (or
    /// after `timeout`) naming the holder. Returns the lock id.
    func acquireLock(operation: String, timeout: Duration) async throws -> String
    func releaseLock(id: String) async throws

    /// Journal of an apply run: records that a run started, and its outcome.
    /// The steps of a run are journaled by the provider, with their effects.
    func beginRun(_ run: RunRecord) async throws
    func finishRun(id: String, outcome: String) async throws
}
