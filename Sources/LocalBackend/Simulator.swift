import ECSPlanCore
import GRDB

/// One step of the simulated ECS control plane, run inside one transaction:
/// PENDING tasks start (or fail, when a fault is injected), the deployment
/// circuit breaker is evaluated, and the service scheduler starts tasks until
/// each service has its desired count, placing each with the placement engine.
/// Like ECS in the behaviour ecsplan handles, it does not stop tasks of older
/// revisions on its own; `ecsplan apply` does.
struct Simulator {
    let naming: Naming

    struct ServiceRow {
        var state: ServiceState
        var deployments: [Deployment]
    }

    /// Returns whether anything changed (the serial is bumped only then).
    func step(_ db: Database) throws -> Bool {
        let serial = try StateStore.serial(db) + 1
        var changed = false
        let faults = Set(try String.fetchAll(db, sql: "SELECT task_definition_arn FROM faults"))
        var revisions: [String: TaskDefinitionRevision] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM task_definitions") {
            let r = try Rows.revision(row)
            revisions[r.arn] = r
        }

        // 1. PENDING → RUNNING, or STOPPED when the revision is set to fail.
        var failedByService: [String: [String: Int]] = [:]  // service key → td arn → failures
        for row in try Row.fetchAll(db, sql: "SELECT id, cluster, service, task_definition_arn FROM tasks WHERE last_status = 'PENDING' AND created_serial < ?", arguments: [serial]) {
            let id: String = row["id"]
            let arn: String = row["task_definition_arn"]
            if faults.contains(arn) {
                try db.execute(sql: """
                    UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_serial = ?,
                    stopped_reason = 'CannotPullContainerError: simulated start failure' WHERE id = ?
                    """, arguments: [serial, id])
                if let svc: String = row["service"] {
                    failedByService[(row["cluster"] as String) + "/" + svc, default: [:]][arn, default: 0] += 1
                }
            } else {
                try db.execute(sql: "UPDATE tasks SET last_status = 'RUNNING' WHERE id = ?", arguments: [id])
            }
            changed = true
        }

