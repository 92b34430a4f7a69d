import ECSPlanCore
import GRDB

/// ECS's deployment controller for one service, one simulator step at a time.
///
/// - ROLLING: new tasks start up to maximumPercent while old ones stop keeping
///   minimumHealthyPercent RUNNING (DAEMON: instance by instance).
/// - BLUE_GREEN, LINEAR, CANARY: the green fleet starts at 100% beside blue;
///   test traffic, then production traffic shifts (at once; by `stepPercent`
///   every `stepBakeTimeInMinutes`; `canaryPercent` for
///   `canaryBakeTimeInMinutes`, then the rest), then `bakeTimeInMinutes`,
///   then blue stops. Lifecycle hooks run at their stages.
/// - The circuit breaker (threshold clamp(ceil(0.5 × desired), 3, 200)),
///   `alarms` and a failed lifecycle hook fail the deployment or roll it back.
struct DeploymentController {
    struct Start {
        var deployment: String
        var taskDefinitionArn: String
        var count: Int
    }

    struct Decision {
        var stops: [(SimTask, String)] = []
        var starts: [Start] = []
        var changed = false
    }

    let context: StepContext
    var service: ServiceState
    var deployments: [SimDeployment]
    let tasks: [SimTask]
    /// DAEMON services: the instances a task may run on.
    var eligibleInstances: Int?
    var decision = Decision()

    init(
        context: StepContext, service: ServiceState, deployments: [SimDeployment],
        tasks: [SimTask]
    ) {
        self.context = context
        self.service = service
        self.deployments = deployments
        self.tasks = tasks
    }

    var db: Database { context.db }
    var now: Int { context.now }
    var name: String { service.name }
    var desired: Int { eligibleInstances ?? service.desiredCount }
    var primaryIndex: Int? { deployments.firstIndex { $0.status == "PRIMARY" } }

    mutating func decide() throws -> Decision {
        guard let first = primaryIndex else {
            // A service without deployments (older state): keep its count.
            startOrTrim(taskDefinitionArn: service.taskDefinitionArn, deployment: "ecs-svc/" + name)
            return decision
        }
        // A rollback is not itself rolled back: ECS watches only the deployment it returns from.
        if deployments[first].rolloutState == "IN_PROGRESS", !Self.isRollback(deployments[first]) {
            if try checkFailures(first) { return decision }
        }
        guard let p = primaryIndex else { return decision }
        let primary = deployments[p]
        if primary.rolloutState == "FAILED" { return decision }  // no rollback: ECS stops trying
        let blue = deployments.first {
            $0.status == "ACTIVE" && $0.taskDefinitionArn != primary.taskDefinitionArn
        }
        let strategy = service.spec.deploymentConfiguration?.strategy ?? .rolling
        // A rollback returns at once: blue still runs and takes the traffic back.
        if primary.rolloutState == "IN_PROGRESS", strategy != .rolling, blue != nil,
            !Self.isRollback(primary), !service.spec.isDaemon
        {
            try shiftTraffic(p)
        } else {
            try roll(p)
        }
        return decision
    }

    static func isRollback(_ d: SimDeployment) -> Bool {
        d.rolloutStateReason?.contains("rolling back to deploymentId") ?? false
    }

    // MARK: ROLLING

