import Foundation

/// A service whose deployment to a revision apply watches: what `apply`
/// follows after UpdateService, and what `watch(_:)` takes directly.
public struct RolloutTarget: Sendable {
    public var address: Address
    public var cluster: String
    public var name: String
    public var targetArn: String
    public var targetName: String
    public var percents: DeploymentPercents
    /// ROLLING, BLUE_GREEN, LINEAR or CANARY, from the desired spec.
    public var strategy: String

    public init(
        address: Address, cluster: String, name: String, targetArn: String, targetName: String,
        percents: DeploymentPercents,
        strategy: String = "ROLLING"
    ) {
        self.address = address
        self.cluster = cluster
        self.name = name
        self.targetArn = targetArn
        self.targetName = targetName
        self.percents = percents
        self.strategy = strategy
    }
}

/// One service's rollout as apply follows it. ECS's deployment controller
/// (real, or simulated locally) drives the rollout; apply only watches it
/// until the deployment of the target revision COMPLETED or FAILED (or the
/// timeout), and only then looks for leftovers: tasks still on an old
/// revision, which it stops in batches that keep the minimum healthy count.
struct RolloutWatch: Sendable {
    enum Phase: Sendable { case deploying, leftovers, done, failed }

    var address: Address
    var cluster: String
    var name: String
    var targetArn: String
    var targetName: String
    var percents: DeploymentPercents
    /// ROLLING, BLUE_GREEN, LINEAR or CANARY, from the desired spec.
    var strategy: String
    var phase = Phase.deploying
    var failure: String?
    var started: ContinuousClock.Instant?
    var idleRounds = 0
    /// What was last seen (counts, stage, newest event): unchanged means idle.
    var lastSnapshot = ""
    var lastProgress = ""
    /// Rounds spent letting the scheduler replace stopped leftovers first.
    var surgeWaits = 0

    var finished: Bool { phase == .done || phase == .failed }

    init(_ t: RolloutTarget) {
        address = t.address
        cluster = t.cluster
        name = t.name
        targetArn = t.targetArn
        targetName = t.targetName
        percents = t.percents
        strategy = t.strategy
    }
}

extension Executor {
    /// Watches the deployments of `targets` to their end; throws with ECS's
    /// reasons when one failed, rolled back, stalled or timed out.
    public func watch(
        _ targets: [RolloutTarget], runID: String = UUID().uuidString.lowercased()
    ) async throws {
        var rollouts = targets.map(RolloutWatch.init)
        try await watch(&rollouts, runID: runID)
    }

    /// Watches every rollout, at most `parallelism` at a time: each round reads
    /// each service once, then lets time pass (a simulator step, or a poll
    /// interval). ECS runs every submitted deployment at once, so when all of
    /// a round's rollouts have ended, the next ones may have too: they are read
    /// at once, without waiting. (Waiting there made watching n finished
    /// services cost n / parallelism poll intervals, or simulator steps that
    /// each read every service: 10 000 services from empty took 112 s.)
    func watch(_ rollouts: inout [RolloutWatch], runID: String) async throws {
        var next = 0
        var active: [Int] = []
        while true {
            while active.count < max(1, options.parallelism), next < rollouts.count {
                rollouts[next].started = ContinuousClock.now
                active.append(next)
                next += 1
            }
            if active.isEmpty { break }
            try checkStop()
            // The round's services in one batch: on ECS, ten a DescribeServices
            // and their tasks a hundred a DescribeTasks, not three requests each.
            let names = active.map { ServiceName(cluster: rollouts[$0].cluster, name: rollouts[$0].name) }
            let reads = try await provider.readServices(names)
            for (i, read) in zip(active, reads) {
                try checkStop()
                try await observe(&rollouts[i], read: read, runID: runID)
            }
            active.removeAll { rollouts[$0].finished }
            if active.isEmpty { continue }
            if options.pollInterval > .zero { try await Task.sleep(for: options.pollInterval) }
            try await provider.awaitProgress()
        }
        let failures = rollouts.compactMap(\.failure)
        if !failures.isEmpty { throw ApplyError(failures: failures) }
    }

