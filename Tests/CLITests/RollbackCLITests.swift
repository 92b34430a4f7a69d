import Foundation
import Testing
import TestSupport

/// `ecsplan rollback` through the built binary on the local backend: the
/// revision comes from the service's deployment history, the rollout goes
/// through apply's path, and the unchanged configuration's next plan says the
/// service now disagrees with it.
@Suite struct RollbackCLITests {
    static func config(image: String) -> String {
        """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 2048, memory: 4096}
        taskDefinitions:
          - family: web
            containerDefinitions: [{name: app, image: "\(image)", cpu: 256, memory: 256}]
        services:
          - {name: web, cluster: prod, taskDefinition: web, desiredCount: 2}
        """
    }

    /// web:1 then web:2 applied and rolled out.
    func twoRevisions() throws -> (TempDir, [String]) {
        let dir = TempDir()
        let state = ["--state", dir.file("state.db")]
        for image in ["nginx:1.27", "nginx:1.28"] {
            dir.write("ecsplan.yaml", Self.config(image: image))
            let r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve", "--quiet"] + state, cwd: dir.path)
            #expect(r.status == 0, "\(r.stderr)")
        }
        return (dir, state)
    }

    /// The task-definition revision each of the service's running tasks runs.
    func runningRevisions(_ dir: TempDir, _ state: [String]) throws -> [String] {
        let r = try CLI.run(["state", "show", "service/prod/web", "--format", "json"] + state, cwd: dir.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)\(r.stderr)")
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        return tasks.filter { $0["lastStatus"] as? String == "RUNNING" }
            .compactMap { ($0["taskDefinitionArn"] as? String)?.split(separator: "/").last.map(String.init) }.sorted()
    }

    @Test func rollbackReturnsToThePreviousRevisionAndThePlanSaysSo() throws {
        let (dir, state) = try twoRevisions()
        defer { dir.cleanup() }
        #expect(try runningRevisions(dir, state) == ["web:2", "web:2"])

        // Without a terminal and without --auto-approve nothing changes.
        var r = try CLI.run(["rollback", "service/prod/web"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("refusing to rollback without confirmation"), "\(r.stderr)")
        #expect(try runningRevisions(dir, state) == ["web:2", "web:2"])

        r = try CLI.run(["rollback", "service/prod/web", "--auto-approve", "--quiet"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("~ service/prod/web (update in place, web:2 → web:1; rollback to what its previous successful deployment ran (finished "),
                "\(r.stdout)")
        #expect(r.stdout.contains("~ taskDefinition: \"web:2\" → \"web:1\""))
        #expect(r.stdout.contains("Plan: 0 to create, 1 to update, 0 to replace, 0 to delete; 2 tasks to replace."))
        #expect(r.stdout.contains("Apply complete"))
        #expect(try runningRevisions(dir, state) == ["web:1", "web:1"])

        r = try CLI.run(["wait", "service/prod/web", "--timeout", "60s"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")

        // The configuration still says web:2's content: the plan moves forward again, and says why.
        r = try CLI.run(["plan", "ecsplan.yaml"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(
            "~ service/prod/web (update in place, web:1 → web:2; it runs web:1, older than the configuration's web:2: rolled back, or changed outside ecsplan)"),
            "\(r.stdout)")
        #expect(!r.stdout.contains("task-definition/web"), "no new revision: web:2 already holds the configuration")

        // A second rollback goes back to what ran before the first: web:2.
        r = try CLI.run(["rollback", "service/prod/web", "--auto-approve", "--quiet"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try runningRevisions(dir, state) == ["web:2", "web:2"])
    }

    @Test func toNamesTheRevisionAndBadRequestsAreRefusedClearly() throws {
        let (dir, state) = try twoRevisions()
        defer { dir.cleanup() }
        var r = try CLI.run(["rollback", "service/prod/web", "--to", "1", "--auto-approve", "--quiet"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("web:2 → web:1; rollback, as asked with --to 1)"), "\(r.stdout)")

        r = try CLI.run(["rollback", "service/prod/web", "--to", "web:1"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("service/prod/web already runs web:1"), "\(r.stderr)")

        r = try CLI.run(["rollback", "service/prod/web", "--to", "7"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("--to 7: task definition web:7 does not exist\n  hint: its newest revisions: web:1, web:2"), "\(r.stderr)")

        r = try CLI.run(["rollback", "service/prod/api"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("service/prod/api does not exist"), "\(r.stderr)")

        r = try CLI.run(["rollback", "service/prod/*"] + state, cwd: dir.path)
        #expect(r.status == 64)
        #expect(r.stderr.contains("expected one service as service/CLUSTER/NAME"), "\(r.stderr)")
        #expect(try runningRevisions(dir, state) == ["web:1", "web:1"])
    }

    @Test func aServiceWithOneDeploymentHasNothingToGoBackTo() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let state = ["--state", dir.file("state.db")]
        dir.write("ecsplan.yaml", Self.config(image: "nginx:1.27"))
        var r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve", "--quiet"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["rollback", "service/prod/web"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("service/prod/web runs web:1, and none of its 1 recorded deployments succeeded on another revision"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: name the revision to go back to with --to REV"))
    }
}
