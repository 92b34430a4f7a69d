import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

/// Task rows read straight from the statement equal `Rows.task` of the same
/// rows, whether a value repeats the row before (the reader hands the previous
/// String back) or differs from it in a byte, its length, or NULL.
@Suite struct TaskRowReaderTests {
    static func task(_ i: Int, _ rng: inout SeededGenerator) -> TaskState {
        func pick<T>(_ options: [T]) -> T { options[Int(rng.next() % UInt64(options.count))] }
        let id = String(format: "%032x", i)
        return TaskState(
            id: id, arn: "arn:aws:ecs:us-east-1:123456789012:task/prod/" + id,
            cluster: pick(["prod", "staging", ""]), group: pick(["service:web", "service:webx", "service:wéb"]),
            startedBy: pick([nil, "ecs-svc/1", "ecs-svc/2", ""]),
            taskDefinitionArn: pick(["arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
                                     "arn:aws:ecs:us-east-1:123456789012:task-definition/web:2"]),
            containerInstanceId: pick([nil, "i-1", "i-2", "i-10"]),
            lastStatus: pick(["PENDING", "RUNNING"]), desiredStatus: "RUNNING",
            stoppedReason: pick([nil, "why \"not\"\n"]),
            cpu: pick([256, 512]), memory: pick([512, 1024]), hostPorts: pick([[], [8080], [8080, 8081], [80]]),
            capacityProviderName: pick([nil, "FARGATE"]),
            startedAt: pick([nil, "2026-12-07T20:00:00Z", "2026-12-07T20:00:01Z"]))
    }

    @Test func readsWhatRowsTaskDecodesRowForRow() throws {
        let database = try StateDatabase.inMemory()
        var rng = SeededGenerator(seed: 11)
        // Runs of equal values (as a service's tasks lie together) and changes between them.
        var tasks: [TaskState] = []
        for i in 0..<400 {
            tasks.append(i % 7 == 0 || tasks.isEmpty ? Self.task(i, &rng) : {
                var t = tasks[tasks.count - 1]
                t.id = String(format: "%032x", i)
                t.arn = "arn:aws:ecs:us-east-1:123456789012:task/prod/" + t.id
                return t
            }())
        }
        try database.db.write { db in
            for t in tasks { try Rows.insert(t, service: "web", serial: 1, db) }
        }
        let sql = "SELECT \(Rows.taskColumns) FROM tasks"
        let (read, decoded) = try database.db.read { db in
            (try Rows.tasks(db, sql: sql), try Row.fetchAll(db, sql: sql).map(Rows.task))
        }
        #expect(read.count == 400)
        #expect(read == decoded)
        #expect(Set(read.map(\.id)) == Set(tasks.map(\.id)))
    }

    @Test func extraColumnsAndArgumentsAreRead() throws {
        let database = try StateDatabase.inMemory()
        var rng = SeededGenerator(seed: 3)
        try database.db.write { db in
            for i in 0..<5 { try Rows.insert(Self.task(i, &rng), service: i < 3 ? "web" : nil, serial: 1, db) }
        }
        var services: [String?] = []
        try database.db.read { db in
            try TaskRowReader.forEach(
                db, sql: "SELECT \(Rows.taskColumns), service FROM tasks WHERE cpu > ? ORDER BY id", arguments: [0]
            ) { _, extra in services.append(extra(Int32(Rows.taskColumnCount))) }
        }
        #expect(services == ["web", "web", "web", nil, nil])
    }

    /// A NULL where a task must have a value is an error naming the column, not a crash.
    @Test func aNullInARequiredColumnIsAnError() throws {
        let database = try StateDatabase.inMemory()
        var rng = SeededGenerator(seed: 5)
        try database.db.write { db in try Rows.insert(Self.task(1, &rng), service: "web", serial: 1, db) }
        let columns = Rows.taskColumns.replacingOccurrences(
            of: "task_definition_arn", with: "NULL AS task_definition_arn")
        let sql = "SELECT " + columns + " FROM tasks"
        #expect {
            try database.db.read { db in try Rows.tasks(db, sql: sql) }
        } throws: { error in
            // The message itself names it (the SQL, which the error also carries, would anyway).
            (error as? DatabaseError)?.message?.contains("column 5 (task_definition_arn)") ?? false
        }
    }
}
