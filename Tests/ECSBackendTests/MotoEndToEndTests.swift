import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// ecsplan against moto with signature checking on; every outcome is checked
/// independently through boto3, not only through ecsplan.
@Suite(.serialized) struct MotoEndToEndTests {
    func describe(_ moto: MotoServer, _ cluster: String) throws -> [String: Any] {
        let out = try moto.boto(["describe", cluster])
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    @Test func applyReplanImageChangeAndPrune() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        let env = moto.environment
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")

        var world = try describe(moto, "shop")
        let clusters = world["clusters"] as? [[String: Any]]
        #expect((clusters?.first?["tags"] as? [String: String]) == ["team": "payments", "managed-by": "ecsplan"])
        var services = world["services"] as? [[String: Any]]
        #expect(services?.count == 1)
        #expect(services?.first?["taskDefinition"] as? String == "checkout:1")
        #expect(services?.first?["desiredCount"] as? Int == 2)
        #expect((services?.first?["tags"] as? [String: String])?["managed-by"] == "ecsplan")

        r = try CLI.run(["plan", "ecs", "--detailed-exitcode"], cwd: dir.path, env: env)
        #expect(r.status == 0, "re-plan after apply must show no changes:\n\(r.stdout)\(r.stderr)")

        r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait", "--debug"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        world = try describe(moto, "shop")
        #expect((world["taskDefinitions"] as? [String: [String]])?["checkout"] == ["checkout:1", "checkout:2"])  // exactly one new revision
        services = world["services"] as? [[String: Any]]
        #expect(services?.first?["taskDefinition"] as? String == "checkout:2")
        // Only the image changed: the service is updated but not re-tagged, and keeps its tags.
        #expect(r.stderr.contains("UpdateService ("))
        #expect(!r.stderr.contains("TagResource ("), "an update with unchanged tags re-tagged the service")
        #expect((services?.first?["tags"] as? [String: String]) == ["app": "checkout", "managed-by": "ecsplan"])

        // An object ecsplan did not create survives --prune; a managed one goes.
        _ = try moto.boto(["unmanaged-service", "shop", "legacy"])
        try "clusters: [{name: shop, tags: {team: payments}}]\n".write(toFile: dir.file("ecs/app.yaml"), atomically: true, encoding: .utf8)
        r = try CLI.run(["plan", "ecs", "--prune"], cwd: dir.path, env: env)
        #expect(r.stdout.contains("- service/shop/checkout (delete"))
        #expect(!r.stdout.contains("legacy"))
        r = try CLI.run(["apply", "ecs", "--auto-approve", "--prune"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        world = try describe(moto, "shop")
        services = (world["services"] as? [[String: Any]])?.filter { $0["status"] as? String == "ACTIVE" }
        #expect(services?.map { $0["name"] as? String } == ["legacy"])
    }

    @Test func aWrongSecretIsRejectedClearly() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let r = try CLI.run(["plan", Repo.path("examples/ecs")], env: moto.environment.merging(["AWS_SECRET_ACCESS_KEY": "not-the-secret"]) { $1 })
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("ecsplan: AWS rejected the request signature (SignatureDoesNotMatch)"), "\(r.stderr)")
        #expect(!r.stderr.contains("not-the-secret"))
    }

