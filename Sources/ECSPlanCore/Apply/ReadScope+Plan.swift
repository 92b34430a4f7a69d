extension ReadScope {
    /// What applying `plan` must read: every address it read when it was made
    /// (its fingerprints) and every address it changes, so the staleness check
    /// and the executor see the same objects the planner saw. A pruning plan
    /// read every cluster.
    public init(plan: Plan) {
        var clusters = Set<String>()
        var families = Set<String>()
        let addresses = plan.fingerprints.keys.compactMap(Address.init(parsing:)) + plan.changes.map(\.address) + plan.rollouts.map(\.address)
        for a in addresses {
            switch a.kind {
            case .cluster: clusters.insert(a.name)
            case .taskDefinition: families.insert(a.name)
            case .service: if let cluster = a.name.split(separator: "/").first { clusters.insert(String(cluster)) }
            }
        }
        for s in plan.desired?.services ?? [] { clusters.insert(s.cluster) }
        // The revisions run before rollouts, which the executor looks up by name.
        for step in plan.changes.flatMap({ $0.runBefore ?? [] }) { families.insert(TaskDefinitionRef(step.revision).family) }
        // The revisions it deregisters, which the executor looks up by ARN.
        let lists = Set(plan.changes.filter { !$0.deregister.isEmpty && $0.address.kind == .taskDefinition }
            .map(\.address.name))
        self.init(clusters: plan.prune ? nil : clusters.sorted(), families: families.sorted(),
                  revisionLists: lists.sorted())
    }
}
