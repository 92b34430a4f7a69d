/// Fills in the ECS API's defaults and turns set-like lists into keyed maps,
/// for both the configuration and what the backend reports, so that `apply`
/// followed by `plan` always shows no changes.
public enum Normalizer {
    // MARK: Task definitions

    /// The content that decides whether a new revision is needed (family and
    /// ecsplan-only fields such as keepRevisions are not part of it). The model
    /// and overlay do the work; what is here depends on other members.
    public static func taskDefinition(_ td: TaskDefinition) -> Value {
        var d = SecretDigest.redacting(td).definition
        let mode = td.effectiveNetworkMode
        d.networkMode = mode
        // awsvpc and host mode publish the container port; bridge without hostPort is dynamic (0).
        let publishes = mode == .awsvpc || mode == .host
        d.containerDefinitions = d.containerDefinitions.map { c in
            var c = c
            c.portMappings = c.portMappings?.map { pm in
                var pm = pm
                if pm.containerPort != nil { pm.hostPort = publishes ? (pm.hostPort ?? pm.containerPort) : (pm.hostPort ?? 0) }
                return pm
            }
            return c
        }
        d.tags = ManagedMarker.removing(from: d.tags)
        guard case .object(var fields) = ModelNormalizer.value(of: d) else { return .object([:]) }
        fields["family"] = nil
        // "0.25 vCPU" and 256 are the same task size.
        if let cpu = td.cpuUnits { fields["cpu"] = .int(cpu) }
        if let memory = td.memoryMiB { fields["memory"] = .int(memory) }
        return .object(fields)
    }

    // MARK: Services

    /// The service's updatable settings (identity fields and `taskDefinition`
    /// are compared separately).
    public static func service(_ s: Service) -> Value {
        var b = ObjectBuilder()
        b.set("launchType", s.launchType ?? "EC2")
        b.set("schedulingStrategy", s.schedulingStrategy ?? "REPLICA")
        if !s.isDaemon { b.set("desiredCount", s.desiredCount ?? 0) }
        let p = DeploymentPercents(s)
        var d = ObjectBuilder()
        d.set("minimumHealthyPercent", p.minimumHealthyPercent)
        d.set("maximumPercent", p.maximumPercent)
        let cb = s.deploymentConfiguration?.deploymentCircuitBreaker
        d.set("deploymentCircuitBreaker", .object(["enable": .bool(cb?.enable ?? false), "rollback": .bool(cb?.rollback ?? false)]))
        b.set("deploymentConfiguration", d.value)
        // Strategy order matters (they apply in turn), so it stays a list.
        // ECS reports an empty list when none was set, which means its default.
        let strategies = s.isDaemon ? [] : ((s.placementStrategy?.isEmpty ?? true) ? PlacementEngine.defaultStrategies : s.placementStrategy ?? [])
        b.set("placementStrategy", .list(strategies.map { st in
            var o = ObjectBuilder()
            o.set("type", st.type?.rawValue)
            o.set("field", st.field.map { $0 == "host" ? "instanceId" : $0 })
            return o.value
        }))
        b.set("placementConstraints", constraints(s.placementConstraints))
        if let aws = s.networkConfiguration?.awsvpcConfiguration {
            var o = ObjectBuilder()
            o.set("subnets", stringSet: aws.subnets)
            o.set("securityGroups", stringSet: aws.securityGroups)
            o.set("assignPublicIp", aws.assignPublicIp ?? "DISABLED")
            b.set("networkConfiguration", .object(["awsvpcConfiguration": o.value]))
        }
        b.set("loadBalancers", keyed(s.loadBalancers ?? [], key: { "\($0.targetGroupArn ?? $0.loadBalancerName ?? "")|\($0.containerName ?? ""):\($0.containerPort ?? 0)" }) { lb in
            var o = ObjectBuilder()
            o.set("targetGroupArn", lb.targetGroupArn)
            o.set("loadBalancerName", lb.loadBalancerName)
            o.set("containerName", lb.containerName)
            o.set("containerPort", lb.containerPort)
            return o.value
        })
        b.set("healthCheckGracePeriodSeconds", s.healthCheckGracePeriodSeconds ?? 0)
        b.set("enableExecuteCommand", s.enableExecuteCommand ?? false)
        b.set("propagateTags", s.propagateTags ?? "NONE")
        b.set("platformVersion", s.launchType == "FARGATE" ? (s.platformVersion ?? "LATEST") : s.platformVersion)
        b.set("tags", tags(s.tags))
        return b.value
    }

    // MARK: Clusters

    public static func cluster(_ c: Cluster, includeCapacity: Bool) -> Value {
        var b = ObjectBuilder()
        if includeCapacity {
            let cap = c.capacity ?? .default
            var o = ObjectBuilder()
            o.set("instances", cap.instances)
            o.set("cpu", cap.cpu ?? 4096)
            o.set("memory", cap.memory ?? 7680)
            o.set("zones", strings: (cap.zones?.isEmpty ?? true) ? ["us-east-1a"] : cap.zones)
            o.set("instanceType", cap.instanceType ?? "m5.xlarge")
            o.set("attributes", map: cap.attributes)
            b.set("capacity", o.value)
        }
        // ECS reports containerInsights "disabled" when it was never set: the same as absent.
        let settings = (c.settings ?? []).filter { !($0.name == "containerInsights" && $0.value == "disabled") }
        b.set("settings", .keyed(Dictionary(settings.map { ($0.name, Value.string($0.value)) }, uniquingKeysWith: { _, l in l })))
        b.set("tags", tags(c.tags))
        return b.value
    }

    // MARK: Helpers

    static func keyed<T>(_ items: [T], key: (T) -> String, _ value: (T) -> Value) -> Value {
        var out: [String: Value] = [:]
        for item in items { out[key(item)] = value(item) }
        return .keyed(out)
    }

    static func tags(_ t: Tags?) -> Value {
        // The managed-by marker is ecsplan's own; it never shows as a difference.
        .keyed(Dictionary((t?.tags ?? []).filter { $0.key != ManagedMarker.key }.map { ($0.key, Value.string($0.value)) }, uniquingKeysWith: { _, l in l }))
    }

    static func constraints(_ cs: [PlacementConstraint]?) -> Value {
        .keyed(Dictionary((cs ?? []).map { c in
            let type = c.type?.rawValue ?? ""
            let fields: [String: Value] = c.expression.map { ["type": .string(type), "expression": .string($0)] } ?? ["type": .string(type)]
            return ("\(type)\(c.expression.map { "(\($0))" } ?? "")", Value.object(fields))
        }, uniquingKeysWith: { _, l in l }))
    }
}

/// Objects ecsplan creates carry this tag; only they are ever deleted.
public enum ManagedMarker {
    public static let key = "managed-by"
    public static let value = "ecsplan"

    /// The model's tag list with the marker added (once).
    public static func adding(to tags: [ECS.Tag]?) -> [ECS.Tag] {
        var t = tags ?? []
        if !t.contains(where: { $0.key == key }) { t.append(ECS.Tag(key: key, value: value)) }
        return t
    }

    /// The model's tag list without the marker; nil when nothing else is left.
    public static func removing(from tags: [ECS.Tag]?) -> [ECS.Tag]? {
        let kept = (tags ?? []).filter { $0.key != key }
        return kept.isEmpty ? nil : kept
    }
}
