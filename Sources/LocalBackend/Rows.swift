import ECSPlanCore
import GRDB

/// Row ↔ value conversions for the state tables.
enum Rows {
    static func cluster(_ row: Row) throws -> ClusterState {
        ClusterState(name: row["name"], arn: row["arn"], status: row["status"], managed: row["managed"], spec: try JSON.decode(Cluster.self, row["spec"]))
    }

    static func instance(_ row: Row) throws -> ContainerInstanceState {
        let text: String = row["attributes"]
        let attributes = try JSONStringMap.decode(text) ?? JSON.decode([String: String].self, text)
        return ContainerInstanceState(id: row["id"], arn: row["arn"], cluster: row["cluster"], attributes: attributes,
                                      cpu: row["cpu"], memory: row["memory"], status: row["status"])
    }

    /// The columns `revision(_:)` reads, by position (as `taskColumns`): a
    /// state holds 10 000 of them, and GRDB lowercases a name at each lookup.
    static let revisionColumns = "family, revision, arn, status, managed, spec, content_digest"
    static let revisionSpecColumn = 5
    static let revisionDigestColumn = 6

    /// A revision from a row of `SELECT \(revisionColumns) FROM task_definitions …`.
    static func revision(_ row: Row) throws -> TaskDefinitionRevision {
        try revision(row, spec: TaskDefinition.decode(jsonText: row[revisionSpecColumn]))
    }

    static func revision(_ row: Row, spec: TaskDefinition) -> TaskDefinitionRevision {
        TaskDefinitionRevision(family: row[0], revision: row[1], arn: row[2], status: row[3], managed: row[4],
                               spec: spec)
    }

    /// The columns `service(_:)` reads, by position.
    static let serviceColumns = "cluster, name, arn, status, managed, task_definition_arn, desired_count, spec"
    static let serviceSpecColumn = 7

    /// A service from a row of `SELECT \(serviceColumns) FROM services …`.
    /// The spec is the value this process wrote when the row holds the text
    /// it was written as (`WrittenSpecs`), else decoded from the row.
    static func service(_ row: Row, written: WrittenServices? = nil) throws -> ServiceState {
        let json: String = row[serviceSpecColumn]
        if let written, let spec = written.spec(ServiceName(cluster: row[0], name: row[1]), json: json) {
            return service(row, spec: spec)
        }
        return try service(row, spec: Service.decode(jsonText: json))
    }

    static func service(_ row: Row, spec: Service) -> ServiceState {
        ServiceState(cluster: row[0], name: row[1], arn: row[2], status: row[3], managed: row[4],
                     taskDefinitionArn: row[5], desiredCount: row[6], spec: spec)
    }

    /// Decodes column `column` (a spec's JSON) of every row on all cores: at
    /// 10 000 task definitions this JSON decoding is most of reading the state.
    static func specs<T: JSONTextDecodable & Sendable>(_ type: T.Type, of rows: [Row], column: Int) throws -> [T] {
        try Parallel.map(rows.map { $0[column] as String }) { try T.decode(jsonText: $0) }
    }

    /// The columns `deployment(_:)` reads, by position; the service it
    /// belongs to follows (`cluster`, `service`: 8 and 9).
    static let deploymentColumns = """
        id, status, task_definition_arn, desired_count, failed_tasks, rollout_state, rollout_state_reason, stage,
        cluster, service
        """

    /// A deployment from a row of `SELECT \(deploymentColumns) FROM deployments …`.
    static func deployment(_ row: Row) -> Deployment {
        Deployment(id: row[0], status: row[1], taskDefinitionArn: row[2], desiredCount: row[3],
                   failedTasks: row[4], rolloutState: row[5], rolloutStateReason: row[6],
                   lifecycleStage: row[7])
    }

    /// Fills each deployment's running and pending counts from the service's
    /// tasks, as DescribeServices reports them.
    static func counting<Tasks: RandomAccessCollection<TaskState>>(
        _ deployments: [Deployment], tasks: Tasks
    ) -> [Deployment] {
        deployments.map { d in
            var d = d
            // Counted in place: filtering copied every task (a dozen strings each).
            var running = 0, active = 0
            for i in tasks.indices where tasks[i].taskDefinitionArn == d.taskDefinitionArn && tasks[i].isActive {
                active += 1
                if tasks[i].lastStatus == "RUNNING" { running += 1 }
            }
            d.runningCount = running
            d.pendingCount = active - running
            return d
        }
    }

