import ECSPlanCore
import Foundation
import GRDB

/// One-off tasks in the simulator: RunTask places them like a service's tasks
/// (capacity, ports, constraints), they start at the next step and finish at
/// the one after, their essential containers exiting 0 unless
/// `state simulate exit-code` set another code for the family.
extension SimulatedECSProvider: TaskRunner {
    /// The containers of a one-off task, as recorded at RunTask and completed at its stop.
    struct OneOffContainer: Codable {
        var name: String
        var essential: Bool
        var exitCode: Int?
    }

    public func runTask(_ request: ECS.RunTaskRequest) async throws -> ECS.RunTaskResponse {
        try await runTask(request, step: StepRecord.adhoc("task-definition/" + request.taskDefinition, "run"))
    }

    public func runTask(_ request: ECS.RunTaskRequest, step: StepRecord) async throws -> ECS.RunTaskResponse {
        let cluster = request.cluster.map { ARNName.name(fromArn: $0) } ?? "default"
        let count = request.count ?? 1
        guard (1...10).contains(count) else { throw BackendError("count must be between 1 and 10 (RunTask's limit), not \(count)") }
        return try mutate(step) { db, serial in
            guard try String.fetchOne(db, sql: "SELECT name FROM clusters WHERE name = ? AND status = 'ACTIVE'", arguments: [cluster]) != nil else {
                throw BackendError("cluster \(cluster) does not exist (ClusterNotFoundException)")
            }
            let revision = try self.revision(request.taskDefinition, db)
            var requirements = TaskRequirements(revision.spec, launchType: request.launchType)
            // Under a capacity-provider strategy, the first weighted provider decides (base is for services).
            if let provider = (request.capacityProviderStrategy ?? []).first(where: { ($0.weight ?? 0) > 0 || ($0.base ?? 0) > 0 })?.capacityProvider {
                requirements.fargate = CapacityProviderSplit.fargateProviders.contains(provider)
            }
            let instances = try Row.fetchAll(db, sql: "SELECT * FROM container_instances WHERE cluster = ? AND status = 'ACTIVE' ORDER BY position",
                                             arguments: [cluster]).map(Rows.instance)
            let active = try Rows.tasks(db, sql: "SELECT \(Rows.taskColumns) FROM tasks WHERE cluster = ? AND last_status != 'STOPPED'", arguments: [cluster])
            var candidates = PlacementIndex(PlacementCandidate.from(instances: instances, tasks: active))
            let group = request.group ?? "family:" + revision.family
            let constraints = (request.placementConstraints ?? []) + (revision.spec.placementConstraints ?? []).map(PlacementConstraint.init)
            let engine = PlacementEngine(.init(requirements: requirements, group: group, constraints: constraints, strategies: request.placementStrategy ?? []))
            var rng = SeededGenerator(seed: UInt64(truncatingIfNeeded: serial))
            let containers = revision.spec.definition.containerDefinitions.map {
                OneOffContainer(name: $0.name ?? "", essential: $0.essential ?? true, exitCode: nil)
            }
            var response = ECS.RunTaskResponse(tasks: [], failures: [])
            for outcome in engine.place(count, on: &candidates, rng: &rng) {
                var instance: String?
                switch outcome {
                case .unplaceable(let reason):
                    response.failures?.append(ECS.Failure(arn: revision.arn, reason: "RESOURCE", detail: reason))
                    continue
                case .placed(let k): instance = candidates[k].id
                case .serverless: instance = nil
                }
                let id = Naming.taskID()
                let provider = request.capacityProviderStrategy?.first?.capacityProvider
                let task = TaskState(id: id, arn: self.naming.taskArn(cluster: cluster, id: id), cluster: cluster, group: group,
                                     startedBy: request.startedBy, taskDefinitionArn: revision.arn, containerInstanceId: instance, lastStatus: "PENDING",
                                     cpu: requirements.cpu, memory: requirements.memory, hostPorts: requirements.hostPorts, capacityProviderName: provider)
                try Rows.insert(task, service: nil, serial: serial, db)
                let launchType = request.launchType?.rawValue ?? (requirements.fargate ? "FARGATE" : "EC2")
                try db.execute(sql: "INSERT INTO one_off_tasks(task_id, launch_type, containers, overrides) VALUES (?, ?, ?, ?)",
                               arguments: [id, launchType, try JSON.string(containers), try request.overrides.map { try JSON.string($0) }])
                response.tasks?.append(try self.oneOffTask(arn: task.arn, db) ?? ECS.Task(taskArn: task.arn))
            }
            return response
        }
    }