    func observe(_ w: inout RolloutWatch, read: (ServiceState, [TaskState])?, runID: String) async throws {
        guard let (service, tasks) = read else {
            return fail(&w, "\(w.address): the service disappeared during the rollout")
        }
        let desired = service.desiredCount
        let onTarget = tasks.filter { $0.taskDefinitionArn == w.targetArn }
        let newRunning = onTarget.filter { $0.lastStatus == "RUNNING" }.count
        let old = tasks.filter { $0.taskDefinitionArn != w.targetArn }
        let pending = tasks.filter { $0.lastStatus != "RUNNING" }.count
        // Newest first on both backends: a rollback to this revision is found before an older failure.
        let deployment = service.deployments.first { $0.taskDefinitionArn == w.targetArn }
        let stage =
            deployment?.lifecycleStage.map {
                ", \($0.lowercased().replacingOccurrences(of: "_", with: " "))"
            } ?? ""
        let progress =
            "\(newRunning)/\(desired) on \(w.targetName)"
            + (old.isEmpty ? "" : ", \(old.count) old")
            + (pending > 0 ? ", \(pending) pending" : "") + stage

        // A failed or rolled-back deployment ends the watch with ECS's reason,
        // and the stopped tasks' reasons, read only then.
        func stopped() async throws -> String {
            Self.stoppedReasons(
                try await provider.readStoppedTasks(cluster: w.cluster, service: w.name),
                revision: w.targetArn)
        }
        if service.taskDefinitionArn != w.targetArn {
            let reason =
                (deployment?.rolloutState == "FAILED" ? deployment?.rolloutStateReason : nil)
                ?? service.primary?.rolloutStateReason ?? service.events.last
                ?? "the service moved to another revision"
            return fail(&w, "\(w.address): rolled back from \(w.targetName): \(reason)\(try await stopped())")
        }
        if let d = deployment, d.rolloutState == "FAILED" {
            let reason = d.rolloutStateReason ?? "no reason reported"
            return fail(
                &w,
                "\(w.address): deployment \(d.id) of \(w.targetName) failed: \(reason)\(try await stopped())")
        }
        if let d = deployment, d.rolloutState == "IN_PROGRESS",
            d.failedTasks >= CircuitBreakerRule.threshold(desiredCount: desired),
            !(service.spec.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false)
        {
            return fail(
                &w,
                "\(w.address): \(d.failedTasks) tasks of \(w.targetName) failed to start\(try await stopped()); "
                    + "enable deploymentCircuitBreaker with rollback to return to the previous revision automatically"
            )
        }
        let snapshot =
            progress + "|" + (deployment?.rolloutState ?? "") + "|" + (service.events.last ?? "")
        let deploying = w.phase == .deploying && deployment?.rolloutState == "IN_PROGRESS"
        // A bake waits on the clock, not on tasks: it is never idleness.
        let baking = ["BAKE_TIME", "PRODUCTION_TRAFFIC_SHIFT"].contains(deployment?.lifecycleStage ?? "")
        if snapshot != w.lastSnapshot || (deploying && (baking || !provider.simulatesTime)) {
            w.lastSnapshot = snapshot
            w.idleRounds = 0
        } else {
            w.idleRounds += 1
            if w.idleRounds >= options.maxIdleRounds {
                return fail(
                    &w,
                    "\(w.address): no progress at \(progress)"
                        + (service.events.last.map { "; last event: \($0)" } ?? ""))
            }
        }
        if progress != w.lastProgress {
            w.lastProgress = progress
            emit(
                ApplyEvent(
                    .progress, w.address.description, progress, running: newRunning,
                    desired: desired, revision: w.targetName))
        }

        // Checked after what was read is judged, so a slow read never hides an outcome.
        let timedOut = w.started.map { ContinuousClock.now - $0 > options.timeout } ?? false
        let timeoutMessage =
            "\(w.address): timed out after \(options.timeout) at \(progress)"
            + (service.events.last.map { "; last event: \($0)" } ?? "")
        if w.phase == .deploying {
            // ECS is deploying: never stop a task beside it.
            // A traffic-shifting deployment that cannot be seen is never
            // second-guessed either: only a completed one has leftovers.
            if deployment?.rolloutState == "IN_PROGRESS" || (deployment == nil && w.strategy != "ROLLING") {
                if timedOut { fail(&w, timeoutMessage) }
                return
            }
            w.phase = .leftovers
        }
        if old.isEmpty && pending == 0 && newRunning >= desired {
            w.phase = .done
            emit(
                ApplyEvent(
                    .serviceDone, w.address.description,
                    "\(newRunning)/\(desired) on \(w.targetName)", running: newRunning,
                    desired: desired,
                    revision: w.targetName))
            return
        }
        if timedOut { return fail(&w, timeoutMessage) }
        try await stopLeftovers(&w, service: service, tasks: tasks, runID: runID)
    }