    /// The columns `task(_:)` reads, by position: a state holds 10 tasks per
    /// service, and looking 15 columns up by name (GRDB lowercases each name)
    /// cost more than building the task.
    /// The ids of one service's newest `limit` events, the service named by SQL
    /// expressions of the enclosing query: a walk of `limit` entries of
    /// `events_by_service`, however long the history it keeps (up to 100).
    static func newestEventIDs(cluster: String, service: String, limit: Int) -> String {
        """
        SELECT x.id FROM service_events x WHERE x.cluster = \(cluster) AND x.service = \(service)
        ORDER BY x.id DESC LIMIT \(limit)
        """
    }

    static let taskColumns = """
        id, arn, cluster, group_name, started_by, task_definition_arn, container_instance_id,
        last_status, desired_status, stopped_reason, cpu, memory, host_ports, capacity_provider, started_at
        """

    static let taskColumnCount = taskColumns.split(separator: ",").count

    /// A task from a row of `SELECT \(taskColumns) FROM tasks`.
    static func task(_ row: Row) throws -> TaskState {
        TaskState(id: row[0], arn: row[1], cluster: row[2], group: row[3], startedBy: row[4],
                  taskDefinitionArn: row[5], containerInstanceId: row[6], lastStatus: row[7],
                  desiredStatus: row[8], stoppedReason: row[9], cpu: row[10], memory: row[11],
                  hostPorts: try hostPorts(row[12]), capacityProviderName: row[13], startedAt: row[14])
    }

    /// Every task `sql` (a `SELECT \(taskColumns) FROM tasks …`) selects, read
    /// straight from the statement's columns (`TaskRowReader`). The statement
    /// is compiled once per connection: the simulator reads each moving
    /// service's tasks on every step.
    static func tasks(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [TaskState] {
        try TaskRowReader.all(db, sql: sql, arguments: arguments)
    }

    /// `[]` or `[8080,8081]`, as `JSON.string` writes them; read without a
    /// JSONDecoder, which cost more than the rest of a task row.
    static func hostPorts(_ text: String) throws -> [Int] {
        if text == "[]" { return [] }
        let inner = text.utf8.dropFirst().dropLast()
        guard text.utf8.first == UInt8(ascii: "["), text.utf8.last == UInt8(ascii: "]") else { return try JSON.decode([Int].self, text) }
        var ports: [Int] = []
        for part in inner.split(separator: UInt8(ascii: ",")) {
            guard let port = Int(String(decoding: part, as: UTF8.self)) else { return try JSON.decode([Int].self, text) }
            ports.append(port)
        }
        return ports
    }

    /// The JSON array `hostPorts` reads, written without a JSONEncoder: every
    /// task the simulator starts is inserted with it.
    static func hostPortsText(_ ports: [Int]) -> String {
        "[" + ports.map(String.init).joined(separator: ",") + "]"
    }

    /// A task inserted RUNNING without a start time starts now (there is no
    /// insert trigger for it: see Schema's v11).
    static func insert(_ t: TaskState, service: String?, serial: Int, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO tasks(id, arn, cluster, service, group_name, started_by, task_definition_arn, container_instance_id,
                              last_status, desired_status, stopped_reason, cpu, memory, host_ports, created_serial, capacity_provider, started_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?9, ?, ?, ?, ?, ?, ?, ?,
                    COALESCE(?17, CASE WHEN ?9 = 'RUNNING'
                                       THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END))
            """).execute(arguments: [t.id, t.arn, t.cluster, service, t.group, t.startedBy, t.taskDefinitionArn, t.containerInstanceId,
                             t.lastStatus, t.desiredStatus, t.stoppedReason, t.cpu, t.memory, hostPortsText(t.hostPorts), serial,
                             t.capacityProviderName, t.startedAt])
    }
}
