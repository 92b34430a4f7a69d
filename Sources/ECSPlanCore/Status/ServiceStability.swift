/// `ecsplan wait`'s question about one service: stable (its primary deployment
/// COMPLETED, runningCount = desiredCount, no task on another revision),
/// failed (a deployment FAILED: ECS's reason), or not yet (what is missing).
public enum ServiceStability: Sendable, Equatable {
    case stable
    case failed(reason: String)
    case inProgress(String)

    public init(_ service: ServiceState, tasks: [TaskState]) {
        let mine = tasks.filter { $0.cluster == service.cluster && $0.serviceName == service.name && $0.isActive }
        if let failed = service.deployments.first(where: { $0.rolloutState == "FAILED" }) {
            self = .failed(reason: failed.rolloutStateReason ?? "deployment \(failed.id) FAILED")
            return
        }
        guard let primary = service.primary else {
            self = .inProgress("no primary deployment")
            return
        }
        let running = mine.filter { $0.lastStatus == "RUNNING" }.count
        let old = mine.filter { $0.taskDefinitionArn != primary.taskDefinitionArn }.count
        // A DAEMON service's deployment has no count to complete at; its
        // primary being the only deployment is the equivalent.
        let completed = primary.rolloutState == "COMPLETED" || (service.spec.isDaemon && service.deployments.count == 1)
        if completed && running == service.desiredCount && old == 0 && mine.count == running {
            self = .stable
            return
        }
        var missing: [String] = []
        if !completed { missing.append("deployment \(primary.rolloutState)") }
        if running != service.desiredCount { missing.append("\(running)/\(service.desiredCount) running") }
        if mine.count > running { missing.append("\(mine.count - running) pending") }
        if old > 0 { missing.append("\(old) on an old revision") }
        self = .inProgress(missing.joined(separator: ", "))
    }
}
