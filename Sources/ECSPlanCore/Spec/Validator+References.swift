extension Validator {
    /// The service's rules that read other objects: its cluster, its task
    /// definition and that one's containers, `runBefore`'s task definitions.
    func validate(references s: Sourced<ServiceReferences>, clusters: Set<String>, families: Set<String>,
                  facts: Config.Lookup<String, TaskDefinitionFacts>, into out: inout Diagnostics) {
        let spec = s.spec
        let p = FieldPath().key("services").label(spec.name)
        if !clusters.contains(spec.cluster), referencesMayBeElsewhere && clusters.isEmpty {
            out.note(s, p, [.key("cluster")], "cluster '\(spec.cluster)' is not defined here; plan needs it in the configuration")
        } else if !clusters.contains(spec.cluster) {
            var message = "cluster '\(spec.cluster)' is not defined in the configuration"
            if let n = nearest(to: spec.cluster, in: clusters.sorted()) { message += "; did you mean '\(n)'?" }
            out.error(s, p, [.key("cluster")], message)
        }
        let ref = TaskDefinitionRef(spec.taskDefinition)
        if ref.revision == nil, !families.contains(ref.family), referencesMayBeElsewhere && families.isEmpty {
            out.note(s, p, [.key("taskDefinition")], "task definition '\(ref.family)' is not defined here; plan needs it in the configuration, "
                     + "or pinned as family:revision")
        } else if ref.revision == nil, !families.contains(ref.family) {
            var message = "task definition '\(ref.family)' is not defined in the configuration (name a family defined here, or pin an existing revision as family:revision)"
            if let n = nearest(to: ref.family, in: families.sorted()) { message = "task definition '\(ref.family)' is not defined; did you mean '\(n)'?" }
            out.error(s, p, [.key("taskDefinition")], message)
        }
        validate(runBefore: s, p, families: families, facts: facts, into: &out)
        if let td = facts[ref.family] {
            let fargate = spec.launchType == "FARGATE"
            if fargate, !td.isFargate {
                out.error(s, p, [.key("launchType")], "launchType FARGATE needs task definition '\(td.family)' to set requiresCompatibilities: [FARGATE]")
            }
            if td.usesAwsvpc, !spec.hasAwsvpcConfiguration, spec.launchType == "FARGATE" {
                out.error(s, p, [], "task definition '\(td.family)' uses awsvpc: the service needs networkConfiguration.awsvpcConfiguration")
            }
            let containerNames = Set(td.containerNames)
            for (i, container) in spec.loadBalancerContainers.enumerated() {
                if let c = container, !containerNames.contains(c) {
                    out.error(s, p, [.key("loadBalancers"), .index(i), .key("containerName")], "container '\(c)' is not in task definition '\(td.family)'")
                }
            }
        }
    }
}
