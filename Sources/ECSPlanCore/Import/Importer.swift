/// Writes YAML for what exists, for adoption: read-only fields dropped and the
/// API's defaults elided, so `plan` on the result shows no changes.
public enum Importer {
    /// One file per cluster: `CLUSTER.yaml` with the cluster, its services and
    /// the task definitions they run.
    public static func files(world: World, clusters only: [String]?, includeCapacity: Bool) -> [(name: String, text: String)] {
        let index = World.Index(world)
        var out: [(String, String)] = []
        for cluster in world.clusters where only.map({ $0.contains(cluster.name) }) ?? true {
            var c = cluster.spec
            c.tags = withoutMarker(c.tags)
            if !includeCapacity { c.capacity = nil }
            c.settings = c.settings?.filter { !($0.name == "containerInsights" && $0.value == "disabled") }
            if c.settings?.isEmpty ?? false { c.settings = nil }
            let services = world.services.filter { $0.cluster == cluster.name && $0.status == "ACTIVE" }.sorted { $0.name < $1.name }
            // The newest revision any of these services runs, per family.
            var revisions: [String: TaskDefinitionRevision] = [:]
            for s in services {
                guard let r = index.revisionsByArn[s.taskDefinitionArn] else { continue }
                if (revisions[r.family]?.revision ?? 0) < r.revision { revisions[r.family] = r }
            }
            let tds = revisions.values.sorted { $0.family < $1.family }.map { taskDefinition($0.spec) }
            let svcs: [Service] = services.map { s in
                let r = index.revisionsByArn[s.taskDefinitionArn]
                var spec = service(s.spec)
                spec.desiredCount = s.spec.isDaemon ? nil : s.desiredCount
                if let r { spec.taskDefinition = revisions[r.family]?.revision == r.revision ? r.family : r.name }
                return spec
            }
            var text = "# Imported by ecsplan \(ECSPlanVersion.current) from \(cluster.arn)\n"
            let file = ImportedFile(clusters: [c], taskDefinitions: tds.isEmpty ? nil : tds, services: svcs.isEmpty ? nil : svcs)
            text += YAMLWriter.write(ShapeTree.of(file).elidingDefaults()?.plainValue ?? .object([:]))
            out.append((cluster.name + ".yaml", text))
        }
        return out
    }

    struct ImportedFile: Encodable {
        var clusters: [Cluster]
        var taskDefinitions: [TaskDefinition]?
        var services: [Service]?
    }

    static func withoutMarker(_ tags: Tags?) -> Tags? {
        let kept = (tags?.tags ?? []).filter { $0.key != ManagedMarker.key }
        return kept.isEmpty ? nil : Tags(kept)
    }

    static func nonEmpty<T>(_ list: [T]?) -> [T]? { (list?.isEmpty ?? true) ? nil : list }

    /// What the model and overlay cannot say: defaults that depend on the
    /// network mode, and ecsplan's own marker and settings. Members equal to
    /// their overlay default are elided when the file is written.
    static func taskDefinition(_ td: TaskDefinition) -> TaskDefinition {
        var t = td
        t.tags = ManagedMarker.removing(from: t.tags)
        let mode = t.effectiveNetworkMode
        if t.networkMode == .bridge && !t.isFargate { t.networkMode = nil }
        t.keepRevisions = nil
        t.containerDefinitions = t.containerDefinitions.map { c in
            var x = c
            x.portMappings = x.portMappings?.map { pm in
                var p = pm
                if mode == .bridge && p.hostPort == 0 { p.hostPort = nil }
                if (mode == .awsvpc || mode == .host) && p.hostPort == p.containerPort { p.hostPort = nil }
                return p
            }
            return x
        }
        return t
    }

    static func service(_ s: Service) -> Service {
        var x = s
        x.tags = withoutMarker(x.tags)
        if x.launchType == "EC2" { x.launchType = nil }
        if x.schedulingStrategy == "REPLICA" { x.schedulingStrategy = nil }
        if var d = x.deploymentConfiguration {
            let defaults = DeploymentPercents(Service(name: "", cluster: "", taskDefinition: ""))
            let daemon = s.isDaemon
            if d.minimumHealthyPercent == (daemon ? 0 : defaults.minimumHealthyPercent) { d.minimumHealthyPercent = nil }
            if d.maximumPercent == (daemon ? 100 : defaults.maximumPercent) { d.maximumPercent = nil }
            if let cb = d.deploymentCircuitBreaker, !cb.enable && !cb.rollback { d.deploymentCircuitBreaker = nil }
            x.deploymentConfiguration = d.minimumHealthyPercent == nil && d.maximumPercent == nil && d.deploymentCircuitBreaker == nil ? nil : d
        }
        if x.placementStrategy == PlacementEngine.defaultStrategies || (x.placementStrategy?.isEmpty ?? false) { x.placementStrategy = nil }
        x.placementConstraints = nonEmpty(x.placementConstraints)
        x.loadBalancers = nonEmpty(x.loadBalancers)
        if x.networkConfiguration?.awsvpcConfiguration == nil { x.networkConfiguration = nil }
        if x.healthCheckGracePeriodSeconds == 0 { x.healthCheckGracePeriodSeconds = nil }
        if x.enableExecuteCommand == false { x.enableExecuteCommand = nil }
        if x.propagateTags == "NONE" { x.propagateTags = nil }
        if x.platformVersion == "LATEST" && x.launchType != "FARGATE" { x.platformVersion = nil }
        x.ignoreChanges = nil
        return x
    }
}