    mutating func roll(_ p: Int) throws {
        let primary = deployments[p]
        let target = primary.taskDefinitionArn
        let onTarget = tasks.filter { $0.taskDefinitionArn == target }
        let old = tasks.filter { $0.taskDefinitionArn != target }
        let percents = DeploymentPercents(service.spec)
        let cap = service.spec.isDaemon ? Int.max : percents.maximumTasks(desired: desired)
        let minHealthy = percents.minimumHealthy(desired: desired)
        let running = tasks.filter { $0.lastStatus == "RUNNING" }.count
        let reason = ServiceEventText.scalingActivity(primary.id)

        if old.isEmpty || primary.rolloutState != "IN_PROGRESS" {
            // Once a deployment completed ECS leaves other revisions' tasks
            // alone: they are the leftovers `ecsplan apply` looks for.
            startOrTrim(taskDefinitionArn: target, deployment: primary.id)
        } else {
            // Old tasks go to make room for new ones (within maximumPercent) or
            // once new RUNNING ones cover the desired count, never taking the
            // RUNNING count below minimumHealthyPercent.
            let wanted = max(0, desired - onTarget.count)
            let forRoom = service.spec.isDaemon ? wanted : max(0, tasks.count + wanted - cap)
            let surplus = max(
                0, onTarget.filter { $0.lastStatus == "RUNNING" }.count + old.count - desired)
            var budget = max(forRoom, surplus)
            var runningLeft = running
            let victims = old.sorted { a, b in
                if (a.lastStatus == "PENDING") != (b.lastStatus == "PENDING") {
                    return a.lastStatus == "PENDING"
                }
                return a.id < b.id
            }
            var stopped = 0
            for t in victims where budget > 0 {
                if t.lastStatus == "RUNNING" {
                    guard runningLeft - 1 >= minHealthy else { break }
                    runningLeft -= 1
                }
                decision.stops.append((t, reason))
                budget -= 1
                stopped += 1
            }
            let room =
                service.spec.isDaemon ? wanted : max(0, min(wanted, cap - (tasks.count - stopped)))
            if room > 0 {
                decision.starts.append(
                    Start(deployment: primary.id, taskDefinitionArn: target, count: room))
            }
        }
        completeIfDone(p, target: target)
    }

    /// No old tasks: start up to the desired count, or stop the extra ones.
    mutating func startOrTrim(taskDefinitionArn: String, deployment: String) {
        let onTarget = tasks.filter { $0.taskDefinitionArn == taskDefinitionArn }
        if onTarget.count < desired {
            decision.starts.append(
                Start(
                    deployment: deployment, taskDefinitionArn: taskDefinitionArn,
                    count: desired - onTarget.count))
        } else if onTarget.count > desired {
            let extra = onTarget.sorted { a, b in
                if (a.lastStatus == "PENDING") != (b.lastStatus == "PENDING") {
                    return a.lastStatus == "PENDING"
                }
                return a.id > b.id
            }.prefix(onTarget.count - desired)
            for t in extra {
                decision.stops.append((t, ServiceEventText.scalingActivity(deployment)))
            }
        }
    }

    /// The primary runs everything once its tasks are RUNNING at the desired
    /// count and nothing else is left: COMPLETED, and older deployments go.
    mutating func completeIfDone(_ p: Int, target: String) {
        guard deployments[p].rolloutState == "IN_PROGRESS" else { return }
        let stopping = Set(decision.stops.map(\.0.id))
        let left = tasks.filter { !stopping.contains($0.id) }
        let ready = left.filter { $0.taskDefinitionArn == target && $0.lastStatus == "RUNNING" }
            .count
        guard decision.starts.allSatisfy({ $0.count == 0 }), left.count == ready, ready == desired
        else { return }
        complete(p)
    }

    /// The deployment's last write of the step: recorded in the step's context,
    /// which writes every completion of the step together.
    mutating func complete(_ p: Int) {
        deployments[p].rolloutState = "COMPLETED"
        deployments[p].rolloutStateReason = ServiceEventText.completed(deployments[p].id)
        deployments[p].stage = nil
        deployments[p].stageUntil = nil
        context.complete(deployments[p], cluster: service.cluster, service: name)
        deployments = [deployments[p]]
        event(ServiceEventText.deploymentCompleted(name, deployments[0].id))
        event(ServiceEventText.steadyState(name))
        decision.changed = true
    }

    // MARK: BLUE_GREEN, LINEAR, CANARY

