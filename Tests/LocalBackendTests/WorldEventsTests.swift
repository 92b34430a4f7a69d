import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

/// A plan's read of the state takes each service's newest five events, oldest
/// first, without reading the rest of its history (a state keeps up to 100 a
/// service): the same five as reading that service's events on their own.
@Suite struct WorldEventsTests {
    @Test func eachServiceKeepsItsNewestFiveEventsOldestFirst() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        for name in ["a", "b", "c", "quiet"] {
            try await b.createService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: 1),
                                      taskDefinitionArn: rev.arn, desiredCount: 1, step: step)
        }
        try await b.settle()
        // Interleaved, so that each service's ids are not contiguous; c is then deleted.
        try await b.database.db.write { db in
            try db.execute(sql: "DELETE FROM service_events WHERE service = 'quiet'")
            for i in 0..<12 {
                for name in ["a", "b", "c"] where name != "b" || i < 3 {
                    try db.execute(
                        sql: "INSERT INTO service_events(cluster, service, serial, message) VALUES ('prod', ?, 0, ?)",
                        arguments: [name, "\(name) \(i)"])
                }
            }
        }
        try await b.deleteService(cluster: "prod", name: "c", step: step)

        let world = try await b.readWorld()
        let events = Dictionary(uniqueKeysWithValues: world.services.map { ($0.name, $0.events) })
        #expect(events["a"] == (7..<12).map { "a \($0)" })
        #expect(Array(events["b"]?.suffix(3) ?? []) == (0..<3).map { "b \($0)" })
        #expect(events["quiet"] == [])
        #expect(events["c"] == nil, "an inactive service is not in the world")
        for (name, read) in events {
            let alone = try await b.database.db.read { db in
                try String.fetchAll(db, sql: """
                    SELECT message FROM service_events WHERE cluster = 'prod' AND service = ? ORDER BY id DESC LIMIT 5
                    """, arguments: [name]).reversed()
            }
            #expect(read == Array(alone), "\(name)")
        }
    }

    /// `seed` (benchmarks, large fixtures) writes a world's service events too.
    @Test func aSeededWorldKeepsItsServicesEvents() async throws {
        let b = SimulatedECSProvider(database: try StateDatabase.inMemory())
        var w = World(lineage: "seeded", serial: 1)
        w.clusters = [ClusterState(name: "prod", arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod", managed: true,
                                   spec: Cluster(name: "prod"))]
        let arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1"
        w.taskDefinitions = [
            TaskDefinitionRevision(family: "web", revision: 1, arn: arn, managed: true, spec: td("web"))
        ]
        w.services = [
            ServiceState(
                cluster: "prod", name: "web", arn: "arn:aws:ecs:us-east-1:123456789012:service/prod/web",
                managed: true, taskDefinitionArn: arn, desiredCount: 0,
                spec: Service(name: "web", cluster: "prod", taskDefinition: arn, desiredCount: 0),
                events: (0..<7).map { "e\($0)" })
        ]
        try b.seed(w)
        #expect(try await b.readWorld().services.first?.events == (2..<7).map { "e\($0)" })
    }
}
