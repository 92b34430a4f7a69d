import Foundation

/// One service's rollout in progress.
struct RolloutTracker: Sendable {
    var address: Address
    var cluster: String
    var name: String
    var targetArn: String
    var targetName: String
    var percents: DeploymentPercents
    var done = false
    var failure: String?
    var started: ContinuousClock.Instant?
    var idleRounds = 0
    var lastProgress = ""
    /// Rounds spent letting the scheduler start the surge before a batch.
    var surgeWaits = 0
}

extension Executor {
    /// Rolls every service forward together, at most `parallelism` at a time:
    /// each round observes each service, stops the next batch of old-revision
    /// tasks that the minimum healthy count allows, then lets time pass.
    func roll(_ trackers: inout [RolloutTracker], runID: String) async throws {
        var next = 0
        var active: [Int] = []
        while true {
            while active.count < max(1, options.parallelism), next < trackers.count {
                trackers[next].started = ContinuousClock.now
                active.append(next)
                next += 1
            }
            if active.isEmpty { break }
            for i in active {
                try checkStop()
                try await advance(&trackers[i], runID: runID)
            }
            active.removeAll { trackers[$0].done || trackers[$0].failure != nil }
            if active.isEmpty && next >= trackers.count { break }
            if options.pollInterval > .zero { try await Task.sleep(for: options.pollInterval) }
            try await backend.awaitProgress()
        }
        let failures = trackers.compactMap(\.failure)
        if !failures.isEmpty { throw ApplyError(failures: failures) }
    }

    func advance(_ t: inout RolloutTracker, runID: String) async throws {
        guard let (service, tasks) = try await backend.readService(cluster: t.cluster, name: t.name) else {
            t.failure = "\(t.address): the service disappeared during the rollout"
            return
        }
        let desired = service.desiredCount
        let onTarget = tasks.filter { $0.taskDefinitionArn == t.targetArn }
        let newRunning = onTarget.filter { $0.lastStatus == "RUNNING" }.count
        let old = tasks.filter { $0.taskDefinitionArn != t.targetArn }
        let oldRunning = old.filter { $0.lastStatus == "RUNNING" }
        let pending = tasks.filter { $0.lastStatus != "RUNNING" }.count
        let progress = "\(newRunning)/\(desired) on \(t.targetName)" + (old.isEmpty ? "" : ", \(old.count) old") + (pending > 0 ? ", \(pending) pending" : "")

        // The circuit breaker (ECS's or the simulator's) may have rolled the service back.
        if service.taskDefinitionArn != t.targetArn {
            let primary = service.deployments.first { $0.status != "PRIMARY" && $0.taskDefinitionArn == t.targetArn }
            let reason = primary?.rolloutStateReason ?? service.events.last { $0.contains("circuit breaker") } ?? service.events.last ?? "the service moved to another revision"
            t.failure = "\(t.address): rolled back from \(t.targetName): \(reason)"
            emit(ApplyEvent(.serviceFailed, t.address.description, t.failure ?? ""))
            return
        }
        if let primary = service.primary, primary.rolloutState == "FAILED" {
            t.failure = "\(t.address): deployment of \(t.targetName) failed: \(primary.rolloutStateReason ?? "tasks failed to start")"
            emit(ApplyEvent(.serviceFailed, t.address.description, t.failure ?? ""))
            return
        }
        if let primary = service.primary, primary.failedTasks >= CircuitBreakerRule.threshold(desiredCount: desired) {
            t.failure = "\(t.address): \(primary.failedTasks) tasks of \(t.targetName) failed to start (\(service.events.last ?? "no reason reported")); "
                + "enable deploymentCircuitBreaker with rollback to return to the previous revision automatically"
            emit(ApplyEvent(.serviceFailed, t.address.description, t.failure ?? ""))
            return
        }
        if old.isEmpty && pending == 0 && newRunning >= desired {
            t.done = true
            emit(ApplyEvent(.serviceDone, t.address.description, "\(newRunning)/\(desired) on \(t.targetName)", running: newRunning, desired: desired, revision: t.targetName))
            return
        }
        if let started = t.started, ContinuousClock.now - started > options.timeout {
            t.failure = "\(t.address): timed out after \(options.timeout) at \(progress)" + (service.events.last.map { "; last event: \($0)" } ?? "")
            emit(ApplyEvent(.serviceFailed, t.address.description, t.failure ?? ""))
            return
        }
        if progress != t.lastProgress {
            t.lastProgress = progress
            t.idleRounds = 0
            emit(ApplyEvent(.progress, t.address.description, progress, running: newRunning, desired: desired, revision: t.targetName))
        } else {
            t.idleRounds += 1
            if t.idleRounds >= options.maxIdleRounds {
                t.failure = "\(t.address): no progress at \(progress)" + (service.events.last.map { "; last event: \($0)" } ?? "")
                emit(ApplyEvent(.serviceFailed, t.address.description, t.failure ?? ""))
                return
            }
        }
        // Wait for replacements to reach RUNNING before the next batch.
        guard pending == 0 else { return }
        // Let the scheduler start the surge that maximumPercent allows first
        // (as the plan's batches assume), unless it cannot place it.
        let cap = t.percents.maximumTasks(desired: desired)
        if onTarget.count < desired && tasks.count < cap && t.surgeWaits < 2 && !(service.events.last?.contains("unable to place") ?? false) {
            t.surgeWaits += 1
            return
        }
        t.surgeWaits = 0
        let running = newRunning + oldRunning.count
        let minHealthy = t.percents.minimumHealthy(desired: desired)
        let batch = min(oldRunning.count, running - minHealthy)
        guard batch > 0 else { return }
        let victims = oldRunning.sorted { $0.id < $1.id }.prefix(batch).map(\.arn)
        emit(ApplyEvent(.batch, t.address.description, "stopping \(batch) task\(batch == 1 ? "" : "s") on old revisions", running: newRunning, desired: desired, revision: t.targetName))
        try await backend.stopTasks(cluster: t.cluster, taskArns: Array(victims), reason: "Replaced by \(t.targetName) (ecsplan apply)",
                                    step: StepRecord(runID: runID, address: t.address.description, action: "stop-tasks", detail: "\(batch) for \(t.targetName)"))
    }
}
