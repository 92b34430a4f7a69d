/// `runBefore`: each task names a task definition this configuration defines
/// (apply runs the revision the plan gives it), takes RunTask's limits, and
/// overrides only containers that task definition has.
extension Validator {
    func validate(runBefore s: Sourced<ServiceReferences>, _ p: FieldPath, families: Set<String>,
                  facts: Config.Lookup<String, TaskDefinitionFacts>, into out: inout Diagnostics) {
        for (i, task) in (s.spec.runBefore ?? []).enumerated() {
            let at: [FieldPath.Component] = [.key("runBefore"), .index(i)]
            let ref = TaskDefinitionRef(task.taskDefinition)
            if !families.contains(ref.family), referencesMayBeElsewhere && families.isEmpty {
                out.note(s, p, at + [.key("taskDefinition")], "task definition '\(ref.family)' is not defined here; plan needs it in the configuration")
                continue
            }
            guard families.contains(ref.family) else {
                var message = "task definition '\(ref.family)' is not defined in the configuration (runBefore runs a family defined here)"
                if let n = nearest(to: ref.family, in: families.sorted()) { message = "task definition '\(ref.family)' is not defined; did you mean '\(n)'?" }
                out.error(s, p, at + [.key("taskDefinition")], message)
                continue
            }
            if let count = task.count, !(1...10).contains(count) {
                out.error(s, p, at + [.key("count")], "must be between 1 and 10 (RunTask's limit), not \(count)")
            }
            if task.launchType != nil, !(task.capacityProviderStrategy?.isEmpty ?? true) {
                out.error(s, p, at + [.key("launchType")], "launchType and capacityProviderStrategy cannot both be set (RunTask takes one); keep one")
            }
            guard let names = facts[ref.family]?.containerNames else { continue }
            for (j, o) in (task.overrides?.containerOverrides ?? []).enumerated() {
                let op: [FieldPath.Component] = at + [.key("overrides"), .key("containerOverrides"), .index(j)]
                guard let name = o.name else {
                    out.error(s, p, op, "needs the name of the container it overrides (one of \(names.joined(separator: ", ")))")
                    continue
                }
                guard !names.contains(name) else { continue }
                var message = "container '\(name)' is not in task definition '\(ref.family)' (it has \(names.joined(separator: ", ")))"
                if let n = nearest(to: name, in: names) { message += "; did you mean '\(n)'?" }
                out.error(s, p, op + [.key("name")], message)
            }
        }
    }
}
