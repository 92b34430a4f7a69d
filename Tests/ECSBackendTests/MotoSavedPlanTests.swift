import Foundation
import Testing
import TestSupport

/// A saved plan applies to ECS (moto, signatures checked) from an empty
/// directory without the configuration or its variables, and is refused where
/// it was not made or once the state it read has moved.
@Suite(.serialized) struct MotoSavedPlanTests {
    @Test func aSavedPlanAppliesToECSWithoutItsConfiguration() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        let env = moto.environment
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "ecs", "--out", "plan.json"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Backend ecs, region us-east-1, account 123456789012; state ecs:us-east-1, serial 0."), "\(r.stdout)")

        try FileManager.default.createDirectory(atPath: dir.file("empty"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: dir.file("plan.json"), toPath: dir.file("empty/plan.json"))
        try FileManager.default.removeItem(atPath: dir.file("ecs"))

        r = try CLI.run(["apply", "plan.json", "--region", "eu-west-1"], cwd: dir.file("empty"), env: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the plan was made for region us-east-1, but this apply is in eu-west-1"), "\(r.stderr)")

        r = try CLI.run(["apply", "plan.json", "--no-wait"], cwd: dir.file("empty"), env: env)
        #expect(r.status == 0, "\(r.stderr)")
        let world = try #require(try JSONSerialization.jsonObject(with: Data(try moto.boto(["describe", "shop"]).utf8)) as? [String: Any])
        #expect((world["services"] as? [[String: Any]])?.first?["taskDefinition"] as? String == "checkout:2")

        // Applied once: the revision it read has moved on, so a second apply is refused.
        r = try CLI.run(["apply", "plan.json", "--no-wait"], cwd: dir.file("empty"), env: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the plan is stale:\n  service/shop/checkout: taskDefinition checkout:1 → checkout:2 since the plan was made")
                || r.stderr.contains("task-definition/checkout: latestRevision checkout:1 → checkout:2 since the plan was made"), "\(r.stderr)")
    }
}