    mutating func shiftTraffic(_ p: Int) throws {
        let primary = deployments[p]
        let green = tasks.filter { $0.taskDefinitionArn == primary.taskDefinitionArn }
        let blue = tasks.filter { $0.taskDefinitionArn != primary.taskDefinitionArn }
        let config = service.spec.deploymentConfiguration
        let strategy = config?.strategy ?? .blueGreen
        switch primary.stage ?? "" {
        case "":
            try enter(p, "PRE_SCALE_UP")
            guard try invokeHooks(p, "PRE_SCALE_UP") else { return }
            try enter(p, "SCALE_UP")
        case "SCALE_UP":
            // Green runs at 100% beside blue: maximumPercent does not apply.
            if green.count < desired {
                decision.starts.append(
                    Start(
                        deployment: primary.id, taskDefinitionArn: primary.taskDefinitionArn,
                        count: desired - green.count))
                return
            }
            guard green.allSatisfy({ $0.lastStatus == "RUNNING" }) else { return }
            guard try invokeHooks(p, "POST_SCALE_UP") else { return }
            try enter(p, "TEST_TRAFFIC_SHIFT")
            guard try invokeHooks(p, "TEST_TRAFFIC_SHIFT"),
                try invokeHooks(p, "POST_TEST_TRAFFIC_SHIFT")
            else { return }
            try enter(p, "PRODUCTION_TRAFFIC_SHIFT")
            guard try invokeHooks(p, "PRE_PRODUCTION_TRAFFIC_SHIFT") else { return }
            try shift(p, to: Self.firstShift(strategy, config))
        case "PRODUCTION_TRAFFIC_SHIFT":
            if green.count < desired {  // a green task stopped: replace it first
                decision.starts.append(
                    Start(
                        deployment: primary.id, taskDefinitionArn: primary.taskDefinitionArn,
                        count: desired - green.count))
                return
            }
            guard now >= (primary.stageUntil ?? 0) else { return }
            try shift(p, to: Self.nextShift(strategy, config, from: primary.trafficPercent))
        case "BAKE_TIME":
            guard now >= (primary.stageUntil ?? 0) else { return }
            try enter(p, "CLEAN_UP")
            for t in blue {
                decision.stops.append((t, ServiceEventText.scalingActivity(primary.id)))
            }
            complete(p)
        default:
            break
        }
    }

    /// Production traffic moves to `percent`; at 100 the bake starts.
    mutating func shift(_ p: Int, to percent: Double) throws {
        let config = service.spec.deploymentConfiguration
        deployments[p].trafficPercent = percent
        event(
            ServiceEventText.trafficShifted(
                name, deployments[p].id, percent: Int(percent.rounded())))
        guard try invokeHooks(p, "PRODUCTION_TRAFFIC_SHIFT") else { return }
        if percent >= 100 {
            guard try invokeHooks(p, "POST_PRODUCTION_TRAFFIC_SHIFT") else { return }
            try enter(p, "BAKE_TIME", until: now + 60 * (config?.bakeTimeInMinutes ?? 0))
        } else {
            let wait =
                config?.strategy == .linear
                ? config?.linearConfiguration?.stepBakeTimeInMinutes
                : config?.canaryConfiguration?.canaryBakeTimeInMinutes
            try enter(p, "PRODUCTION_TRAFFIC_SHIFT", until: now + 60 * (wait ?? 0))
        }
    }

    static func firstShift(
        _ strategy: ECS.DeploymentStrategy, _ config: ECS.DeploymentConfiguration?
    ) -> Double {
        switch strategy {
        case .linear: return min(100, max(1, config?.linearConfiguration?.stepPercent ?? 10))
        case .canary: return min(100, max(0.1, config?.canaryConfiguration?.canaryPercent ?? 10))
        default: return 100
        }
    }

    static func nextShift(
        _ strategy: ECS.DeploymentStrategy, _ config: ECS.DeploymentConfiguration?,
        from current: Double
    ) -> Double {
        strategy == .linear ? min(100, current + firstShift(strategy, config)) : 100
    }

    mutating func enter(_ p: Int, _ stage: String, until: Int? = nil) throws {
        deployments[p].stage = stage
        deployments[p].stageUntil = until
        try deployments[p].save(db, now: now)
        decision.changed = true
    }

