import Foundation
import Testing
import TestSupport

/// `run`, `status` and `wait` against ECS (moto, signatures checked). moto's RunTask
/// creates FARGATE tasks without instances (EC2 ones need registered
/// instances, which moto's clusters here have none of); each DescribeTasks
/// moves a task one status on until STOPPED, its containers always exiting 0,
/// with an empty stoppedReason. moto never fails a task nor exits non-zero, so
/// failures and exit codes are tested on the local backend.
@Suite(.serialized) struct MotoDayTwoTests {
    /// An ECS refresh describes only each family's latest revision and what
    /// services run; `keepRevisions` chooses among every ACTIVE revision, which
    /// it lists (ListTaskDefinitions), and deregisters the older ones by ARN.
    @Test func keepRevisionsDeregistersOlderRevisionsOnECS() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        for tag in ["1.24", "1.25", "1.26", "1.27"] {
            let r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path,
                                env: moto.environment.merging(["IMAGE_TAG": tag]) { $1 })
            #expect(r.status == 0, "\(r.stderr)")
        }
        func revisions() throws -> [String] {
            let described = Data(try moto.boto(["describe", "shop"]).utf8)
            let world = try JSONSerialization.jsonObject(with: described) as? [String: Any]
            return (world?["taskDefinitions"] as? [String: [String]])?["checkout"] ?? []
        }
        #expect(try revisions() == ["checkout:1", "checkout:2", "checkout:3", "checkout:4"])

        let path = dir.file("ecs/app.yaml")
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        try yaml.replacingOccurrences(of: "  - family: checkout\n",
                                      with: "  - family: checkout\n    keepRevisions: 2\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let env = moto.environment.merging(["IMAGE_TAG": "1.27"]) { $1 }
        var r = try CLI.run(["plan", "ecs"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        for n in 1...4 {
            #expect(r.stdout.contains("- deregister checkout:\(n)") == (n <= 2), "checkout:\(n): \(r.stdout)")
        }
        r = try CLI.run(["plan", "ecs", "--format", "json"], cwd: dir.path, env: env)
        let plan = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let changes = plan?["changes"] as? [[String: Any]]
        let change = changes?.first { $0["address"] as? String == "task-definition/checkout" }
        #expect(Set(change?["deregister"] as? [String] ?? []) == ["checkout:1", "checkout:2"], "\(r.stdout)")

        r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try revisions() == ["checkout:3", "checkout:4"])
        r = try CLI.run(["plan", "ecs", "--detailed-exitcode"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test func runStartsATaskOnECSAndStatusReportsTheService() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        let env = moto.environment
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")

        r = try CLI.run(["run", "checkout", "--cluster", "shop", "--launch-type", "FARGATE", "--count", "2", "--no-wait",
                         "--env", "MIGRATE=1", "--started-by", "ci"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        let started = r.stdout.split(separator: "\n").filter { $0.hasPrefix("Started ") }
        #expect(started.count == 2, "\(r.stdout)")
        #expect(started.allSatisfy { $0.contains("(checkout:1 on shop): arn:aws:ecs:us-east-1:123456789012:task/shop/") })

        // --wait follows the task through moto's statuses to STOPPED.
        r = try CLI.run(["run", "checkout:1", "--cluster", "shop", "--launch-type", "FARGATE", "--wait", "--timeout", "60s"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains(": STOPPED\n"))
        #expect(r.stdout.contains(" stopped: no reason given\n  app: exit code 0\n"), "\(r.stdout)")

        r = try CLI.run(["run", "checkot", "--cluster", "shop"], cwd: dir.path, env: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("did you mean task-definition/checkout"), "\(r.stderr)")

        r = try CLI.run(["status", "--format", "json"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], "\(r.stdout)")
        #expect(array.map { $0["address"] as? String } == ["service/shop/checkout"])
        #expect(array.first?["desiredCount"] as? Int == 2)

        // moto's scheduler starts no service task without registered instances, and
        // its deployment stays IN_PROGRESS: status says so, and wait times out saying what is missing.
        r = try CLI.run(["status", "--details"], cwd: dir.path, env: env)
        #expect(r.stdout.hasPrefix("service/shop/checkout  0/2 running, 0 pending  no tasks  ROLLING IN_PROGRESS"), "\(r.stdout)")
        #expect(r.stdout.contains("  PRIMARY ecs-svc/"))
        r = try CLI.run(["wait", "service/shop/checkout", "--timeout", "2s"], cwd: dir.path, env: env)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("service/shop/checkout: not stable after 2s: deployment IN_PROGRESS, 0/2 running"), "\(r.stderr)")
    }

    /// moto 5.2.1 implements neither ListServiceDeployments nor DescribeServiceRevisions
    /// (it answers 500), so a rollback without --to says it cannot read the history
    /// and asks for the revision; RecordedHistoryTests reads a recorded history instead.
    /// moto runs no deployments either: --no-wait, and the plan checks the service's revision.
    @Test func rollbackToARevisionOnECSAndThePlanSaysTheServiceIsBehind() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        var env = moto.environment
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait", "--quiet"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        env["IMAGE_TAG"] = "1.28"
        r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait", "--quiet"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")

        r = try CLI.run(["rollback", "service/shop/checkout", "--auto-approve"], cwd: dir.path, env: env.merging(["AWS_MAX_ATTEMPTS": "1"]) { $1 })
        #expect(r.status == 1)
        #expect(r.stderr.contains("could not read the deployment history of service/shop/checkout: ListServiceDeployments failed"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: name the revision to go back to with --to REV"))

        r = try CLI.run(["rollback", "service/shop/checkout", "--to", "1", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("(update in place, checkout:2 → checkout:1; rollback, as asked with --to 1)"), "\(r.stdout)")

        r = try CLI.run(["plan", "ecs"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(update in place, checkout:1 → checkout:2; it runs checkout:1, older than the configuration's checkout:2: rolled back, or changed outside ecsplan)"),
                "\(r.stdout)")
    }
}