    @Test func debugLogsNeverContainSecrets() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let r = try CLI.run(["plan", Repo.path("examples/ecs"), "--debug"], env: moto.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("debug: POST \(moto.endpoint)"))
        #expect(!r.stderr.contains(moto.secretAccessKey))
    }

    /// A provider on `moto` that counts its requests, and one cluster created through it.
    static func provider(_ moto: MotoServer, cluster: String) async throws -> (ECSClient, AmazonECSProvider) {
        let settings = AWSSettings(credentials: AWSCredentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey),
                                   region: "us-east-1", endpoint: try #require(URL(string: moto.endpoint)))
        let client = ECSClient(settings: settings)
        let backend = AmazonECSProvider(client: client, pollInterval: .milliseconds(10))
        try await backend.createCluster(Cluster(name: cluster), step: .adhoc("cluster/\(cluster)", "test"))
        return (client, backend)
    }

    @Test func aRefreshUsesTheFewestReadsTheBatchLimitsAllow() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let (client, backend) = try await Self.provider(moto, cluster: "big")
        _ = try moto.boto(["services", "big", "25", "batch"])
        client.resetCounts()
        let world = try await backend.readWorld(ReadScope(clusters: ["big"], families: ["batch"]))
        #expect(world.services.count == 25)
        // 1 DescribeClusters, 1 ListServices page, ceil(25/10) DescribeServices, one page each of
        // container instances and tasks (none to describe), and one DescribeTaskDefinition for the
        // family (its ARN, used by every service, is the same revision: not described again).
        let expected = ["DescribeClusters": 1, "ListServices": 1, "DescribeServices": 3, "ListContainerInstances": 1, "ListTasks": 1, "DescribeTaskDefinition": 1]
        #expect(client.requestCounts == expected)
    }

    /// A round of a watch reads its services together: DescribeServices ten at
    /// a time and every service's tasks in one DescribeTasks, with the same
    /// services and tasks as reading each alone.
    @Test func aWatchRoundReadsItsServicesInBatches() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let (client, backend) = try await Self.provider(moto, cluster: "mid")
        _ = try moto.boto(["stable-tasks"])
        _ = try moto.boto(["instance", "mid"])
        _ = try moto.boto(["services", "mid", "12", "batch"])
        for service in ["batch-0", "batch-4", "batch-11"] {
            _ = try moto.boto(["task-behind", "mid", service, "batch"])
        }
        let names = (0..<12).map { ServiceName(cluster: "mid", name: "batch-\($0)") }
            + [ServiceName(cluster: "mid", name: "gone")]
        client.resetCounts()
        let batch = try await backend.readServices(names)
        // ceil(12/10) DescribeServices (the missing one is among them), a ListTasks for each
        // service found, and their three tasks in one DescribeTasks.
        let expected = ["DescribeServices": 2, "ListTasks": 12, "DescribeTasks": 1]
        #expect(client.requestCounts == expected, "\(client.requestCounts)")
        #expect(batch.count == 13 && batch[12] == nil)
        for (name, read) in zip(names.prefix(12), batch) {
            let alone = try #require(try await backend.readService(cluster: "mid", name: name.name))
            let together = try #require(read)
            #expect(together.0.name == name.name && together.0 == alone.0)
            #expect(together.1.map(\.arn).sorted() == alone.1.map(\.arn).sorted(), "\(name.name)")
        }
        #expect(batch.compactMap { $0?.1.count }.reduce(0, +) == 3)
    }

    @Test func aTaskOnAnOlderRevisionIsNamedFromItsARNNotDescribed() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let (client, backend) = try await Self.provider(moto, cluster: "mid")
        _ = try moto.boto(["stable-tasks"])
        _ = try moto.boto(["instance", "mid"])
        _ = try moto.boto(["services", "mid", "1", "batch"])
        _ = try moto.boto(["task-behind", "mid", "batch-0", "batch"])
        client.resetCounts()
        let world = try await backend.readWorld(ReadScope(clusters: ["mid"], families: ["batch"]))
        // One DescribeTaskDefinition: the family's latest, which the service runs. The
        // task's batch:1 is named from its ARN, as ECS mid-deployment would need.
        #expect(client.requestCounts["DescribeTaskDefinition"] == 1, "\(client.requestCounts)")
        #expect(world.taskDefinitions.map(\.name) == ["batch:2"])
        let index = World.Index(world)
        let task = try #require(world.tasks.first)
        #expect(index.revisionName(arn: task.taskDefinitionArn) == "batch:1")
        #expect(index.revisionName(arn: try #require(world.services.first).taskDefinitionArn) == "batch:2")
    }
}