    /// A journal entry at the current serial: it records, it changes nothing.
    public func recordStep(_ step: StepRecord) async throws {
        try write { db in
            try db.execute(sql: "INSERT INTO journal(run_id, address, action, detail, serial) VALUES (?, ?, ?, ?, ?)",
                           arguments: [step.runID, step.address, step.action, step.detail, try StateDatabase.serial(db)])
        }
    }

    public func describeTasks(cluster: String, taskArns: [String]) async throws -> ECS.DescribeTasksResponse {
        try read { db in
            var response = ECS.DescribeTasksResponse(tasks: [], failures: [])
            for arn in taskArns {
                if let task = try self.oneOffTask(arn: arn, db) {
                    response.tasks?.append(task)
                } else {
                    response.failures?.append(ECS.Failure(arn: arn, reason: "MISSING"))
                }
            }
            return response
        }
    }

    /// One scheduler step; then the one-off tasks that were already RUNNING
    /// before it finish, so `run --wait` sees each task RUNNING once.
    public func awaitTaskProgress() async throws {
        try write { db in
            let running = try String.fetchAll(db, sql: """
                SELECT t.id FROM one_off_tasks o CROSS JOIN tasks t ON t.id = o.task_id
                WHERE t.last_status = 'RUNNING' ORDER BY t.id
                """)
            _ = try self.simulator.step(db)
            guard !running.isEmpty else { return }
            let serial = try StateDatabase.bumpSerial(db)
            for id in running { try self.finish(id, serial: serial, db) }
        }
    }