        // 2. Services, with their deployments and the circuit breaker.
        var services: [ServiceRow] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM services WHERE status = 'ACTIVE' ORDER BY cluster, name") {
            let s = try Rows.service(row)
            let deps = try Row.fetchAll(db, sql: "SELECT * FROM deployments WHERE cluster = ? AND service = ? ORDER BY created_serial DESC",
                                        arguments: [s.cluster, s.name]).map(Rows.deployment)
            services.append(ServiceRow(state: s, deployments: deps))
        }
        for i in services.indices {
            let key = services[i].state.cluster + "/" + services[i].state.name
            for (arn, n) in failedByService[key] ?? [:] {
                try db.execute(sql: "UPDATE deployments SET failed_tasks = failed_tasks + ? WHERE cluster = ? AND service = ? AND task_definition_arn = ?",
                               arguments: [n, services[i].state.cluster, services[i].state.name, arn])
                for j in services[i].deployments.indices where services[i].deployments[j].taskDefinitionArn == arn {
                    services[i].deployments[j].failedTasks += n
                }
                try event(db, services[i].state, serial, "\(n) task(s) of \(revisions[arn]?.name ?? arn) failed to start: CannotPullContainerError")
            }
            if try circuitBreaker(db, &services[i], serial: serial, revisions: revisions) { changed = true }
        }

        // 3. Scheduling, cluster by cluster.
        let byCluster = Dictionary(grouping: services, by: { $0.state.cluster })
        for (cluster, clusterServices) in byCluster.sorted(by: { $0.key < $1.key }) {
            if try schedule(db, cluster: cluster, services: clusterServices, revisions: revisions, serial: serial) { changed = true }
        }

        // 4. Completed deployments: the primary runs everything, older ones are gone.
        for s in services {
            guard let primary = s.deployments.first(where: { $0.status == "PRIMARY" }), primary.rolloutState == "IN_PROGRESS" else { continue }
            let counts = try Row.fetchAll(db, sql: """
                SELECT task_definition_arn, COUNT(*) AS n FROM tasks WHERE cluster = ? AND service = ? AND last_status = 'RUNNING' GROUP BY task_definition_arn
                """, arguments: [s.state.cluster, s.state.name])
            let onPrimary = counts.first { ($0["task_definition_arn"] as String) == primary.taskDefinitionArn }.map { $0["n"] as Int } ?? 0
            let others = counts.filter { ($0["task_definition_arn"] as String) != primary.taskDefinitionArn }.count
            let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tasks WHERE cluster = ? AND service = ? AND last_status = 'PENDING'",
                                           arguments: [s.state.cluster, s.state.name]) ?? 0
            if onPrimary >= s.state.desiredCount && others == 0 && pending == 0 && !s.state.spec.isDaemon {
                try db.execute(sql: "UPDATE deployments SET rollout_state = 'COMPLETED' WHERE id = ?", arguments: [primary.id])
                try db.execute(sql: "DELETE FROM deployments WHERE cluster = ? AND service = ? AND status = 'ACTIVE'", arguments: [s.state.cluster, s.state.name])
                changed = true
            }
        }

        if changed { try StateStore.bumpSerial(db) }
        return changed
    }

    /// ECS's rule: the deployment fails after clamp(ceil(0.5 × desired), 3, 200)
    /// failed launches; with rollback it returns to the last completed revision.
    func circuitBreaker(_ db: Database, _ s: inout ServiceRow, serial: Int, revisions: [String: TaskDefinitionRevision]) throws -> Bool {
        guard let breaker = s.state.spec.deploymentConfiguration?.deploymentCircuitBreaker, breaker.enable,
              let primary = s.deployments.first(where: { $0.status == "PRIMARY" }), primary.rolloutState == "IN_PROGRESS"
        else { return false }
        let threshold = CircuitBreakerRule.threshold(desiredCount: s.state.desiredCount)
        guard primary.failedTasks >= threshold else { return false }
        let name = revisions[primary.taskDefinitionArn]?.name ?? primary.taskDefinitionArn
        let reason = "ECS deployment circuit breaker: \(primary.failedTasks) tasks of \(name) failed to start (threshold \(threshold))"
        try db.execute(sql: "UPDATE deployments SET rollout_state = 'FAILED', rollout_state_reason = ? WHERE id = ?", arguments: [reason, primary.id])
        try event(db, s.state, serial, reason)
        if breaker.rollback, let previous = s.deployments.first(where: { $0.status == "ACTIVE" && $0.taskDefinitionArn != primary.taskDefinitionArn }) {
            var spec = s.state.spec
            spec.taskDefinition = previous.taskDefinitionArn
            try db.execute(sql: "UPDATE services SET task_definition_arn = ?, spec = ? WHERE cluster = ? AND name = ?",
                           arguments: [previous.taskDefinitionArn, try JSON.string(spec), s.state.cluster, s.state.name])
            try db.execute(sql: "UPDATE deployments SET status = 'ACTIVE' WHERE id = ?", arguments: [primary.id])
            let id = Naming.deploymentID(cluster: s.state.cluster, service: s.state.name, serial: serial)
            try db.execute(sql: """
                INSERT INTO deployments(id, cluster, service, status, task_definition_arn, desired_count, failed_tasks, rollout_state, rollout_state_reason, created_serial)
                VALUES (?, ?, ?, 'PRIMARY', ?, ?, 0, 'IN_PROGRESS', ?, ?)
                """, arguments: [id, s.state.cluster, s.state.name, previous.taskDefinitionArn, s.state.desiredCount, "rollback of failed deployment to \(name)", serial])
            // Tasks of the failed revision are stopped, as ECS does on rollback.
            try db.execute(sql: """
                UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = 'Deployment rolled back', stopped_serial = ?
                WHERE cluster = ? AND service = ? AND task_definition_arn = ? AND last_status != 'STOPPED'
                """, arguments: [serial, s.state.cluster, s.state.name, primary.taskDefinitionArn])
            try event(db, s.state, serial, "rolling back to \(revisions[previous.taskDefinitionArn]?.name ?? previous.taskDefinitionArn)")
            s.state.taskDefinitionArn = previous.taskDefinitionArn
            s.deployments = [Deployment(id: id, status: "PRIMARY", taskDefinitionArn: previous.taskDefinitionArn, desiredCount: s.state.desiredCount)]
                + s.deployments.map { var d = $0; d.status = "ACTIVE"; return d }
        } else {
            for j in s.deployments.indices where s.deployments[j].id == primary.id { s.deployments[j].rolloutState = "FAILED" }
        }
        return true
    }

    func schedule(_ db: Database, cluster: String, services: [ServiceRow], revisions: [String: TaskDefinitionRevision], serial: Int) throws -> Bool {
        var changed = false
        let instances = try Row.fetchAll(db, sql: "SELECT * FROM container_instances WHERE cluster = ? AND status = 'ACTIVE' ORDER BY position",
                                         arguments: [cluster]).map(Rows.instance)
        var tasks = try Rows.tasks(db, sql: "SELECT \(Rows.taskColumns) FROM tasks WHERE cluster = ? AND last_status != 'STOPPED'", arguments: [cluster])
        // Grouped once: filtering all tasks per service made a step O(services × tasks).
        let tasksByGroup = Dictionary(grouping: tasks, by: \.group)
        var candidates = PlacementCandidate.from(instances: instances, tasks: tasks)
        let positions = PlacementCandidate.positions(candidates)
        var rng = SeededGenerator(seed: UInt64(truncatingIfNeeded: serial) &* 0x9E37_79B9 &+ UInt64(cluster.utf8.count))

        for s in services {
            let svc = s.state
            guard let revision = revisions[svc.taskDefinitionArn] else { continue }
            if s.deployments.first(where: { $0.status == "PRIMARY" })?.rolloutState == "FAILED" { continue }
            let group = "service:" + svc.name
            let mine = tasksByGroup[group] ?? []
            let onPrimary = mine.filter { $0.taskDefinitionArn == svc.taskDefinitionArn }
            let requirements = TaskRequirements(revision.spec, launchType: svc.spec.launchType)
            let constraints = (svc.spec.placementConstraints ?? []) + (revision.spec.placementConstraints ?? []).map(PlacementConstraint.init)

            if svc.spec.isDaemon {
                changed = try scheduleDaemon(db, svc, revision: revision, requirements: requirements, constraints: constraints, mine: mine,
                                             candidates: &candidates, tasks: &tasks, serial: serial) || changed
                continue
            }

            let percents = DeploymentPercents(svc.spec)
            let desired = svc.desiredCount
            let cap = percents.maximumTasks(desired: desired)
            // Scale-in: more tasks than allowed, or more on the primary than desired.
            var excess = max(mine.count - cap, onPrimary.count - desired, 0)
            if excess > 0 {
                let victims = mine.sorted { a, b in
                    let aOld = a.taskDefinitionArn != svc.taskDefinitionArn, bOld = b.taskDefinitionArn != svc.taskDefinitionArn
                    if aOld != bOld { return aOld }
                    if (a.lastStatus == "PENDING") != (b.lastStatus == "PENDING") { return a.lastStatus == "PENDING" }
                    return a.id > b.id
                }
                for t in victims where excess > 0 {
                    if mine.count - cap <= 0, t.taskDefinitionArn != svc.taskDefinitionArn { continue }
                    try stop(db, t, reason: "Scaling activity initiated by deployment", serial: serial)
                    if let id = t.containerInstanceId, let k = positions[id] {
                        candidates[k].release(cpu: t.cpu, memory: t.memory, hostPorts: t.hostPorts, group: t.group)
                    }
                    excess -= 1
                    changed = true
                }
                continue
            }
            let toStart = max(0, min(desired - onPrimary.count, cap - mine.count))
            guard toStart > 0 else { continue }
            let strategies = svc.spec.placementStrategy ?? PlacementEngine.defaultStrategies
            // Under a capacity-provider strategy each new task gets its provider
            // first: Fargate's need no instance, the others are placed on instances.
            let split = CapacityProviderSplit(svc.spec.capacityProviderStrategy ?? [])
            var running: [String: Int] = [:]
            for t in mine { if let p = t.capacityProviderName { running[p, default: 0] += 1 } }
            let providers = split.next(toStart, running: running)
            var batches: [(provider: String?, count: Int)] = providers.isEmpty ? [(nil, toStart)] : []
            for p in providers {
                if let last = batches.last, last.provider == p { batches[batches.count - 1].count += 1 } else { batches.append((p, 1)) }
            }
            for batch in batches {
                var needs = requirements
                if let p = batch.provider { needs.fargate = CapacityProviderSplit.fargateProviders.contains(p) }
                let engine = PlacementEngine(.init(requirements: needs, group: group, constraints: constraints, strategies: strategies))
                for outcome in engine.place(batch.count, on: &candidates, rng: &rng) {
                    switch outcome {
                    case .unplaceable(let reason):
                        try event(db, svc, serial, "service \(svc.name) was unable to place a task: \(reason)")
                    case .placed(let k):
                        tasks.append(try launch(db, svc, revision: revision, requirements: needs, instance: candidates[k].id,
                                                provider: batch.provider, serial: serial))
                    case .serverless:
                        tasks.append(try launch(db, svc, revision: revision, requirements: needs, instance: nil, provider: batch.provider, serial: serial))
                    }
                    changed = true
                }
            }
        }
        return changed
    }

    /// DAEMON: one task per instance that satisfies the constraints. An instance
    /// still running an older revision's task waits for apply to replace it.
    func scheduleDaemon(_ db: Database, _ svc: ServiceState, revision: TaskDefinitionRevision, requirements: TaskRequirements, constraints: [PlacementConstraint],
                        mine: [TaskState], candidates: inout [PlacementCandidate], tasks: inout [TaskState], serial: Int) throws -> Bool {
        var changed = false
        // ECS sets a daemon service's desired count to the instances it can run on.
        let exprs = constraints.filter { $0.type == "memberOf" }.compactMap { $0.expression.flatMap { try? PlacementExpression.parse($0) } }
        let eligible = candidates.filter { c in
            let facts = InstanceFacts(instanceId: c.id, attributes: c.attributes, taskGroups: [])
            return exprs.allSatisfy { $0.matches(facts) }
        }.count
        if eligible != svc.desiredCount {
            try db.execute(sql: "UPDATE services SET desired_count = ? WHERE cluster = ? AND name = ?", arguments: [eligible, svc.cluster, svc.name])
            changed = true
        }
        let occupied = Set(mine.compactMap(\.containerInstanceId))
        for k in candidates.indices where !occupied.contains(candidates[k].id) {
            var single = [candidates[k]]
            var rng = SeededGenerator(seed: 1)
            let engine = PlacementEngine(.init(requirements: requirements, group: "service:" + svc.name, constraints: constraints, strategies: []))
            switch engine.place(on: &single, rng: &rng) {
            case .placed:
                candidates[k] = single[0]
                tasks.append(try launch(db, svc, revision: revision, requirements: requirements, instance: candidates[k].id, serial: serial))
                changed = true
            case .unplaceable(let reason):
                if !reason.hasPrefix("no instance matches memberOf") {
                    try event(db, svc, serial, "service \(svc.name) was unable to place a task on \(candidates[k].id): \(reason)")
                    changed = true
                }
            case .serverless:
                break
            }
        }
        return changed
    }

    func launch(_ db: Database, _ svc: ServiceState, revision: TaskDefinitionRevision, requirements: TaskRequirements, instance: String?,
                provider: String? = nil, serial: Int) throws -> TaskState {
        let id = Naming.taskID()
        let t = TaskState(id: id, arn: naming.taskArn(cluster: svc.cluster, id: id), cluster: svc.cluster, group: "service:" + svc.name,
                          startedBy: "ecs-svc/" + svc.name, taskDefinitionArn: revision.arn, containerInstanceId: instance, lastStatus: "PENDING",
                          cpu: requirements.cpu, memory: requirements.memory, hostPorts: requirements.hostPorts, capacityProviderName: provider)
        try Rows.insert(t, service: svc.name, serial: serial, db)
        return t
    }

    func stop(_ db: Database, _ t: TaskState, reason: String, serial: Int) throws {
        try db.execute(sql: """
            UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = ?, stopped_serial = ? WHERE id = ?
            """, arguments: [reason, serial, t.id])
    }

    func event(_ db: Database, _ svc: ServiceState, _ serial: Int, _ message: String) throws {
        try db.execute(sql: "INSERT INTO service_events(cluster, service, serial, message) VALUES (?, ?, ?, ?)", arguments: [svc.cluster, svc.name, serial, message])
        // Keep the newest 50 per service, as ECS keeps a bounded event list.
        try db.execute(sql: """
            DELETE FROM service_events WHERE cluster = ? AND service = ? AND id NOT IN
              (SELECT id FROM service_events WHERE cluster = ? AND service = ? ORDER BY id DESC LIMIT 50)
            """, arguments: [svc.cluster, svc.name, svc.cluster, svc.name])
    }
}