    /// Runs the hooks registered for `stage`; false when one failed (the
    /// deployment then rolls back, as ECS does).
    mutating func invokeHooks(_ p: Int, _ stage: String) throws -> Bool {
        let hooks = (service.spec.deploymentConfiguration?.lifecycleHooks ?? []).filter { h in
            h.lifecycleStages?.contains { $0.rawValue == stage } ?? false
        }
        for hook in hooks {
            let target = hook.hookTargetArn ?? "(no target)"
            let result =
                try String.fetchOne(
                    db, sql: "SELECT result FROM simulated_hook_results WHERE hook_target_arn = ?",
                    arguments: [target]) ?? "SUCCEEDED"
            try db.execute(
                sql: """
                    INSERT INTO hook_invocations(cluster, service, deployment_id, stage, hook_target_arn, result, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [service.cluster, name, deployments[p].id, stage, target, result, now])
            event(ServiceEventText.hookInvoked(name, target, stage: stage, result: result))
            decision.changed = true
            if result != "SUCCEEDED" {
                try fail(
                    p, reason: ServiceEventText.hookFailed(target, stage: stage), rollback: true,
                    rollbackReason: ServiceEventText.hookRollback)
                return false
            }
        }
        return true
    }

    // MARK: Failures

    /// The circuit breaker and alarms. Returns true when the deployment failed.
    mutating func checkFailures(_ p: Int) throws -> Bool {
        let primary = deployments[p]
        if let breaker = service.spec.deploymentConfiguration?.deploymentCircuitBreaker,
            breaker.enable,
            primary.failedTasks >= CircuitBreakerRule.threshold(desiredCount: desired)
        {
            try fail(
                p, reason: ServiceEventText.breakerTripped, rollback: breaker.rollback,
                rollbackReason: ServiceEventText.breakerRollback)
            return true
        }
        if let alarms = service.spec.deploymentConfiguration?.alarms, alarms.enable,
            !alarms.alarmNames.isEmpty
        {
            let firing = try alarms.alarmNames.filter { name in
                try String.fetchOne(
                    db, sql: "SELECT state FROM simulated_alarms WHERE name = ?", arguments: [name])
                    == "ALARM"
            }
            if !firing.isEmpty {
                try fail(
                    p, reason: ServiceEventText.alarmTripped(firing), rollback: alarms.rollback,
                    rollbackReason: ServiceEventText.alarmRollback)
                return true
            }
        }
        return false
    }

    /// Marks the primary FAILED; with rollback, a new PRIMARY deployment returns
    /// to the last revision that completed, and the failed revision's tasks stop.
    mutating func fail(
        _ p: Int, reason: String, rollback: Bool, rollbackReason: (String) -> String
    ) throws {
        let failed = deployments[p]
        deployments[p].rolloutState = "FAILED"
        deployments[p].rolloutStateReason = reason
        try deployments[p].save(db, now: now)
        let why =
            reason.hasPrefix("ECS deployment circuit breaker") ? "tasks failed to start" : reason
        event(ServiceEventText.deploymentFailed(name, failed.id, why))
        decision.changed = true
        // Back to the newest deployment that completed (not to another failed one).
        let others = deployments.filter {
            $0.status == "ACTIVE" && $0.taskDefinitionArn != failed.taskDefinitionArn
                && $0.rolloutState != "FAILED"
        }
        guard rollback,
            let previous = others.first(where: { $0.rolloutState == "COMPLETED" }) ?? others.first
        else { return }
        var spec = service.spec
        spec.taskDefinition = previous.taskDefinitionArn
        try db.execute(
            sql:
                "UPDATE services SET task_definition_arn = ?, spec = ? WHERE cluster = ? AND name = ?",
            arguments: [previous.taskDefinitionArn, try JSON.spec(spec), service.cluster, name])
        let id = try SimDeployment.start(
            db, cluster: service.cluster, service: name,
            taskDefinitionArn: previous.taskDefinitionArn,
            desiredCount: desired, serial: context.serial, reason: rollbackReason(previous.id))
        event(ServiceEventText.rollingBack(name, previous.id))
        for t in tasks where t.taskDefinitionArn == failed.taskDefinitionArn {
            decision.stops.append((t, ServiceEventText.scalingActivity(id)))
        }
        service.taskDefinitionArn = previous.taskDefinitionArn
        service.spec = spec
        deployments = try SimDeployment.all(db, cluster: service.cluster, service: name)
    }

    func event(_ message: String) {
        context.event(cluster: service.cluster, service: name, message)
    }
}
