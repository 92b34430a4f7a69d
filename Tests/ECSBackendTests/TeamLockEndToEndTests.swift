import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// `--lock s3://…` with the built binary, on moto with signatures enforced:
/// two runners in different directories with different state see one lock.
@Suite(.serialized) struct TeamLockEndToEndTests {
    static let bucket = "ecsplan-locks"
    static let lockURL = "s3://ecsplan-locks/shop/prod.lock"

    /// A runner in its own directory with its own copy of the configuration and
    /// state, removed when the test lets go of it.
    final class Runner {
        let dir = TempDir()
        deinit { dir.cleanup() }
        init() throws {
            try FileManager.default.copyItem(
                atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        }
        var state: String { dir.file(".ecsplan/state.db") }
    }

    func environment(_ moto: MotoServer) -> [String: String] {
        moto.environment.merging([
            "ECSPLAN_LOCK": Self.lockURL, "AWS_ENDPOINT_URL_S3": moto.endpoint,
        ]) { $1 }
    }

    /// Starts `ecsplan apply` in the background; ECS on moto never starts the
    /// service's tasks, so an apply that waits for its rollout holds the lock until stopped.
    func startApply(_ runner: Runner, env: [String: String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["apply", "ecs", "--auto-approve", "--state", runner.state]
        p.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ECSPLAN_") }
            .merging(env) { $1 }
        p.currentDirectoryURL = URL(fileURLWithPath: runner.dir.path)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        return p
    }

    /// The lock record once the runner has written it.
    func awaitLock(_ moto: MotoServer, held by: Process) throws -> S3LockRecord {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = try moto.iamS3(["get", Self.bucket, "shop/prod.lock"])
            if !text.isEmpty {
                return try JSONDecoder().decode(S3LockRecord.self, from: Data(text.utf8))
            }
            guard by.isRunning else { throw RunnerFailure("runner A exited before locking") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw RunnerFailure("runner A did not take the lock within 60 s")
    }

    struct RunnerFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func aKilledRunnersLockRefusesOthersUntilUnlockedById() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", Self.bucket])
        let env = environment(moto)
        let a = try Runner(), b = try Runner()

        let runnerA = try startApply(a, env: env)
        defer { MotoServer.kill(runnerA) }
        let held = try awaitLock(moto, held: runnerA)
        #expect(held.pid == runnerA.processIdentifier && held.operation == "ecsplan apply")

        var r = try CLI.run(
            ["apply", "ecs", "--auto-approve", "--no-wait", "--state", b.state],
            cwd: b.dir.path, env: env)
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix(
                "ecsplan: the state is locked in \(Self.lockURL) by ecsplan apply "
                    + "(lock \(held.id), \(held.user), pid \(held.pid) on \(held.host), taken "),
            "\(r.stderr)")

        // kill -9 runs no clean-up: the lock stays, and still refuses B.
        MotoServer.kill(runnerA)
        r = try CLI.run(
            ["apply", "ecs", "--auto-approve", "--no-wait", "--state", b.state], cwd: b.dir.path,
            env: env)
        #expect(r.status == 1 && r.stderr.contains("(lock \(held.id),"), "\(r.stderr)")

        r = try CLI.run(["state", "unlock", "not-the-id"], cwd: b.dir.path, env: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not by not-the-id; nothing was removed"), "\(r.stderr)")
        r = try CLI.run(["state", "unlock", held.id], cwd: b.dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.hasPrefix("Released lock \(held.id) in \(Self.lockURL) (was ecsplan apply"))

        r = try CLI.run(
            ["apply", "ecs", "--auto-approve", "--no-wait", "--state", b.state], cwd: b.dir.path,
            env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("ecsplan: holding lock "))
        // Released when B finished.
        #expect(try moto.iamS3(["get", Self.bucket, "shop/prod.lock"]).isEmpty)
    }

    @Test func sigtermStopsTheApplyAndReleasesTheLock() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", Self.bucket])
        let a = try Runner()
        let runner = try startApply(a, env: environment(moto))
        defer { MotoServer.kill(runner) }
        _ = try awaitLock(moto, held: runner)
        kill(runner.processIdentifier, SIGTERM)
        runner.waitUntilExit()
        #expect(runner.terminationStatus == 143)  // 128 + SIGTERM (issue 19)
        #expect(try moto.iamS3(["get", Self.bucket, "shop/prod.lock"]).isEmpty)
    }

    @Test func oneWebIdentityAssumptionServesECSAndTheLock() throws {
        // moto checks every request after its first 3 + 4: the role (2), the bucket
        // (1) and one unsigned AssumeRoleWithWebIdentity. A second assumption, by a
        // lock with a chain of its own, would be checked and refused.
        let moto = try MotoServer(uncheckedRequests: 4)
        defer { moto.stop() }
        let roleArn = try moto.iamS3(["role", "ci-deployer"])
        _ = try moto.iamS3(["bucket", Self.bucket])
        let runner = try Runner()
        let token = runner.dir.write("oidc-token", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln\n")
        var env = environment(moto)
        env["AWS_ACCESS_KEY_ID"] = ""
        env["AWS_SECRET_ACCESS_KEY"] = ""
        env["AWS_ENDPOINT_URL_STS"] = moto.endpoint
        env["AWS_ROLE_ARN"] = roleArn
        env["AWS_WEB_IDENTITY_TOKEN_FILE"] = token
        env["AWS_EC2_METADATA_DISABLED"] = "true"
        let r = try CLI.run(
            ["apply", "ecs", "--auto-approve", "--no-wait", "--state", runner.state],
            cwd: runner.dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("ecsplan: holding lock "))
        #expect(try moto.iamS3(["get", Self.bucket, "shop/prod.lock"]).isEmpty)
    }

    @Test func theLocalBackendHonoursTheTeamLockToo() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try moto.iamS3(["bucket", Self.bucket])
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write(
            "app.yaml",
            """
            clusters: [{name: dev}]
            taskDefinitions:
              - family: web
                containerDefinitions: [{name: app, image: "nginx:1.27", memory: 128}]
            """)
        let keys = AWSCredentials(
            accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)
        let lock = S3Lock(
            location: try S3Location(parsing: Self.lockURL),
            client: S3Client(
                credentials: keys, region: "us-east-1", endpoint: URL(string: moto.endpoint)))
        let held = try await lock.acquire(operation: "ecsplan apply")
        let env = [
            "AWS_ACCESS_KEY_ID": moto.accessKeyId, "AWS_SECRET_ACCESS_KEY": moto.secretAccessKey,
            "AWS_ENDPOINT_URL_S3": moto.endpoint, "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_CONFIG_FILE": "/dev/null",
        ]
        let args = ["apply", "app.yaml", "--auto-approve", "--lock", Self.lockURL]
        var r = try CLI.run(args, cwd: dir.path, env: env)
        #expect(r.status == 1 && r.stderr.contains("(lock \(held.id),"), "\(r.stderr)")
        try await lock.release(id: held.id)
        r = try CLI.run(args, cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try await lock.holder() == nil)

        r = try CLI.run(
            ["apply", "app.yaml", "--auto-approve", "--lock", "s3://only-a-bucket"], cwd: dir.path,
            env: env)
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix("ecsplan: --lock: invalid lock location 's3://only-a-bucket'"),
            "\(r.stderr)")
    }
}
