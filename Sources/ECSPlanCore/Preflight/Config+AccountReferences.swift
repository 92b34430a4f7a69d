/// What a configuration needs to exist in the account before apply: the
/// objects ECS looks up when it registers a task definition, creates a service
/// or starts a task, and which it reports only then, mid-rollout.
extension Config {
    /// Every reference, in configuration order. Log groups that ECS creates
    /// itself (`awslogs-create-group: "true"`) are not among them.
    public var accountReferences: [AccountReference] {
        var out: [AccountReference] = []
        for td in taskDefinitions {
            let prefix = FieldPath().key("taskDefinitions").label(td.spec.family)
            func add(_ object: AccountObject, _ rel: [FieldPath.Component]) {
                out.append(
                    AccountReference(
                        object: object, mark: sources.mark(of: td, at: rel),
                        path: FieldPath(prefix.components + rel).description))
            }
            if let role = td.spec.definition.taskRoleArn, !role.isEmpty {
                add(.role(arnOrName: role), [.key("taskRoleArn")])
            }
            if let role = td.spec.definition.executionRoleArn, !role.isEmpty {
                add(.role(arnOrName: role), [.key("executionRoleArn")])
            }
            for (i, c) in td.spec.definition.containerDefinitions.enumerated() {
                let cp: [FieldPath.Component] = [.key("containerDefinitions"), .index(i)]
                if let image = c.image, !image.isEmpty {
                    add(.image(uri: image), cp + [.key("image")])
                }
                if let credentials = c.repositoryCredentials?.credentialsParameter,
                    !credentials.isEmpty
                {
                    add(
                        .registrySecret(credentials),
                        cp + [.key("repositoryCredentials"), .key("credentialsParameter")])
                }
                for (j, s) in (c.secrets ?? []).enumerated() where !s.valueFrom.isEmpty {
                    add(
                        .secretSource(s.valueFrom),
                        cp + [.key("secrets"), .index(j), .key("valueFrom")])
                }
                guard let log = c.logConfiguration else { continue }
                let lp = cp + [.key("logConfiguration")]
                for (j, s) in (log.secretOptions ?? []).enumerated() where !s.valueFrom.isEmpty {
                    add(
                        .secretSource(s.valueFrom),
                        lp + [.key("secretOptions"), .index(j), .key("valueFrom")])
                }
                let options = log.options ?? [:]
                if log.logDriver == .awslogs, let group = options["awslogs-group"], !group.isEmpty,
                    options["awslogs-create-group"]?.lowercased() != "true"
                {
                    add(
                        .logGroup(
                            name: group,
                            region: options["awslogs-region"].flatMap { $0.isEmpty ? nil : $0 }),
                        lp + [.key("options"), .key("awslogs-group")])
                }
            }
        }
        for s in services {
            let prefix = FieldPath().key("services").label(s.spec.name)
            func add(_ object: AccountObject, _ rel: [FieldPath.Component]) {
                out.append(
                    AccountReference(
                        object: object, mark: sources.mark(of: s, at: rel),
                        path: FieldPath(prefix.components + rel).description))
            }
            for (i, lb) in (s.spec.definition.loadBalancers ?? []).enumerated() {
                if let arn = lb.targetGroupArn, !arn.isEmpty {
                    add(
                        .targetGroup(arn: arn),
                        [.key("loadBalancers"), .index(i), .key("targetGroupArn")])
                } else if let name = lb.loadBalancerName, !name.isEmpty {
                    add(
                        .unchecked(
                            "Classic Load Balancer '\(name)'",
                            reason: "verify looks up target groups only"),
                        [.key("loadBalancers"), .index(i), .key("loadBalancerName")])
                }
            }
            guard let vpc = s.spec.definition.networkConfiguration?.awsvpcConfiguration else {
                continue
            }
            let np: [FieldPath.Component] = [
                .key("networkConfiguration"), .key("awsvpcConfiguration"),
            ]
            for (i, id) in vpc.subnets.enumerated() where !id.isEmpty {
                add(.subnet(id: id), np + [.key("subnets"), .index(i)])
            }
            for (i, id) in (vpc.securityGroups ?? []).enumerated() where !id.isEmpty {
                add(.securityGroup(id: id), np + [.key("securityGroups"), .index(i)])
            }
        }
        return out
    }
}
