import ECSPlanCore
import GRDB
import Testing
import TestSupport
@testable import LocalBackend

/// A round of a watch reads its services in one snapshot and four statements,
/// with the same services, deployments, events and tasks as reading each
/// service's rows on its own (`alone`, the per-service statements it replaced).
@Suite struct ServiceBatchReadTests {
    /// One service read the plain way: its row, its deployments newest first,
    /// its newest ten events oldest first, its tasks not STOPPED by id.
    static func alone(_ db: Database, _ name: ServiceName) throws -> (ServiceState, [TaskState])? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT \(Rows.serviceColumns) FROM services WHERE cluster = ? AND name = ?",
            arguments: [name.cluster, name.name]) else { return nil }
        var s = try Rows.service(row)
        s.deployments = try Row.fetchAll(db, sql: """
            SELECT \(Rows.deploymentColumns) FROM deployments WHERE cluster = ? AND service = ?
            ORDER BY created_serial DESC
            """, arguments: [name.cluster, name.name]).map(Rows.deployment)
        s.events = try String.fetchAll(db, sql: """
            SELECT message FROM service_events WHERE cluster = ? AND service = ? ORDER BY id DESC LIMIT 10
            """, arguments: [name.cluster, name.name]).reversed()
        let tasks = try Row.fetchAll(db, sql: """
            SELECT \(Rows.taskColumns) FROM tasks
            WHERE cluster = ? AND service = ? AND last_status != 'STOPPED' ORDER BY id
            """, arguments: [name.cluster, name.name]).map(Rows.task)
        s.deployments = Rows.counting(s.deployments, tasks: tasks)
        return (s, tasks)
    }

    static func expectEachReadAlone(_ b: SimulatedECSProvider, _ names: [ServiceName]) async throws {
        let together = try await b.readServices(names)
        #expect(together.count == names.count)
        for (name, read) in zip(names, together) {
            let expected = try b.database.snapshot { try alone($0, name) }
            #expect(read?.0 == expected?.0 && read?.1 == expected?.1, "\(name.name)")
            let single = try await b.readService(cluster: name.cluster, name: name.name)
            #expect(single?.0 == expected?.0 && single?.1 == expected?.1, "\(name.name) read alone")
        }
    }

    @Test func servicesReadTogetherEqualEachReadAlone() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        for (name, count) in [("a", 2), ("b", 0), ("c", 3)] {
            try await b.createService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: count),
                                      taskDefinitionArn: rev.arn, desiredCount: count, step: step)
        }
        try await b.settle()
        let names = ["c", "missing", "a", "b"].map { ServiceName(cluster: "prod", name: $0) }
        let together = try await b.readServices(names)
        #expect(together.count == 4 && together[1] == nil)
        #expect(together.map { $0?.1.count } == [3, nil, 2, 0])
        try await Self.expectEachReadAlone(b, names)
    }

    /// Mid-rollout (two deployments, old and new tasks), more than ten events
    /// each, a name asked twice: the batch keeps each service's newest ten
    /// events in order and its deployments newest first.
    @Test func aBatchMidRolloutEqualsEachReadAlone() async throws {
        let b = try await makeBackend(instances: 6)
        var revisions: [String] = []
        for image in ["nginx:1", "nginx:2", "nginx:3", "nginx:4"] {
            revisions.append(try await b.registerTaskDefinition(td("web", image: image), step: step).arn)
        }
        for name in ["a", "b"] {
            try await b.createService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                      taskDefinitionArn: revisions[0], desiredCount: 4, step: step)
        }
        try await b.settle()
        for arn in revisions.dropFirst() {
            for name in ["a", "b"] {
                try await b.updateService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                          taskDefinitionArn: arn, desiredCount: 4, step: step)
            }
            try await b.settle()
        }
        try await b.updateService(Service(name: "a", cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                  taskDefinitionArn: revisions[0], desiredCount: 4, step: step)
        try await b.awaitProgress()  // the new tasks start beside the old ones

        let names = ["a", "b", "a"].map { ServiceName(cluster: "prod", name: $0) }
        let a = try #require(try await b.readServices(names)[0])
        #expect(a.0.deployments.count == 2 && a.0.deployments.first?.taskDefinitionArn == revisions[0])
        #expect(Set(a.1.map(\.taskDefinitionArn)).count == 2, "old and new tasks")
        #expect(a.0.events.count == 10)
        #expect(a.1.map(\.id) == a.1.map(\.id).sorted())
        try await Self.expectEachReadAlone(b, names)
    }
}
