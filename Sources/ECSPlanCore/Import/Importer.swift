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
            c.tags = ManagedMarker.removing(from: c.tags)
            if !includeCapacity { c.capacity = nil }
            c.settings = c.settings?.filter { !($0.name == .containerInsights && $0.value == "disabled") }
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

    /// What the model and overlay cannot say: percents whose defaults depend
    /// on the scheduling strategy, the default placement, Fargate's LATEST.
    /// Members equal to their overlay default are elided when the file is written.
    static func service(_ s: Service) -> Service {
        var x = s
        x.tags = ManagedMarker.removing(from: x.tags)
        if x.launchType == .ec2 { x.launchType = nil }
        if var d = x.deploymentConfiguration {
            let daemon = s.isDaemon
            if d.minimumHealthyPercent == (daemon ? 0 : 100) { d.minimumHealthyPercent = nil }
            if d.maximumPercent == (daemon ? 100 : 200) { d.maximumPercent = nil }
            x.deploymentConfiguration = d
        }
        if x.placementStrategy == PlacementEngine.defaultStrategies { x.placementStrategy = nil }
        if x.platformVersion == "LATEST" && s.launchType == .fargate { x.platformVersion = nil }
        if x.deploymentController?.type == .ecs { x.deploymentController = nil }  // ECS's own, the default
        x.clientToken = nil
        x.ignoreChanges = nil
        x.runBefore = nil
        return x
    }
}
