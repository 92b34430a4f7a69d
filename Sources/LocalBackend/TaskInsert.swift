import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A PENDING task a simulator step started, as its row is inserted.
struct TaskInsert {
    var id: String
    var arn: String
    var cluster: String
    var service: String
    var group: String
    var startedBy: String
    var taskDefinitionArn: String
    var containerInstanceId: String?
    var cpu: Int
    var memory: Int
    var hostPorts: String
    var capacityProvider: String?

    static let sql = """
        INSERT INTO tasks(id, arn, cluster, service, group_name, started_by, task_definition_arn,
                          container_instance_id, last_status, desired_status, cpu, memory, host_ports,
                          created_serial, capacity_provider)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 'RUNNING', ?, ?, ?, ?, ?)
        """

    /// Inserts `tasks` with one compiled statement, binding each value
    /// straight from its string: a step of a large rollout starts thousands
    /// of tasks, and GRDB's boxing of each argument cost as much as SQLite's
    /// insert of the row.
    static func insert(_ tasks: [TaskInsert], serial: Int, _ db: Database) throws {
        guard !tasks.isEmpty else { return }
        let statement = try db.cachedStatement(sql: sql)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s); sqlite3_clear_bindings(s) }
        for t in tasks {
            sqlite3_reset(s)
            var code = SQLITE_OK
            func text(_ value: String?, _ index: CInt) {
                guard code == SQLITE_OK else { return }
                guard var value else { code = sqlite3_bind_null(s, index); return }
                code = value.withUTF8 { sqlite3_bind_text(s, index, $0.baseAddress, CInt($0.count), transient) }
            }
            func int(_ value: Int, _ index: CInt) {
                if code == SQLITE_OK { code = sqlite3_bind_int64(s, index, Int64(value)) }
            }
            text(t.id, 1)
            text(t.arn, 2)
            text(t.cluster, 3)
            text(t.service, 4)
            text(t.group, 5)
            text(t.startedBy, 6)
            text(t.taskDefinitionArn, 7)
            text(t.containerInstanceId, 8)
            int(t.cpu, 9)
            int(t.memory, 10)
            text(t.hostPorts, 11)
            int(serial, 12)
            text(t.capacityProvider, 13)
            if code == SQLITE_OK { code = sqlite3_step(s) }
            guard code == SQLITE_DONE else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: sql)
            }
        }
    }

    /// SQLite copies each value: the strings need not outlive the bind.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
