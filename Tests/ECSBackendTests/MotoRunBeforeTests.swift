import Foundation
import Testing
import TestSupport

/// `runBefore` against ECS (moto, signatures checked): apply starts the task
/// with RunTask, follows it with DescribeTasks to STOPPED, and only then
/// creates or updates the service. moto's tasks always reach STOPPED with exit
/// code 0 (see MotoDayTwoTests), so failing tasks are tested on the local backend.
@Suite(.serialized) struct MotoRunBeforeTests {
    @Test func applyRunsTheTaskToStoppedBeforeCreatingAndUpdatingTheService() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        let example = try String(contentsOfFile: Repo.path("examples/ecs/app.yaml"), encoding: .utf8)
        // moto's clusters have no instances: the migration runs on FARGATE.
        dir.write("app.yaml", example + """
                runBefore:
                  - taskDefinition: checkout
                    launchType: FARGATE
                    overrides: {containerOverrides: [{name: app, command: [bin/migrate], environment: {DRY_RUN: "0"}}]}

            """)
        let env = moto.environment
        var r = try CLI.run(["apply", "app.yaml", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        var ran = try #require(r.stdout.range(of: "service/shop/checkout: checkout:1 exited 0"), "\(r.stdout)")
        let created = try #require(r.stdout.range(of: "service/shop/checkout: creating service on checkout:1"), "\(r.stdout)")
        #expect(ran.lowerBound < created.lowerBound)

        // A new revision: its migration runs (the new revision) before the update.
        r = try CLI.run(["apply", "app.yaml", "--auto-approve", "--no-wait"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        ran = try #require(r.stdout.range(of: "service/shop/checkout: checkout:2 exited 0"), "\(r.stdout)")
        let updated = try #require(r.stdout.range(of: "service/shop/checkout: updating service, checkout:1 → checkout:2"), "\(r.stdout)")
        #expect(ran.lowerBound < updated.lowerBound)

        // Both migrations stopped (none is left running); the service moved on.
        #expect(try moto.boto(["tasks", "shop"]).trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try moto.boto(["describe", "shop"]).contains("\"taskDefinition\": \"checkout:2\""))
    }
}
