import ECSPlanCore
import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Reads the rows of a `SELECT \(Rows.taskColumns) … FROM tasks` straight
/// from the statement's columns, as `Rows.task` would decode them. A plan of
/// 10 000 services reads 100 000 tasks, and making a String of each of their
/// ten texts was most of that read. Rows come in table order, where a
/// service's tasks lie together and share their group, deployment, revision,
/// instance and start time with the row before: such a value is the previous
/// row's String again (one memcmp), not a new one.
struct TaskRowReader {
    private var texts = [RepeatedText](repeating: RepeatedText(), count: Rows.taskColumnCount)
    private var lastPorts: (text: String, ports: [Int]) = ("[]", [])

    /// Every row `sql` selects; `extra` reads the columns after the task's.
    static func forEach(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments(),
        _ body: (TaskState, _ extra: (Int32) -> String?) throws -> Void
    ) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let s = statement.sqliteStatement
        // Reset, and the bound text (a round's service keys) let go, however the loop ends.
        defer { sqlite3_reset(s); sqlite3_clear_bindings(s) }
        var reader = TaskRowReader()
        var extras = RepeatedText()
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: sql)
            }
            try body(try reader.task(s, sql: sql)) { extras.read(s, $0) }
        }
    }

    static func all(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    ) throws -> [TaskState] {
        var tasks: [TaskState] = []
        try forEach(db, sql: sql, arguments: arguments) { task, _ in tasks.append(task) }
        return tasks
    }

    private mutating func task(_ s: OpaquePointer, sql: String) throws -> TaskState {
        func required(_ i: Int32) throws -> String {
            guard let value = texts[Int(i)].read(s, i) else {
                let column = sqlite3_column_name(s, i).map { String(cString: $0) } ?? "?"
                throw DatabaseError(
                    resultCode: .SQLITE_MISMATCH,
                    message: "a task row has NULL in column \(i) (\(column)), which may not be", sql: sql)
            }
            return value
        }
        func optional(_ i: Int32) -> String? { texts[Int(i)].read(s, i) }
        let portsText = try required(12)
        if portsText != lastPorts.text { lastPorts = (portsText, try Rows.hostPorts(portsText)) }
        return TaskState(
            id: try required(0), arn: try required(1), cluster: try required(2), group: try required(3),
            startedBy: optional(4), taskDefinitionArn: try required(5), containerInstanceId: optional(6),
            lastStatus: try required(7), desiredStatus: try required(8), stoppedReason: optional(9),
            cpu: Int(sqlite3_column_int64(s, 10)), memory: Int(sqlite3_column_int64(s, 11)),
            hostPorts: lastPorts.ports, capacityProviderName: optional(13), startedAt: optional(14))
    }
}

/// One text column read row after row: the previous row's String when the
/// bytes are the same.
struct RepeatedText {
    private var last = ""

    mutating func read(_ s: OpaquePointer, _ i: Int32) -> String? {
        guard sqlite3_column_type(s, i) != SQLITE_NULL, let text = sqlite3_column_text(s, i) else { return nil }
        let count = Int(sqlite3_column_bytes(s, i))
        if last.utf8.count == count {
            let same = last.withUTF8 { bytes in
                count == 0 || bytes.baseAddress.map { memcmp($0, text, count) == 0 } ?? false
            }
            if same { return last }
        }
        last = String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        return last
    }
}
