extension PlanContext {
    /// The specs the executor needs: clusters it creates or updates, revisions
    /// it registers, and services it creates, updates, replaces or rolls out.
    func desiredSpecs(of plan: Plan) -> DesiredSpecs {
        var d = DesiredSpecs()
        var services = Set<Address>()
        for c in plan.changes {
            switch (c.address.kind, c.action) {
            case (.cluster, .create), (.cluster, .update):
                if let spec = configIndex.clusters[c.address.name] { d.clusters.append(spec) }
            case (.taskDefinition, .create), (.taskDefinition, .newRevision):
                if let spec = configIndex.taskDefinitions[c.address.name] { d.taskDefinitions.append(spec) }
            case (.service, .create), (.service, .update), (.service, .replace):
                services.insert(c.address)
            default:
                break
            }
        }
        services.formUnion(plan.rollouts.map(\.address))
        d.services = services.sorted().compactMap { configIndex.services[$0] }
        return d
    }
}
