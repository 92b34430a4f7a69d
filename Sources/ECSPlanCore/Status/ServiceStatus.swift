/// What `ecsplan status` reports about one service, from the values a backend
/// read: counts, the revisions its tasks run, its deployments and last events.
/// Codable with stable keys for `--format json`.
public struct ServiceStatus: Codable, Sendable, Equatable {
    public struct Deployment: Codable, Sendable, Equatable {
        public var id: String
        /// PRIMARY or ACTIVE.
        public var status: String
        public var taskDefinition: String
        public var desiredCount: Int
        public var runningCount: Int
        public var pendingCount: Int
        public var failedTasks: Int
        /// IN_PROGRESS, COMPLETED or FAILED.
        public var rolloutState: String
        public var rolloutStateReason: String?
        /// runningCount as a percentage of desiredCount (100 when nothing is desired).
        public var percentRunning: Int
    }

    public var address: String
    public var desiredCount: Int
    public var runningCount: Int
    public var pendingCount: Int
    /// The revision (`family:revision`) each task runs, and how many run it.
    public var revisions: [String: Int]
    /// ROLLING, BLUE_GREEN, LINEAR, CANARY (ECS's deployment strategy), or the controller (CODE_DEPLOY, EXTERNAL).
    public var strategy: String
    public var minimumHealthyPercent: Int
    public var maximumPercent: Int
    /// Newest first.
    public var deployments: [Deployment]
    /// Newest last.
    public var events: [String]

    public init(_ service: ServiceState, tasks: [TaskState], revisionNames: [String: String]) {
        func name(_ arn: String) -> String { revisionNames[arn] ?? String(arn.split(separator: "/").last ?? Substring(arn)) }
        let mine = tasks.filter { $0.cluster == service.cluster && $0.serviceName == service.name && $0.isActive }
        address = Address.service(cluster: service.cluster, name: service.name).description
        desiredCount = service.desiredCount
        runningCount = mine.filter { $0.lastStatus == "RUNNING" }.count
        pendingCount = mine.count - runningCount
        revisions = Dictionary(grouping: mine, by: { name($0.taskDefinitionArn) }).mapValues(\.count)
        let controller = service.spec.definition.deploymentController?.type.rawValue ?? "ECS"
        strategy = controller == "ECS" ? (service.spec.definition.deploymentConfiguration?.strategy?.rawValue ?? "ROLLING") : controller
        let percents = DeploymentPercents(service.spec)
        minimumHealthyPercent = percents.minimumHealthyPercent
        maximumPercent = percents.maximumPercent
        deployments = service.deployments.map { d in
            let on = mine.filter { $0.taskDefinitionArn == d.taskDefinitionArn }
            let running = on.filter { $0.lastStatus == "RUNNING" }.count
            return Deployment(id: d.id, status: d.status, taskDefinition: name(d.taskDefinitionArn), desiredCount: d.desiredCount,
                              runningCount: running, pendingCount: on.count - running, failedTasks: d.failedTasks,
                              rolloutState: d.rolloutState, rolloutStateReason: d.rolloutStateReason,
                              percentRunning: d.desiredCount == 0 ? 100 : running * 100 / d.desiredCount)
        }
        events = service.events
    }

    /// `service/prod/web  3/3 running, 0 pending  web:4×3  ROLLING COMPLETED`
    public var summary: String {
        let revs = revisions.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
        var line = "\(address)  \(runningCount)/\(desiredCount) running, \(pendingCount) pending  \(revs.isEmpty ? "no tasks" : revs)  \(strategy)"
        if let primary = deployments.first(where: { $0.status == "PRIMARY" }) {
            line += " \(primary.rolloutState)"
            if primary.rolloutState == "IN_PROGRESS" { line += " \(primary.percentRunning)% of \(primary.taskDefinition)" }
            if let reason = primary.rolloutStateReason, primary.rolloutState == "FAILED" { line += ": \(reason)" }
        }
        if deployments.count > 1 { line += " (+\(deployments.count - 1) older deployment\(deployments.count == 2 ? "" : "s"))" }
        return line
    }

    /// The summary, then each deployment and the last events.
    public var details: String {
        var lines = [summary]
        lines.append("  percents: minimumHealthy \(minimumHealthyPercent)%, maximum \(maximumPercent)%")
        for d in deployments {
            var line = "  \(d.status) \(d.id) \(d.taskDefinition): \(d.rolloutState), \(d.runningCount)/\(d.desiredCount) running (\(d.percentRunning)%)"
            if d.pendingCount > 0 { line += ", \(d.pendingCount) pending" }
            if d.failedTasks > 0 { line += ", \(d.failedTasks) failed to start" }
            if let reason = d.rolloutStateReason { line += " — \(reason)" }
            lines.append(line)
        }
        for e in events { lines.append("  event: \(e)") }
        return lines.joined(separator: "\n")
    }
}