    /// Tasks left on old revisions after the deployment completed (or on a
    /// provider that runs none), stopped in batches that keep the minimum
    /// healthy count RUNNING; the service scheduler replaces each.
    func stopLeftovers(
        _ w: inout RolloutWatch, service: ServiceState, tasks: [TaskState], runID: String
    ) async throws {
        let desired = service.desiredCount
        let onTarget = tasks.filter { $0.taskDefinitionArn == w.targetArn }
        let newRunning = onTarget.filter { $0.lastStatus == "RUNNING" }.count
        let oldRunning = tasks.filter {
            $0.taskDefinitionArn != w.targetArn && $0.lastStatus == "RUNNING"
        }
        // Wait for replacements to reach RUNNING before the next batch.
        guard !tasks.contains(where: { $0.lastStatus != "RUNNING" }) else { return }
        // Let the scheduler start what maximumPercent allows first, unless it cannot place it.
        let cap = w.percents.maximumTasks(desired: desired)
        if onTarget.count < desired && tasks.count < cap && w.surgeWaits < 2
            && !(service.events.last?.contains("unable to place") ?? false)
        {
            w.surgeWaits += 1
            return
        }
        w.surgeWaits = 0
        let running = newRunning + oldRunning.count
        let batch = min(oldRunning.count, running - w.percents.minimumHealthy(desired: desired))
        guard batch > 0 else { return }
        let victims = oldRunning.sorted { $0.id < $1.id }.prefix(batch).map(\.arn)
        emit(
            ApplyEvent(
                .batch, w.address.description,
                "stopping \(batch) task\(batch == 1 ? "" : "s") on old revisions, left after the deployment",
                running: newRunning, desired: desired, revision: w.targetName))
        try await provider.stopTasks(
            cluster: w.cluster, taskArns: Array(victims),
            reason:
                "Left on an old revision after the deployment of \(w.targetName) (ecsplan apply)",
            step: StepRecord(
                runID: runID, address: w.address.description, action: "stop-tasks",
                detail: "\(batch) for \(w.targetName)"))
    }

    func fail(_ w: inout RolloutWatch, _ message: String) {
        w.failure = message
        w.phase = .failed
        emit(ApplyEvent(.serviceFailed, w.address.description, message))
    }

    /// " (stopped: REASON)" from the newest task of `revision` that stopped, if any.
    static func stoppedReasons(_ stoppedTasks: [TaskState], revision: String) -> String {
        let reasons = stoppedTasks.filter { $0.taskDefinitionArn == revision }
            .compactMap(\.stoppedReason)
        guard let first = reasons.first else { return "" }
        return " (\(reasons.count == 1 ? "a task" : "\(reasons.count) tasks") stopped: \(first))"
    }
}