@Suite(.serialized) struct MotoImportTests {
    @Test func objectsCreatedWithBoto3ImportToNoChanges() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        _ = try moto.boto(["cluster", "legacy"])
        _ = try moto.boto(["unmanaged-service", "legacy", "billing"])
        var r = try CLI.run(["import", "--cluster", "legacy", "--out", "adopted"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: dir.file("adopted/legacy.yaml"), encoding: .utf8)
        #expect(text.contains("family: billing") && text.contains("name: billing"))
        r = try CLI.run(["plan", "adopted", "--detailed-exitcode"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }
}

/// Throttling, 5xx, connection resets and slow answers between ecsplan and
/// moto: plan and apply still complete, and nothing is applied twice.
@Suite(.serialized) struct FaultInjectionTests {
    @Test func planAndApplyCompleteThroughInjectedFaults() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        // The proxy's first requests all fail, and the one it lets through late must not
        // also wait for moto to load its ECS backend, which can take seconds under load.
        _ = try moto.boto(["warm"])
        let dir = TempDir()
        defer { dir.cleanup() }
        let port = MotoServer.freePort()
        let proxy = Process()
        proxy.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        proxy.arguments = ["python3", Repo.path("Tests/Fixtures/moto/fault_proxy.py"), String(port), moto.endpoint, dir.file("stats.json")]
        proxy.standardOutput = FileHandle.nullDevice
        proxy.standardError = FileHandle.nullDevice
        try proxy.run()
        defer { MotoServer.kill(proxy) }
        for _ in 0..<100 where !MotoServer.canConnect(port) { Thread.sleep(forTimeInterval: 0.05) }

        // The proxy holds some answers past the client's timeout, so the test keeps that timeout short.
        let env = moto.environment.merging(["AWS_ENDPOINT_URL_ECS": "http://127.0.0.1:\(port)", "ECSPLAN_HTTP_TIMEOUT": "2"]) { $1 }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "ecs", "--detailed-exitcode"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")

        let stats = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("stats.json")))) as? [String: Any])
        let faults = stats["faults"] as? [String: Int] ?? [:]
        #expect(Set(faults.keys).isSuperset(of: ["throttle", "http500", "reset"]), "faults injected: \(faults)")
        let world = try #require(try JSONSerialization.jsonObject(with: Data(moto.boto(["describe", "shop"]).utf8)) as? [String: Any])
        #expect((world["taskDefinitions"] as? [String: [String]])?["checkout"] == ["checkout:1", "checkout:2"])
        #expect((world["services"] as? [[String: Any]])?.count == 1)
    }

    /// The proxy lets CreateService and RegisterTaskDefinition reach moto and
    /// then loses the answer (a reset connection, or an answer held past the
    /// client's timeout), besides the faults above. moto ignores CreateService's
    /// clientToken (a second CreateService silently replaces the service), so
    /// counting services alone proves nothing: the proxy counts the requests
    /// that reached moto, and each mutation must have reached it exactly once.
    @Test func mutationsWhoseAnswerIsLostAreNotRepeated() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        // The proxy's first requests all fail, and the one it lets through late must not
        // also wait for moto to load its ECS backend, which can take seconds under load.
        _ = try moto.boto(["warm"])
        let dir = TempDir()
        defer { dir.cleanup() }
        let port = MotoServer.freePort()
        let proxy = Process()
        proxy.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        proxy.arguments = ["python3", Repo.path("Tests/Fixtures/moto/fault_proxy.py"), String(port), moto.endpoint, dir.file("stats.json"), "--lose-answers"]
        proxy.standardOutput = FileHandle.nullDevice
        proxy.standardError = FileHandle.nullDevice
        try proxy.run()
        defer { MotoServer.kill(proxy) }
        for _ in 0..<100 where !MotoServer.canConnect(port) { Thread.sleep(forTimeInterval: 0.05) }

        let env = moto.environment.merging(["AWS_ENDPOINT_URL_ECS": "http://127.0.0.1:\(port)", "ECSPLAN_HTTP_TIMEOUT": "2"]) { $1 }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "ecs", "--detailed-exitcode"], cwd: dir.path, env: env.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")

        let stats = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("stats.json")))) as? [String: Any])
        let faults = stats["faults"] as? [String: Int] ?? [:]
        #expect(faults["lost"] ?? 0 >= 1 && faults["late"] ?? 0 >= 2, "answers lost: \(faults)")
        let forwarded = stats["forwarded"] as? [String: Int] ?? [:]
        #expect(forwarded["CreateService"] == 1, "CreateService reached moto \(forwarded["CreateService"] ?? 0) times")
        #expect(forwarded["RegisterTaskDefinition"] == 2, "RegisterTaskDefinition reached moto \(forwarded["RegisterTaskDefinition"] ?? 0) times")
        // Every CreateService request sent, retries included, carried one token.
        let tokens = (stats["clientTokens"] as? [String: [String]])?["CreateService"] ?? []
        #expect(!tokens.isEmpty && Set(tokens).count == 1, "CreateService client tokens: \(tokens)")
        let world = try #require(try JSONSerialization.jsonObject(with: Data(moto.boto(["describe", "shop"]).utf8)) as? [String: Any])
        #expect((world["taskDefinitions"] as? [String: [String]])?["checkout"] == ["checkout:1", "checkout:2"])
        #expect((world["services"] as? [[String: Any]])?.count == 1)
    }
}

