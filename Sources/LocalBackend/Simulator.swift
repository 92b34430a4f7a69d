import ECSPlanCore
import GRDB

/// One step of the simulated ECS control plane, run inside one transaction:
/// PENDING tasks start (or fail, when a fault is injected), then each service
/// that has something to do (a deployment in progress, tasks pending, or not
/// its desired count) is advanced by its deployment controller (ROLLING,
/// BLUE_GREEN, LINEAR, CANARY; see `DeploymentController`), whose new tasks
/// the placement engine places; finally the simulated clock moves.
/// Services at rest are not read at all, and each revision a step needs is
/// decoded once, so a step costs what is moving, not the size of the state.
struct Simulator {
    let naming: Naming
    /// What this process registered, so a step need not decode it again.
    var registered: RegisteredRevisions?
    /// What this process wrote of services, so a step need not decode them again.
    var services: WrittenServices?

    struct ServiceRow {
        var state: ServiceState
        var deployments: [SimDeployment]
        var tasks: [SimTask]
    }

    /// Returns whether anything changed (the serial is bumped only then).
    func step(_ db: Database) throws -> Bool {
        let serial = try StateDatabase.serial(db) + 1
        let now = try SimulatedClock.now(db)
        let context = StepContext(
            db: db, serial: serial, now: now, naming: naming, registered: registered)
        var changed = false

        // 1. PENDING → RUNNING, or STOPPED when the revision is set to fail:
        // the failing ones one by one (their services count them), the rest
        // in one statement (a step of a large rollout starts thousands).
        var failed: [String: [String: Int]] = [:]  // service key → td arn → failures
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, cluster, service, task_definition_arn FROM tasks
                WHERE last_status = 'PENDING' AND created_serial < ? AND task_definition_arn IN (SELECT task_definition_arn FROM faults)
                """),
            arguments: [serial])
        {
            let arn: String = row["task_definition_arn"]
            try db.cachedStatement(sql: """
                UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_serial = ?, stopped_reason = ?,
                  \(TaskExpiry.stampStoppedAt) WHERE id = ?
                """).execute(arguments: [serial, ServiceEventText.cannotPull, row["id"] as String])
            if let svc: String = row["service"] {
                failed[(row["cluster"] as String) + "/" + svc, default: [:]][arn, default: 0] += 1
            }
            changed = true
        }
        // started_at is set here, not by the trigger (see Schema v4), whose body
        // would run one more UPDATE for each of the thousands of rows.
        try db.cachedStatement(sql: """
            UPDATE tasks
            SET last_status = 'RUNNING', started_at = COALESCE(started_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            WHERE last_status = 'PENDING' AND created_serial < ?
            """).execute(arguments: [serial])
        if db.changesCount > 0 { changed = true }

        // 2. The services with something to do, their deployments and tasks.
        var services = try movingServices(db)
        for i in services.indices {
            let key = services[i].state.cluster + "/" + services[i].state.name
            for (arn, n) in failed[key] ?? [:] {
                for j in services[i].deployments.indices
                where services[i].deployments[j].taskDefinitionArn == arn {
                    services[i].deployments[j].failedTasks += n
                    try services[i].deployments[j].save(db, now: now)
                }
            }
        }

        // 3. Each cluster's moving services: the controller decides, placement places.
        let byCluster = Dictionary(grouping: services, by: { $0.state.cluster })
        for (cluster, clusterServices) in byCluster.sorted(by: { $0.key < $1.key }) {
            if try schedule(context, cluster: cluster, services: clusterServices) { changed = true }
        }
        try context.flushCompletions()
        try context.flushEvents()

        // 4. Time passes: a tick when tasks moved, else straight to the next timer.
        // The index is named: without statistics SQLite counts through tasks_by_service.
        let pending =
            try Int.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) FROM tasks INDEXED BY tasks_pending WHERE last_status = 'PENDING'
                """))
            ?? 0
        if changed || pending > 0 {
            try SimulatedClock.set(db, now + SimulatedClock.tick)
        } else if let next = try Int.fetchOne(
            db,
            sql: """
                SELECT MIN(stage_until) FROM deployments WHERE rollout_state = 'IN_PROGRESS' AND stage_until IS NOT NULL AND stage_until > ?
                """, arguments: [now])
        {
            try SimulatedClock.set(db, next)
            changed = true
        }
        if changed {
            try TaskExpiry.prune(db, now: now)
            try StateDatabase.bumpSerial(db)
        }
        return changed
    }

    /// Services with a deployment in progress, tasks pending, or not their
    /// desired count of tasks; DAEMON services always (their count follows
    /// the instances). Everything else is at rest and costs nothing.
    static let movingServicesSQL = """
        SELECT \(Rows.serviceColumns) FROM services s WHERE s.status = 'ACTIVE' AND (
          EXISTS (SELECT 1 FROM deployments d WHERE d.cluster = s.cluster AND d.service = s.name AND d.rollout_state = 'IN_PROGRESS')
          OR s.desired_count != (SELECT COUNT(*) FROM tasks t WHERE t.cluster = s.cluster AND t.service = s.name AND t.last_status != 'STOPPED')
          OR EXISTS (SELECT 1 FROM tasks t WHERE t.cluster = s.cluster AND t.service = s.name AND t.last_status = 'PENDING')
          OR s.spec LIKE '%"schedulingStrategy":"DAEMON"%')
        ORDER BY s.cluster, s.name
        """

    /// The moving services with their deployments (newest first) and their
    /// tasks that are not STOPPED: three statements for the whole step, where
    /// two per service were most of a step that only waits on a rollout.
    func movingServices(_ db: Database) throws -> [ServiceRow] {
        var rows: [ServiceRow] = []
        var index: [ServiceName: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: Self.movingServicesSQL)) {
            let s = try Rows.service(row, written: services)
            index[ServiceName(cluster: s.cluster, name: s.name)] = rows.count
            rows.append(ServiceRow(state: s, deployments: [], tasks: []))
        }
        guard !rows.isEmpty else { return [] }
        let keys = ServiceKeys.json(rows.map { ServiceName(cluster: $0.state.cluster, name: $0.state.name) })
        let moving = "(cluster, service) IN (\(ServiceKeys.rows))"
        let deployments = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT \(SimDeployment.columns) FROM deployments WHERE \(moving) \(SimDeployment.order)"),
            arguments: [keys])
        while let row = try deployments.next() {
            if let i = index[ServiceName(cluster: row[10], name: row[11])] {
                rows[i].deployments.append(SimDeployment(row))
            }
        }
        let tasks = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT \(SimTask.columns) FROM tasks WHERE \(moving) AND last_status != 'STOPPED'"),
            arguments: [keys])
        while let row = try tasks.next() {
            if let i = index[ServiceName(cluster: row[5], name: row[6])] {
                rows[i].tasks.append(SimTask(row))
            }
        }
        return rows
    }

    /// Decides each moving service from its own tasks and carries out the
    /// stops; only when some service has tasks to start does it read the
    /// cluster's instances and every task on them, for placement. Steps that
    /// only stop tasks, wait for tasks to start or bake stay cheap.
    func schedule(_ context: StepContext, cluster: String, services: [ServiceRow]) throws -> Bool {
        let db = context.db
        var changed = false
        var instanceCache: [ContainerInstanceState]?
        func instances() throws -> [ContainerInstanceState] {
            if let instanceCache { return instanceCache }
            let loaded = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM container_instances WHERE cluster = ? AND status = 'ACTIVE'
                    ORDER BY position
                    """,
                arguments: [cluster]
            ).map(Rows.instance)
            instanceCache = loaded
            return loaded
        }

        var toPlace: [(service: ServiceState, mine: [SimTask], starts: [DeploymentController.Start])] = []
        var stops: [(SimTask, String)] = []
        for s in services {
            let mine = s.tasks
            var controller = DeploymentController(
                context: context, service: s.state, deployments: s.deployments, tasks: mine)
            if s.state.spec.isDaemon {
                controller.eligibleInstances = try daemonEligible(
                    s.state, context: context, instances: try instances())
            }
            let decision = try controller.decide()
            if decision.changed { changed = true }
            if !decision.stops.isEmpty {
                stops += decision.stops
                changed = true
                context.event(
                    cluster: cluster, service: s.state.name,
                    ServiceEventText.stopped(s.state.name, decision.stops.map(\.0.id)))
            }
            let stopped = Set(decision.stops.map(\.0.id))
            let starts = decision.starts.filter { $0.count > 0 }
            if !starts.isEmpty {
                toPlace.append((controller.service, mine.filter { !stopped.contains($0.id) }, starts))
            }
        }
        // No controller reads tasks from the database: the cluster's stops are
        // written together, before placement reads what the instances hold.
        try stop(db, stops, context: context)
        guard !toPlace.isEmpty else { return changed }

        // Placement sees every task on the cluster's instances, after the stops.
        var candidates = PlacementIndex(try occupancy(db, cluster: cluster, instances: try instances()))
        var rng = SeededGenerator(
            seed: UInt64(truncatingIfNeeded: context.serial) &* 0x9E37_79B9
                &+ UInt64(cluster.utf8.count))
        for (service, mine, starts) in toPlace {
            var startedIDs: [String] = []
            for start in starts {
                guard let revision = try context.revision(start.taskDefinitionArn) else { continue }
                let launched =
                    service.spec.isDaemon
                    ? placeDaemon(
                        context, service, revision: revision, deployment: start.deployment,
                        mine: mine, candidates: &candidates)
                    : place(
                        context, service, revision: revision, deployment: start.deployment,
                        count: start.count, mine: mine, candidates: &candidates, rng: &rng)
                startedIDs += launched
            }
            if !startedIDs.isEmpty {
                context.event(
                    cluster: cluster, service: service.name, ServiceEventText.started(service.name, startedIDs))
                changed = true
            }
        }
        try context.flushLaunches()
        return changed
    }

    /// The cluster's instances with what its active tasks use of them, as
    /// `PlacementCandidate.from` makes them, reading only the five columns
    /// placement needs: a step that starts tasks reads every active task of
    /// the cluster, and whole task rows cost several times as much.
    func occupancy(_ db: Database, cluster: String, instances: [ContainerInstanceState]) throws -> [PlacementCandidate] {
        var candidates = PlacementCandidate.from(instances: instances, tasks: [])
        var byID: [String: Int] = [:]
        for (k, c) in candidates.enumerated() { byID[c.id] = k }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT container_instance_id, group_name, cpu, memory, host_ports FROM tasks
                WHERE cluster = ? AND last_status != 'STOPPED' AND container_instance_id IS NOT NULL
                """,
            arguments: [cluster])
        while let row = try rows.next() {
            guard let k = byID[row[0] as String] else { continue }
            candidates[k].remainingCPU -= row[2] as Int
            candidates[k].remainingMemory -= row[3] as Int
            let ports = try Rows.hostPorts(row[4])
            if !ports.isEmpty { candidates[k].usedPorts.formUnion(ports) }
            candidates[k].groupCounts[row[1] as String, default: 0] += 1
        }
        return candidates
    }

    /// Places `count` new tasks of `revision`. Under a capacity-provider
    /// strategy each new task gets its provider first: Fargate's need no
    /// instance, the others are placed on instances.
    func place(
        _ context: StepContext, _ svc: ServiceState, revision: TaskDefinitionRevision,
        deployment: String, count: Int, mine: [SimTask],
        candidates: inout PlacementIndex, rng: inout SeededGenerator
    ) -> [String] {
        let group = "service:" + svc.name
        let requirements = TaskRequirements(revision.spec, launchType: svc.spec.launchType)
        let constraints =
            (svc.spec.placementConstraints ?? [])
            + (revision.spec.placementConstraints ?? []).map(PlacementConstraint.init)
        let strategies = svc.spec.placementStrategy ?? PlacementEngine.defaultStrategies
        let split = CapacityProviderSplit(svc.spec.capacityProviderStrategy ?? [])
        var running: [String: Int] = [:]
        // The split is the new revision's own: old tasks leave as it fills.
        for t in mine where t.taskDefinitionArn == revision.arn {
            if let p = t.capacityProviderName { running[p, default: 0] += 1 }
        }
        let providers = split.next(count, running: running)
        var batches: [(provider: String?, count: Int)] = providers.isEmpty ? [(nil, count)] : []
        for p in providers {
            if let last = batches.last, last.provider == p {
                batches[batches.count - 1].count += 1
            } else {
                batches.append((p, 1))
            }
        }
        var launched: [String] = []
        for batch in batches {
            var needs = requirements
            if let p = batch.provider {
                needs.fargate = CapacityProviderSplit.fargateProviders.contains(p)
            }
            let engine = PlacementEngine(
                .init(
                    requirements: needs, group: group, constraints: constraints,
                    strategies: strategies))
            for outcome in engine.place(batch.count, on: &candidates, rng: &rng) {
                switch outcome {
                case .unplaceable(let reason):
                    context.event(
                        cluster: svc.cluster, service: svc.name,
                        ServiceEventText.unableToPlace(svc.name, reason))
                case .placed(let k):
                    launched.append(
                        launch(
                            context, svc, revision: revision, requirements: needs,
                            instance: candidates[k].id,
                            provider: batch.provider, deployment: deployment))
                case .serverless:
                    launched.append(
                        launch(
                            context, svc, revision: revision, requirements: needs, instance: nil,
                            provider: batch.provider,
                            deployment: deployment))
                }
            }
        }
        return launched
    }

    /// DAEMON: how many instances satisfy the service's memberOf constraints
    /// (ECS sets a daemon service's desired count to that).
    func daemonEligible(
        _ svc: ServiceState, context: StepContext, instances: [ContainerInstanceState]
    ) throws -> Int {
        let exprs = (svc.spec.placementConstraints ?? []).filter { $0.type == "memberOf" }
            .compactMap { $0.expression.flatMap { try? PlacementExpression.parse($0) } }
        let eligible = PlacementCandidate.from(instances: instances, tasks: []).filter { c in
            exprs.allSatisfy {
                $0.matches(InstanceFacts(instanceId: c.id, attributes: c.attributes, taskGroups: []))
            }
        }.count
        if eligible != svc.desiredCount {
            try context.db.execute(
                sql: "UPDATE services SET desired_count = ? WHERE cluster = ? AND name = ?",
                arguments: [eligible, svc.cluster, svc.name])
        }
        return eligible
    }

    /// DAEMON: one task per free instance that satisfies the constraints. An
    /// instance still running an older revision's task is freed by the controller first.
    func placeDaemon(
        _ context: StepContext, _ svc: ServiceState, revision: TaskDefinitionRevision,
        deployment: String, mine: [SimTask],
        candidates: inout PlacementIndex
    ) -> [String] {
        let requirements = TaskRequirements(revision.spec, launchType: svc.spec.launchType)
        let constraints =
            (svc.spec.placementConstraints ?? [])
            + (revision.spec.placementConstraints ?? []).map(PlacementConstraint.init)
        let occupied = Set(mine.compactMap(\.containerInstanceId))
        var launched: [String] = []
        for k in candidates.indices where !occupied.contains(candidates[k].id) {
            var single = [candidates[k]]
            var rng = SeededGenerator(seed: 1)
            let engine = PlacementEngine(
                .init(
                    requirements: requirements, group: "service:" + svc.name,
                    constraints: constraints, strategies: []))
            switch engine.place(on: &single, rng: &rng) {
            case .placed:
                candidates.charge(k, requirements, group: "service:" + svc.name)
                launched.append(
                    launch(
                        context, svc, revision: revision, requirements: requirements,
                        instance: candidates[k].id, deployment: deployment))
            case .unplaceable(let reason):
                if !reason.hasPrefix("no instance matches memberOf") {
                    context.event(
                        cluster: svc.cluster, service: svc.name,
                        ServiceEventText.unableToPlace(svc.name, "on \(candidates[k].id): \(reason)"))
                }
            case .serverless:
                break
            }
        }
        return launched
    }

    func launch(
        _ context: StepContext, _ svc: ServiceState, revision: TaskDefinitionRevision,
        requirements: TaskRequirements, instance: String?,
        provider: String? = nil, deployment: String
    ) -> String {
        let id = context.ids.taskID()
        // ECS marks a service's tasks as started by the deployment that started them.
        context.launch(
            TaskInsert(
                id: id, arn: naming.taskArn(cluster: svc.cluster, id: id), cluster: svc.cluster,
                service: svc.name, group: "service:" + svc.name, startedBy: deployment,
                taskDefinitionArn: revision.arn, containerInstanceId: instance,
                cpu: requirements.cpu, memory: requirements.memory,
                hostPorts: Rows.hostPortsText(requirements.hostPorts), capacityProvider: provider))
        return id
    }

    /// Stops tasks, each with its reason, in one statement: a step of a large
    /// rollout stops thousands of tasks across a thousand services, and their
    /// reasons name each service's deployment.
    func stop(_ db: Database, _ stops: [(SimTask, String)], context: StepContext) throws {
        guard !stops.isEmpty else { return }
        var rows = JSONRows()
        for (task, reason) in stops { rows.append(task.id, reason) }
        try db.cachedStatement(sql: """
            UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = j.reason,
              stopped_serial = ?, \(TaskExpiry.stampStoppedAt)
            FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS reason
                  FROM json_each(?)) AS j
            WHERE tasks.id = j.id
            """).execute(arguments: [context.serial, rows.text])
    }
}
