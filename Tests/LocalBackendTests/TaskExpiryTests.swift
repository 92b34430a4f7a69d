import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

@Suite struct TaskExpiryTests {
    func stoppedIDs(_ b: SimulatedECSProvider) throws -> Set<String> {
        Set(try b.database.snapshot { try String.fetchAll($0, sql: "SELECT id FROM tasks WHERE last_status = 'STOPPED'") })
    }

    func setClock(_ b: SimulatedECSProvider, _ seconds: Int) throws {
        try b.database.db.write { try SimulatedClock.set($0, seconds) }
    }

    /// When the first and the last of the stopped tasks stopped.
    func stopTimes(_ b: SimulatedECSProvider) throws -> (first: Int, last: Int) {
        let row = try b.database.snapshot { try Row.fetchOne($0, sql: "SELECT MIN(stopped_at), MAX(stopped_at) FROM tasks") }
        return (row?[0] ?? -1, row?[1] ?? -1)
    }

    /// A roll's replaced tasks stay readable for the hour ECS keeps them, and
    /// are gone from the state after it: the table no longer grows per roll.
    @Test func stoppedTasksAreForgottenAfterAnHourOfSimulatedTime() async throws {
        let b = try await makeBackend()
        let v1 = try await b.registerTaskDefinition(td("web"), step: step)
        let s = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 3)
        try await b.createService(s, taskDefinitionArn: v1.arn, desiredCount: 3, step: step)
        try await b.settle()
        let v2 = try await b.registerTaskDefinition(td("web", image: "nginx:2"), step: step)
        try await b.updateService(s, taskDefinitionArn: v2.arn, desiredCount: 3, step: step)
        try await b.settle()
        let replaced = try stoppedIDs(b)
        #expect(replaced.count == 3)
        #expect(try await b.readStoppedTasks(cluster: "prod", service: "web").count == 3)

        // The roll took steps of a minute each; its tasks stopped in the last ones.
        let roll = try stopTimes(b)
        #expect(roll.first > 0)

        // Within the hour of the first of them, steps that move the world keep them all.
        try setClock(b, roll.first + TaskExpiry.retainedSeconds - 3 * SimulatedClock.tick)
        let first = try #require(try await tasks(b).first)
        try await b.stopTasks(cluster: "prod", taskArns: [first.arn], reason: "test", step: step)
        try await b.settle()
        #expect(try stoppedIDs(b) == replaced.union([first.id]))

        // Past the hour of the last of them, the roll's tasks go; the task stopped since stays.
        try setClock(b, roll.last + TaskExpiry.retainedSeconds + 1)
        let second = try #require(try await tasks(b).first)
        try await b.stopTasks(cluster: "prod", taskArns: [second.arn], reason: "test", step: step)
        try await b.settle()
        #expect(try stoppedIDs(b) == [first.id, second.id])
        #expect(try await tasks(b).count == 3)
    }

    /// What RunTask kept of a one-off task goes with it.
    @Test func oneOffTasksAreForgottenWithTheirContainers() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("job"), step: step)
        let response = try await b.runTask(ECS.RunTaskRequest(cluster: "prod", taskDefinition: rev.arn))
        let arn = try #require(response.tasks?.first?.taskArn)
        for _ in 0..<3 { try await b.awaitTaskProgress() }
        #expect(try await b.describeTasks(cluster: "prod", taskArns: [arn]).tasks?.first?.lastStatus == "STOPPED")

        try setClock(b, try stopTimes(b).last + TaskExpiry.retainedSeconds + 1)
        _ = try await b.runTask(ECS.RunTaskRequest(cluster: "prod", taskDefinition: rev.arn))
        try await b.awaitTaskProgress()
        #expect(try await b.describeTasks(cluster: "prod", taskArns: [arn]).failures?.first?.reason == "MISSING")
        let kept = try b.database.snapshot { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM one_off_tasks") }
        #expect(kept == 1)
    }

    /// A state written before the expiry keeps its stopped tasks an hour from
    /// the migration on, not from time zero.
    @Test func theMigrationStampsTasksAlreadyStoppedWithTheClock() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v6-service-deployment-history")
        try queue.write { db in
            try SimulatedClock.set(db, 5000)
            for (id, status) in [("a", "STOPPED"), ("b", "RUNNING")] {
                try db.execute(sql: """
                    INSERT INTO tasks(id, arn, cluster, group_name, task_definition_arn, last_status, desired_status, cpu, memory, host_ports, created_serial)
                    VALUES (?, ?, 'prod', 'service:web', 'td', ?, ?, 256, 512, '[]', 1)
                    """, arguments: [id, "arn:" + id, status, status])
            }
        }
        try Schema.migrator.migrate(queue)
        let stamps = try queue.read { try Row.fetchAll($0, sql: "SELECT id, stopped_at FROM tasks ORDER BY id") }
        #expect(stamps.map { $0["stopped_at"] as Int? } == [5000, nil])
        try queue.write { try TaskExpiry.prune($0, now: 5000 + TaskExpiry.retainedSeconds) }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM tasks") } == 2)
        try queue.write { try TaskExpiry.prune($0, now: 5001 + TaskExpiry.retainedSeconds) }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT id FROM tasks") } == ["b"])
    }
}
