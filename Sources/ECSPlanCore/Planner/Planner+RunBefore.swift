extension PlanContext {
    /// The `runBefore` steps of a service whose revision changes: each task's
    /// revision as this plan gives it (the one it registers, when it does).
    /// A task naming no revision the plan knows is a plan error.
    mutating func runBeforeSteps(of s: Sourced<Service>, address: Address) -> [RunBeforeStep]? {
        guard let tasks = s.spec.runBefore, !tasks.isEmpty else { return nil }
        var steps: [RunBeforeStep] = []
        for (i, task) in tasks.enumerated() {
            let ref = TaskDefinitionRef(task.taskDefinition)
            let revision: String?
            if let number = ref.revision {
                let name = "\(ref.family):\(number)"
                let exists = index.revision(family: ref.family, number: number).map { $0.status == "ACTIVE" } ?? false
                revision = exists || targetRevisions[ref.family]?.name == name ? name : nil
            } else {
                revision = targetRevisions[ref.family]?.name
            }
            guard let revision else {
                errors.append("\(address): runBefore[\(i)] task definition \(task.taskDefinition) is not an active revision "
                              + "or a family defined in the configuration (\(s.mark))")
                continue
            }
            var overrides: [FieldChange] = []
            if let o = task.overrides { Differ.diff(.object([:]), ModelNormalizer.value(of: o), into: &overrides) }
            steps.append(RunBeforeStep(revision: revision, count: task.count ?? 1, overrides: overrides))
        }
        return steps
    }

    /// Families the services in `targets` run before their rollouts: a
    /// targeted plan registers their new revisions too.
    static func runBeforeFamilies(of service: Service) -> [String] {
        (service.runBefore ?? []).map { TaskDefinitionRef($0.taskDefinition).family }
    }
}
