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
            text += YAMLWriter.write(encodable: ImportedFile(clusters: [c], taskDefinitions: tds.isEmpty ? nil : tds, services: svcs.isEmpty ? nil : svcs))
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

    static func taskDefinition(_ td: TaskDefinition) -> TaskDefinition {
        var t = td
        t.tags = withoutMarker(t.tags)
        let mode = t.networkMode ?? "bridge"
        if t.networkMode == "bridge" && !t.isFargate { t.networkMode = nil }
        t.volumes = nonEmpty(t.volumes)
        t.placementConstraints = nonEmpty(t.placementConstraints)
        t.requiresCompatibilities = nonEmpty(t.requiresCompatibilities)
        t.keepRevisions = nil
        t.containerDefinitions = t.containerDefinitions.map { container($0, networkMode: mode) }
        return t
    }

    static func container(_ c: ContainerDefinition, networkMode: String) -> ContainerDefinition {
        var x = c
        if x.essential == true { x.essential = nil }
        if x.cpu == 0 { x.cpu = nil }
        x.portMappings = nonEmpty(x.portMappings?.map { pm in
            var p = pm
            if p.protocol == "tcp" { p.protocol = nil }
            if networkMode == "bridge" && p.hostPort == 0 { p.hostPort = nil }
            if (networkMode == "awsvpc" || networkMode == "host") && p.hostPort == p.containerPort { p.hostPort = nil }
            return p
        })
        if x.environment?.pairs.isEmpty ?? false { x.environment = nil }
        x.environmentFiles = nonEmpty(x.environmentFiles)
        x.secrets = nonEmpty(x.secrets)
        x.mountPoints = nonEmpty(x.mountPoints)
        x.volumesFrom = nonEmpty(x.volumesFrom)
        x.dependsOn = nonEmpty(x.dependsOn)
        x.ulimits = nonEmpty(x.ulimits)
        x.command = nonEmpty(x.command)
        x.entryPoint = nonEmpty(x.entryPoint)
        x.links = nonEmpty(x.links)
        x.dnsServers = nonEmpty(x.dnsServers)
        x.dnsSearchDomains = nonEmpty(x.dnsSearchDomains)
        if x.dockerLabels?.isEmpty ?? false { x.dockerLabels = nil }
        if var hc = x.healthCheck {
            if hc.interval == 30 { hc.interval = nil }
            if hc.timeout == 5 { hc.timeout = nil }
            if hc.retries == 3 { hc.retries = nil }
            if hc.startPeriod == 0 { hc.startPeriod = nil }
            x.healthCheck = hc
        }
        for flag in [\ContainerDefinition.privileged, \.readonlyRootFilesystem, \.interactive, \.pseudoTerminal] where x[keyPath: flag] == false {
            x[keyPath: flag] = nil
        }
        return x
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
