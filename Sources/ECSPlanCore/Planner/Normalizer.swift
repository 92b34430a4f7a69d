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

    /// The digest of a task definition's normalized content: what a plan
    /// reports as its `desiredDigest`, and what the local state keeps beside
    /// each revision it registers (see `World.revisionDigests`).
    public static func contentDigest(_ td: TaskDefinition) -> String { PlanContext.digest(taskDefinition(td)) }

    /// The version of what `contentDigest` computes. Bump it with any change to
    /// normalization (the overlay, the model, this file, canonical JSON) that can
    /// change a digest: the local state then computes the digests it keeps again
    /// rather than hand the planner stale ones. `ContentDigestTests` pins the
    /// digests of real definitions to this number.
    public static let contentDigestVersion = 1

    // MARK: Services

    /// The service's updatable settings (identity fields and `taskDefinition`
    /// are compared separately). The model and overlay do the work; what is
    /// here depends on other members.
    public static func service(_ s: Service) -> Value {
        var d = s.definition
        d.clientToken = nil  // ecsplan's own per request, never a setting
        d.launchType = s.effectiveLaunchType
        d.desiredCount = s.isDaemon ? nil : (d.desiredCount ?? 0)
        // Percents default by scheduling strategy (REPLICA 100/200, DAEMON 0/100).
        let p = DeploymentPercents(s)
        var dc = d.deploymentConfiguration ?? ECS.DeploymentConfiguration()
        dc.minimumHealthyPercent = p.minimumHealthyPercent
        dc.maximumPercent = p.maximumPercent
        d.deploymentConfiguration = dc
        // ECS reports its own controller when none was chosen (the overlay's
        // defaults fill members of objects that are present, not whole objects).
        if d.deploymentController == nil { d.deploymentController = ECS.DeploymentController(type: .ecs) }
        // Strategy order matters (they apply in turn), so it stays a list. ECS
        // reports an empty list when none was set, which means its default;
        // `host` is the old name of `instanceId`.
        let strategies = s.isDaemon ? [] : ((d.placementStrategy?.isEmpty ?? true) ? PlacementEngine.defaultStrategies : d.placementStrategy ?? [])
        d.placementStrategy = strategies.map { st in
            var st = st
            if st.field == "host" { st.field = "instanceId" }
            return st
        }
        if d.launchType == .fargate, d.platformVersion == nil { d.platformVersion = "LATEST" }
        d.tags = ManagedMarker.removing(from: d.tags)
        return ModelNormalizer.value(of: d)
    }

    // MARK: Clusters

    public static func cluster(_ c: Cluster, includeCapacity: Bool) -> Value {
        var d = c.definition
        d.tags = ManagedMarker.removing(from: d.tags)
        // ECS reports containerInsights "disabled" when it was never set: the same as absent.
        d.settings = d.settings?.filter { !($0.name == .containerInsights && $0.value == "disabled") }
        guard case .object(var fields) = ModelNormalizer.value(of: d) else { return .object([:]) }
        if includeCapacity {
            let cap = c.capacity ?? .default
            var o = ObjectBuilder()
            o.set("instances", cap.instances)
            o.set("cpu", cap.cpu ?? 4096)
            o.set("memory", cap.memory ?? 7680)
            o.set("zones", strings: (cap.zones?.isEmpty ?? true) ? ["us-east-1a"] : cap.zones)
            o.set("instanceType", cap.instanceType ?? "m5.xlarge")
            o.set("attributes", map: cap.attributes)
            fields["capacity"] = o.value
        }
        return .object(fields)
    }

    // MARK: Helpers

    static func keyed<T>(_ items: [T], key: (T) -> String, _ value: (T) -> Value) -> Value {
        var out: [String: Value] = [:]
        for item in items { out[key(item)] = value(item) }
        return .keyed(out)
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
