import YAML

/// What planning a rollback needs: values only, like `PlanRequest`.
public struct RollbackRequest: Sendable {
    public var world: World
    public var backend: String
    public var service: ServiceState
    public var choice: RollbackTarget.Choice

    public init(world: World, backend: String, service: ServiceState, choice: RollbackTarget.Choice) {
        self.world = world
        self.backend = backend
        self.service = service
        self.choice = choice
    }
}

extension Planner {
    /// The plan that points one service back at an earlier revision and changes
    /// nothing else: the service's live spec, pinned to that revision, planned
    /// as if it were the configuration (so the rollout, its strategy preview and
    /// the capacity check are the ones `apply` would show), targeted at the
    /// service alone. The configuration is not read: it still says what it says,
    /// and the next `plan` shows the disagreement.
    public static func rollback(_ request: RollbackRequest) -> Plan {
        let live = request.service
        let address = Address.service(cluster: live.cluster, name: live.name)
        let origin = Mark(file: "(live state of \(address))", line: 1, column: 1)
        var spec = live.spec
        spec.taskDefinition = request.choice.to.name
        spec.desiredCount = live.spec.isDaemon ? nil : live.desiredCount
        var config = Config()
        if let cluster = request.world.clusters.first(where: { $0.name == live.cluster }) {
            config.clusters = [Sourced(cluster.spec, mark: origin)]
        }
        config.services = [Sourced(spec, mark: origin)]
        var plan = plan(PlanRequest(config: config, world: request.world, backend: request.backend, targets: [address]))
        // Only the service moves: the cluster was planned for its capacity, not to change it.
        plan.changes.removeAll { $0.address != address }
        if let i = plan.changes.firstIndex(where: { $0.address == address }) {
            plan.changes[i].reason = request.choice.why
        }
        plan.notes.append("rollback of \(address) from \(request.choice.from) to \(request.choice.to.name): the configuration is not changed, "
                          + "so the next `ecsplan plan` will show the service disagreeing with it until the configuration is changed too")
        plan.summary = plan.computeSummary()
        return plan
    }
}