/// A rollout on "ECS": moto runs no scheduler, so a small stand-in starts tasks
/// (RunTask, group service:NAME) up to maximumPercent, as an ECS deployment
/// would; ecsplan must stop the old-revision tasks in batches and verify the end state.
@Suite(.serialized) struct MotoRolloutTests {
    @Test func oldRevisionTasksAreReplacedInBatches() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        _ = try moto.boto(["stable-tasks"])
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--no-wait"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 0, "\(r.stderr)")
        _ = try moto.boto(["instance", "shop"])
        let scheduler = Process()
        scheduler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        scheduler.arguments = ["python3", Repo.path("Tests/Fixtures/moto/scheduler.py"), moto.endpoint, moto.accessKeyId, moto.secretAccessKey, "shop"]
        scheduler.standardOutput = FileHandle.nullDevice
        scheduler.standardError = FileHandle.nullDevice
        try scheduler.run()
        defer { MotoServer.kill(scheduler) }
        var tasks = ""
        for _ in 0..<50 {
            tasks = try moto.boto(["tasks", "shop"]).trimmingCharacters(in: .whitespacesAndNewlines)
            if tasks == #"["checkout:1", "checkout:1"]"# { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(tasks == #"["checkout:1", "checkout:1"]"#)

        r = try CLI.run(["plan", "ecs"], cwd: dir.path, env: moto.environment.merging(["IMAGE_TAG": "1.28"]) { $1 })
        #expect(r.stdout.contains("service/shop/checkout → checkout:2 (now checkout:1: 2 running): ECS replaces 2 tasks by a rolling deployment"), "\(r.stdout)")
        r = try CLI.run(["apply", "ecs", "--auto-approve", "--timeout", "60s"], cwd: dir.path, env: moto.environment.merging(["IMAGE_TAG": "1.28", "ECSPLAN_POLL_INTERVAL": "0.3"]) { $1 })
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("service/shop/checkout: stopping 2 tasks on old revisions"))
        #expect(r.stdout.contains("service/shop/checkout: 2/2 tasks on checkout:2, done in "), "\(r.stdout)")
        tasks = try moto.boto(["tasks", "shop"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(tasks == #"["checkout:2", "checkout:2"]"#)
    }
}
