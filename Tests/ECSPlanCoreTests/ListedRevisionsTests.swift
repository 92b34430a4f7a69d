import ECSPlanCore
import Testing
import TestSupport

/// On ECS a refresh describes each family's latest revision and what services
/// run; the other ACTIVE revisions of a family kept to its newest ones are only
/// listed (`World.listedRevisions`). `keepRevisions` and the executor see both.
@Suite struct ListedRevisionsTests {
    static let prefix = "arn:aws:ecs:us-east-1:123456789012:task-definition/"

    static func revision(_ family: String, _ n: Int, status: String = "ACTIVE") -> TaskDefinitionRevision {
        TaskDefinitionRevision(family: family, revision: n, arn: prefix + "\(family):\(n)", status: status,
                               managed: true, spec: TaskDefinition(family: family, containerDefinitions: []))
    }

    @Test func activeRevisionsAreTheDescribedAndTheListedNewestFirst() {
        var world = World(lineage: "l", serial: 1)
        world.taskDefinitions = [Self.revision("web", 5), Self.revision("web", 3, status: "INACTIVE")]
        // A listing made before web:3 was deregistered, another family's ARN, and something that is no ARN.
        world.listedRevisions = ["web": [2, 1, 3, 4, 5].map { Self.prefix + "web:\($0)" }
                                 + [Self.prefix + "web-api:9", "garbage"]]
        let active = World.Index(world).activeRevisions(family: "web")
        #expect(active.map(\.name) == ["web:5", "web:4", "web:2", "web:1"])
        #expect(active.first { $0.name == "web:4" }?.arn == Self.prefix + "web:4")
        #expect(World.Index(world).activeRevisions(family: "web-api").isEmpty)
    }

    @Test func keepRevisionsChoosesAmongListedRevisionsAndTheirScopeIsRead() throws {
        var world = World(lineage: "l", serial: 1)
        world.taskDefinitions = [Self.revision("web", 4)]
        world.listedRevisions = ["web": (1...4).map { Self.prefix + "web:\($0)" }]
        let config = try Harness().config("""
            taskDefinitions:
              - family: web
                keepRevisions: 2
                containerDefinitions:
                  - {name: app, image: nginx, memory: 64}
            """)
        #expect(ReadScope(config: config, prune: false).revisionLists == ["web"])
        let plan = Planner.plan(PlanRequest(config: config, world: world, backend: "ecs"))
        let change = try #require(plan.changes.first { $0.address == Address.taskDefinition("web") })
        // web:5 is registered (the definition changed), so web:5 and web:4 are kept.
        #expect(change.revisionTo == "web:5")
        #expect(change.deregister == ["web:3", "web:2", "web:1"])
        // A saved plan's apply lists what it deregisters, to find their ARNs.
        #expect(ReadScope(plan: plan).revisionLists == ["web"])
    }
}
