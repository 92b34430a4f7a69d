import Testing
import TestSupport
@testable import ECSPlanCore

/// A family whose configuration equals its latest revision takes the digest the
/// backend kept for it (`World.revisionDigests`) instead of being normalized
/// again; the plan is the one made without kept digests.
@Suite struct KeptDigestPlanTests {
    static let yaml = """
        clusters:
          - name: prod
        taskDefinitions:
          - family: web
            containerDefinitions:
              - {name: app, image: "nginx:1.27", cpu: 256, memory: 512, portMappings: [{containerPort: 80}]}
          - family: worker
            networkMode: awsvpc
            containerDefinitions:
              - {name: app, image: "worker:${TAG:-1}", cpu: 256, memory: 512, environment: {QUEUE: jobs}}
        services:
          - {name: web, cluster: prod, taskDefinition: web, desiredCount: 2}
        """

    func plan(_ config: Config, _ world: World) -> Plan {
        Planner.plan(PlanRequest(config: config, world: world, backend: "local", configPaths: ["config.yaml"]))
    }

    @Test func theKeptDigestsAreTheComputedOnesAndAreUsed() async throws {
        let h = try Harness()
        try await h.apply(Self.yaml)
        let world = try await h.simulator.readWorld()
        #expect(world.revisionDigests.count == 2)
        let config = try h.config(Self.yaml)

        var bare = world
        bare.revisionDigests = [:]
        #expect(JSONRenderer.render(plan(config, world)) == JSONRenderer.render(plan(config, bare)))

        // Marked digests come back for unchanged families: they were taken, not computed.
        var marked = world
        for arn in marked.revisionDigests.keys { marked.revisionDigests[arn] = "kept:" + arn }
        let unchanged = plan(config, marked).changes.filter { $0.address.kind == .taskDefinition }
        #expect(unchanged.count == 2)
        #expect(unchanged.allSatisfy { $0.action == .noop && $0.desiredDigest?.hasPrefix("kept:") == true })

        // A family whose configuration changed is normalized: its digest is its new content's.
        let changed = plan(try h.config(Self.yaml, env: ["TAG": "2"]), marked)
        let worker = try #require(changed.changes.first { $0.address == .taskDefinition("worker") })
        #expect(worker.action == .newRevision && worker.desiredDigest?.hasPrefix("kept:") == false)
        let web = changed.changes.first { $0.address == .taskDefinition("web") }
        #expect(web?.desiredDigest?.hasPrefix("kept:") == true)
    }
}
