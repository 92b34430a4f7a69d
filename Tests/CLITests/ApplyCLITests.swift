import Foundation
import Testing
import TestSupport
import LocalBackend

/// The README's journey, run through the real binary.
@Suite struct ApplyCLITests {
    func setup() -> (TempDir, [String]) {
        let dir = TempDir()
        try? FileManager.default.copyItem(atPath: Repo.path("examples/quickstart"), toPath: dir.file("quickstart"))
        return (dir, ["--state", dir.file("state.db")])
    }

    @Test func fromEmptyToRollingDeployAndBack() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("service/demo/web: 4/4 tasks on web:1, done in "), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("Apply complete: 5 created, 0 updated, 0 replaced, 0 deleted; 0 tasks replaced.\n"))

        r = try CLI.run(["plan", "quickstart", "--detailed-exitcode"] + state, cwd: dir.path)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Backend local, region us-east-1, account (simulated); state "), "\(r.stdout)")
        #expect(r.stdout.contains("\n\nNo changes."))

        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Nothing to do."))

        r = try CLI.run(["plan", "quickstart", "--detailed-exitcode"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("~ task-definition/web (new revision web:1 → web:2)"))
        #expect(r.stdout.contains("~ containerDefinitions[app].image: \"nginx:1.27\" → \"nginx:1.28\""))
        #expect(r.stdout.contains("service/demo/web → web:2 (now web:1: 4 running): ECS replaces 4 tasks by a rolling deployment"))

        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("service/demo/web: 4/4 tasks on web:2, done in "), "\(r.stdout)")

        r = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(r.stdout.contains("service/demo/web        web:2        4/4 running"))

        r = try CLI.run(["plan", "quickstart", "--detailed-exitcode"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0, "\(r.stdout)")
    }

    /// A local state that exists is read while the configuration loads; errors in
    /// the configuration still come first, and change nothing: no new state, no
    /// serial bump, no lock left behind, and nothing asked of ECS.
    @Test func anInvalidConfigurationIsReportedFirstAndChangesNothing() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        dir.write("bad.yaml", "taskDefinitions:\n  - family: web\n    containerDefinitions: []\n")
        let expected = "bad.yaml:3:27: taskDefinitions[web].containerDefinitions: needs at least one container\n"

        var r = try CLI.run(["apply", "bad.yaml", "--auto-approve"] + state, cwd: dir.path)
        let diagnostics = r.stderr
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("state.db")),
                "a new state for an invalid configuration")

        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        // A plan's JSON names the state's lineage and serial.
        let before = try CLI.run(["plan", "quickstart", "--format", "json"] + state, cwd: dir.path).stdout
        #expect(before.contains("\"serial\""))
        r = try CLI.run(["apply", "bad.yaml", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)")
        #expect(try CLI.run(["plan", "quickstart", "--format", "json"] + state, cwd: dir.path).stdout == before)
        // The lock was released: the next apply runs.
        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0 && r.stdout.contains("Nothing to do."), "\(r.stdout)\(r.stderr)")

        // ECS: no region, no credentials, and still the configuration's error alone.
        r = try CLI.run(["apply", "bad.yaml", "--auto-approve", "--backend", "ecs"], cwd: dir.path,
                        env: ["AWS_REGION": "", "AWS_DEFAULT_REGION": "", "AWS_ACCESS_KEY_ID": "", "AWS_PROFILE": "",
                              "AWS_CONFIG_FILE": dir.file("none"), "AWS_SHARED_CREDENTIALS_FILE": dir.file("none")])
        #expect(r.status == 1)
        #expect(r.stderr == diagnostics, "\(r.stderr)")
    }

    @Test func refusesWithoutATerminalUnlessAutoApproved() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "quickstart"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("refusing to apply without confirmation: no terminal to ask on"))
        let list = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(!FileManager.default.fileExists(atPath: dir.file("state.db")) || list.stdout.hasPrefix("The state is empty"))
    }

    @Test func savedPlanAppliesExactlyAndStalePlansAreRefused() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0)
        r = try CLI.run(["plan", "quickstart", "--out", "bump.json", "--format", "json"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"revisionTo\" : \"web:2\""))

        r = try CLI.run(["show", "bump.json"], cwd: dir.path)
        #expect(r.stdout.contains("new revision web:1 → web:2"))

        // Something moved since the plan was made: say exactly what.
        r = try CLI.run(["state", "simulate", "scale", "service/demo/web", "6"] + state, cwd: dir.path)
        #expect(r.status == 0)
        r = try CLI.run(["apply", "bump.json"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("the plan is stale:\n  service/demo/web: desiredCount 4 → 6 since the plan was made"))

        r = try CLI.run(["plan", "quickstart", "--out", "fresh.json"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.stdout.contains("desiredCount: 6 → 4  (drift: changed outside ecsplan)"))
        r = try CLI.run(["apply", "fresh.json"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "quickstart", "--detailed-exitcode"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0)
    }

    @Test func markdownAndJSONFormats() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        var r = try CLI.run(["plan", "quickstart", "--format", "markdown"] + state, cwd: dir.path)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("### ecsplan: 5 to create"))
        r = try CLI.run(["plan", "quickstart", "--format", "json"] + state, cwd: dir.path, env: ["ECSPLAN_DETAILED_EXITCODE": "1"])
        #expect(r.status == 2)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((json?["summary"] as? [String: Any])?["create"] as? Int == 5)
        #expect(!FileManager.default.fileExists(atPath: dir.file("state.db")))  // plan never creates state
    }

    @Test func failedRolloutWithCircuitBreakerRollsBackAndExitsOne() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let web = dir.file("quickstart/web.yaml")
        let text = try String(contentsOfFile: web, encoding: .utf8)
        try text.replacingOccurrences(of: "      maximumPercent: 200", with: "      maximumPercent: 200\n      deploymentCircuitBreaker: {enable: true, rollback: true}")
            .write(toFile: web, atomically: true, encoding: .utf8)
        var r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "quickstart", "--target", "task-definition/web"] + state, cwd: dir.path, env: ["IMAGE_TAG": "broken"])
        // Register web:2 only, make it fail, then roll the service to it.
        r = try CLI.run(["apply", "quickstart", "--auto-approve", "--no-wait"] + state, cwd: dir.path, env: ["IMAGE_TAG": "broken"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["state", "simulate", "fail-revision", "web:2"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path, env: ["IMAGE_TAG": "broken"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("service/demo/web: rolled back from web:2"))
        #expect(r.stderr.contains("circuit breaker"))
        r = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(r.stdout.contains("service/demo/web        web:1"))
    }

    @Test func aSecondApplyFailsAtOnceNamingTheHolder() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let store = try StateDatabase.open(path: dir.file("state.db"))
        let held = try awaitResult { try await store.acquireLock(operation: "ecsplan apply") }
        var r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the state is locked by ecsplan apply (lock \(held.id), pid \(getpid()) on"))
        try store.releaseLock(id: held.id)

        // A lock whose process is gone is detected, and can be broken.
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        try store.plantLockForTesting(id: "deadbeef", pid: dead.processIdentifier)
        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("process \(dead.processIdentifier) no longer exists; if no other ecsplan is running, run `ecsplan state unlock deadbeef`"))
        r = try CLI.run(["state", "unlock", "deadbeef"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func jsonEventsStreamOneObjectPerLine() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "quickstart", "--auto-approve", "--json-events"] + state, cwd: dir.path)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 5)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)") }
        #expect(lines.last?.contains("\"kind\":\"finished\"") == true)
    }
}

/// Runs async work from a synchronous test helper.
func awaitResult<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<T, any Error>?
    func set(_ v: Result<T, any Error>) { lock.withLock { value = v } }
    func get() throws -> T {
        guard let v = lock.withLock({ value }) else { throw CancellationError() }
        return try v.get()
    }
}

@Suite struct ImportCLITests {
    @Test func importedYAMLPlansToNoChanges() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let state = ["--state", dir.file("state.db")]
        var r = try CLI.run(["apply", Repo.path("examples/quickstart"), "--auto-approve"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.29"])
        #expect(r.status == 0)
        r = try CLI.run(["import", "--out", "imported"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: dir.file("imported/demo.yaml"), encoding: .utf8)
        #expect(text.contains("image: nginx:1.29"))
        #expect(!text.contains("managed-by") && !text.contains("taskDefinitionArn") && !text.contains("essential"))
        r = try CLI.run(["plan", "imported", "--detailed-exitcode"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stdout)")
        r = try CLI.run(["import", "--out", "imported"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("already exists; not overwriting it"))
    }
}
