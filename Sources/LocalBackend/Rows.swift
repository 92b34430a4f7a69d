import ECSPlanCore
import GRDB

/// Row ↔ value conversions for the state tables.
enum Rows {
    static func cluster(_ row: Row) throws -> ClusterState {
        ClusterState(name: row["name"], arn: row["arn"], status: row["status"], managed: row["managed"], spec: try JSON.decode(Cluster.self, row["spec"]))
    }

    static func instance(_ row: Row) throws -> ContainerInstanceState {
        ContainerInstanceState(id: row["id"], arn: row["arn"], cluster: row["cluster"], attributes: try JSON.decode([String: String].self, row["attributes"]),
                               cpu: row["cpu"], memory: row["memory"], status: row["status"])
    }

    static func revision(_ row: Row) throws -> TaskDefinitionRevision {
        try revision(row, spec: JSON.decode(TaskDefinition.self, row["spec"]))
    }

    static func revision(_ row: Row, spec: TaskDefinition) -> TaskDefinitionRevision {
        TaskDefinitionRevision(family: row["family"], revision: row["revision"], arn: row["arn"], status: row["status"], managed: row["managed"], spec: spec)
    }

    static func service(_ row: Row) throws -> ServiceState {
        try service(row, spec: JSON.decode(Service.self, row["spec"]))
    }

    static func service(_ row: Row, spec: Service) -> ServiceState {
        ServiceState(cluster: row["cluster"], name: row["name"], arn: row["arn"], status: row["status"], managed: row["managed"],
                     taskDefinitionArn: row["task_definition_arn"], desiredCount: row["desired_count"], spec: spec)
    }

    /// Decodes the `spec` column of every row on all cores: at 10 000 task
    /// definitions this JSON decoding is most of reading the state.
    static func specs<T: Decodable & Sendable>(_ type: T.Type, of rows: [Row]) throws -> [T] {
        try Parallel.map(rows.map { $0["spec"] as String }) { try JSON.decode(T.self, $0) }
    }

    static func deployment(_ row: Row) -> Deployment {
        Deployment(id: row["id"], status: row["status"], taskDefinitionArn: row["task_definition_arn"], desiredCount: row["desired_count"],
                   failedTasks: row["failed_tasks"], rolloutState: row["rollout_state"], rolloutStateReason: row["rollout_state_reason"])
    }

    static func task(_ row: Row) throws -> TaskState {
        TaskState(id: row["id"], arn: row["arn"], cluster: row["cluster"], group: row["group_name"], startedBy: row["started_by"],
                  taskDefinitionArn: row["task_definition_arn"], containerInstanceId: row["container_instance_id"], lastStatus: row["last_status"],
                  desiredStatus: row["desired_status"], stoppedReason: row["stopped_reason"], cpu: row["cpu"], memory: row["memory"],
                  hostPorts: try hostPorts(row["host_ports"]))
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

    static func insert(_ t: TaskState, service: String?, serial: Int, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO tasks(id, arn, cluster, service, group_name, started_by, task_definition_arn, container_instance_id,
                              last_status, desired_status, stopped_reason, cpu, memory, host_ports, created_serial)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [t.id, t.arn, t.cluster, service, t.group, t.startedBy, t.taskDefinitionArn, t.containerInstanceId,
                             t.lastStatus, t.desiredStatus, t.stoppedReason, t.cpu, t.memory, try JSON.string(t.hostPorts), serial])
    }
}