    /// The essential containers exit with the family's simulated code (0 by default), the others with 0.
    func finish(_ id: String, serial: Int, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT o.containers, d.family FROM one_off_tasks o JOIN tasks t ON t.id = o.task_id
            JOIN task_definitions d ON d.arn = t.task_definition_arn WHERE o.task_id = ?
            """, arguments: [id]) else { return }
        let code = try Int.fetchOne(db, sql: "SELECT code FROM simulated_exit_codes WHERE family = ?", arguments: [row["family"] as String]) ?? 0
        let containers = try JSON.decode([OneOffContainer].self, row["containers"] as String).map {
            OneOffContainer(name: $0.name, essential: $0.essential, exitCode: $0.essential ? code : 0)
        }
        try db.execute(sql: "UPDATE one_off_tasks SET containers = ?, stop_code = 'EssentialContainerExited' WHERE task_id = ?",
                       arguments: [try JSON.string(containers), id])
        try db.execute(sql: """
            UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = 'Essential container in task exited', stopped_serial = ?,
                \(TaskExpiry.stampStoppedAt)
            WHERE id = ?
            """, arguments: [serial, id])
    }

    /// A task RunTask started, as DescribeTasks reports it; nil when there is none.
    func oneOffTask(arn: String, _ db: Database) throws -> ECS.Task? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(Rows.taskColumns), o.launch_type, o.containers, o.stop_code, o.overrides
            FROM tasks JOIN one_off_tasks o ON o.task_id = tasks.id
            WHERE tasks.id = ? AND tasks.arn = ?
            """, arguments: [TaskState.id(fromArn: arn), arn]) else { return nil }
        let state = try Rows.task(row)
        let containers = try JSON.decode([OneOffContainer].self, row["containers"] as String)
        var task = ECS.Task(taskArn: state.arn)
        task.clusterArn = naming.clusterArn(state.cluster)
        task.taskDefinitionArn = state.taskDefinitionArn
        task.lastStatus = state.lastStatus
        task.desiredStatus = state.desiredStatus
        task.group = state.group
        task.startedBy = state.startedBy
        task.launchType = (row["launch_type"] as String?).map { ECS.LaunchType(rawValue: $0) }
        task.capacityProviderName = state.capacityProviderName
        task.cpu = String(state.cpu)
        task.memory = String(state.memory)
        task.stoppedReason = state.stoppedReason
        if state.lastStatus == "STOPPED" {
            // Stopped without an exit: the simulator's start failure.
            task.stopCode = ECS.TaskStopCode(rawValue: (row["stop_code"] as String?) ?? "TaskFailedToStart")
        }
        if let overrides = row["overrides"] as String? { task.overrides = try JSON.decode(ECS.TaskOverride.self, overrides) }
        task.containers = containers.map { c in
            ECS.Container(taskArn: state.arn, name: c.name, lastStatus: state.lastStatus, exitCode: c.exitCode,
                          reason: state.lastStatus == "STOPPED" && c.exitCode == nil ? state.stoppedReason : nil)
        }
        return task
    }

    /// An ARN, `family:revision`, or a family (its newest ACTIVE revision), as RunTask takes them.
    func revision(_ reference: String, _ db: Database) throws -> TaskDefinitionRevision {
        let name = reference.hasPrefix("arn:") ? ARNName.name(fromArn: reference) : reference
        let ref = TaskDefinitionRef(name)
        let row: Row?
        if let number = ref.revision {
            row = try Row.fetchOne(db, sql: """
                SELECT \(Rows.revisionColumns) FROM task_definitions WHERE family = ? AND revision = ?
                """, arguments: [ref.family, number])
        } else {
            row = try Row.fetchOne(db, sql: """
                SELECT \(Rows.revisionColumns) FROM task_definitions WHERE family = ? AND status = 'ACTIVE'
                ORDER BY revision DESC LIMIT 1
                """, arguments: [ref.family])
        }
        guard let row, (row["status"] as String) == "ACTIVE" else {
            throw BackendError("task definition \(name) is not registered and active (ClientException: TaskDefinition not found)")
        }
        return try Rows.revision(row)
    }

    // MARK: Simulator knob

    /// The essential containers of FAMILY's one-off tasks exit with `code`; nil restores 0.
    public func setSimulatedExitCode(family: String, code: Int?) throws {
        try write { db in
            if let code {
                try db.execute(sql: "INSERT OR REPLACE INTO simulated_exit_codes(family, code) VALUES (?, ?)", arguments: [family, code])
            } else {
                try db.execute(sql: "DELETE FROM simulated_exit_codes WHERE family = ?", arguments: [family])
            }
        }
    }
}

/// The last part of an ECS ARN (`…:cluster/prod` → `prod`, `…:task-definition/web:3` → `web:3`).
enum ARNName {
    static func name(fromArn arn: String) -> String { String(arn.split(separator: "/").last ?? Substring(arn)) }
}

extension Schema {
    /// One-off tasks' containers (with their exit codes once stopped), and the
    /// test-only exit codes of `state simulate exit-code`.
    static func oneOffTasks(_ db: Database) throws {
        try db.create(table: "one_off_tasks") { t in
            t.primaryKey("task_id", .text)
            t.column("launch_type", .text)
            t.column("containers", .text).notNull()
            t.column("stop_code", .text)
            t.column("overrides", .text)
        }
        try db.create(table: "simulated_exit_codes") { t in
            t.primaryKey("family", .text)
            t.column("code", .integer).notNull()
        }
    }
}
