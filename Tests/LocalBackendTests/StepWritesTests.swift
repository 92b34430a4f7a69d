import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

/// What a simulator step writes in bulk: its events in one statement (each
/// service keeping its newest 100), its new tasks through one bound statement,
/// their ids from a generator seeded once per step.
@Suite struct StepWritesTests {
    func withStep<T>(_ body: (StepContext) throws -> T) throws -> T {
        let database = try StateDatabase.inMemory()
        return try database.db.write { db in
            try body(StepContext(db: db, serial: 7, now: 0, naming: Naming(region: "us-east-1")))
        }
    }

    func events(_ db: Database, _ service: String) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT message FROM service_events WHERE cluster = 'prod' AND service = ? ORDER BY id",
            arguments: [service])
    }

    @Test func eachServiceKeepsItsNewestHundredEventsInTheOrderWritten() throws {
        try withStep { step in
            for i in 0..<150 { step.event(cluster: "prod", service: "web", "web \(i)") }
            for i in 0..<3 { step.event(cluster: "prod", service: "api", "api \(i)") }
            // The same name in another cluster is another service.
            step.event(cluster: "staging", service: "web", "staging web")
            try step.flushEvents()
            #expect(try events(step.db, "web") == (50..<150).map { "web \($0)" })
            #expect(try events(step.db, "api") == ["api 0", "api 1", "api 2"])
            let staging = try Int.fetchOne(
                step.db, sql: "SELECT COUNT(*) FROM service_events WHERE cluster = 'staging'")
            #expect(staging == 1)
            #expect(try Int.fetchOne(step.db, sql: "SELECT DISTINCT serial FROM service_events") == 7)

            // A later step's events push the oldest out.
            step.event(cluster: "prod", service: "web", "web 150")
            try step.flushEvents()
            #expect(try events(step.db, "web") == (51...150).map { "web \($0)" })
        }
    }

    func task(_ id: String, provider: String? = nil, instance: String? = "i-1") -> TaskInsert {
        TaskInsert(
            id: id, arn: "arn:aws:ecs:us-east-1:123456789012:task/prod/\(id)", cluster: "prod", service: "web",
            group: "service:web", startedBy: "ecs-svc/1", taskDefinitionArn: "arn:td/web:1",
            containerInstanceId: instance, cpu: 256, memory: 512, hostPorts: "[8080]", capacityProvider: provider)
    }

    @Test func startedTasksAreInsertedPendingWithEveryColumn() throws {
        try withStep { step in
            step.launch(task("a"))
            step.launch(task("b", provider: "FARGATE", instance: nil))
            try step.flushLaunches()
            let rows = try Row.fetchAll(step.db, sql: """
                SELECT id, arn, container_instance_id, last_status, desired_status, cpu, memory, host_ports,
                       created_serial, capacity_provider, started_at
                FROM tasks ORDER BY id
                """)
            #expect(rows.count == 2)
            #expect(rows[0]["arn"] == "arn:aws:ecs:us-east-1:123456789012:task/prod/a")
            #expect(rows[0]["container_instance_id"] == "i-1")
            #expect(rows[0]["last_status"] == "PENDING")
            #expect(rows[0]["desired_status"] == "RUNNING")
            #expect(rows[0]["cpu"] == 256)
            #expect(rows[0]["memory"] == 512)
            #expect(rows[0]["host_ports"] == "[8080]")
            #expect(rows[0]["created_serial"] == 7)
            #expect(rows[0]["started_at"] == nil as String?)
            #expect(rows[0]["capacity_provider"] == nil as String?)
            #expect(rows[1]["container_instance_id"] == nil as String?)
            #expect(rows[1]["capacity_provider"] == "FARGATE")
        }
    }

    /// No trigger stamps tasks (a trigger cost each insert a statement journal,
    /// each updated row a sub-program): a task inserted RUNNING without a start
    /// time starts now, one with a start time keeps it, a PENDING one has none
    /// yet (a step stamps it as it turns RUNNING: SchedulerTests).
    @Test func aTaskInsertedRunningIsStampedWithoutATrigger() throws {
        try withStep { step in
            let triggers = try String.fetchAll(step.db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'tasks' ORDER BY name
                """)
            #expect(triggers.isEmpty)
            func state(_ id: String, _ status: String, startedAt: String? = nil) -> TaskState {
                TaskState(id: id, arn: "arn:aws:ecs:us-east-1:123456789012:task/prod/\(id)", cluster: "prod",
                          group: "service:web", startedBy: nil, taskDefinitionArn: "arn:td/web:1",
                          containerInstanceId: nil, lastStatus: status, cpu: 256, memory: 512, hostPorts: [],
                          startedAt: startedAt)
            }
            try Rows.insert(state("r", "RUNNING"), service: "web", serial: 7, step.db)
            let kept = state("k", "RUNNING", startedAt: "2026-01-02T03:04:05Z")
            try Rows.insert(kept, service: "web", serial: 7, step.db)
            try Rows.insert(state("p", "PENDING"), service: "web", serial: 7, step.db)
            let rows = try Row.fetchAll(step.db, sql: "SELECT id, started_at FROM tasks")
            let started = Dictionary(uniqueKeysWithValues: rows.map { row in
                (row["id"] as String, row["started_at"] as String?)
            })
            #expect(started["r"]??.hasSuffix("Z") == true && started["r"]??.count == 20)
            #expect(started["k"] == "2026-01-02T03:04:05Z")
            #expect(started["p"] == .some(nil))
        }
    }

    @Test func aFailedInsertThrowsAndTheNextStillWorks() throws {
        try withStep { step in
            step.launch(task("a"))
            try step.flushLaunches()
            step.launch(task("a"))
            #expect(throws: DatabaseError.self) { try step.flushLaunches() }
            step.launch(task("c"))
            try step.flushLaunches()
            #expect(try String.fetchAll(step.db, sql: "SELECT id FROM tasks ORDER BY id") == ["a", "c"])
        }
    }

    static let hexDigits = Set("0123456789abcdef".utf8)

    @Test func taskIDsAreThirtyTwoLowercaseHexDigitsAndDoNotRepeat() {
        var first = TaskIDGenerator(), second = TaskIDGenerator()
        var seen: Set<String> = []
        for _ in 0..<10_000 {
            for id in [first.taskID(), second.taskID()] {
                #expect(id.utf8.count == 32)
                let hex = id.utf8.allSatisfy { b in Self.hexDigits.contains(b) }
                #expect(hex, "\(id)")
                seen.insert(id)
            }
        }
        #expect(seen.count == 20_000)
    }
}
