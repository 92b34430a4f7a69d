import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// Reads in flight are bounded by the transport's kept-alive connections to the
/// endpoint (URLSession's default per-host cap, 6 on Linux, queued a refresh's two
/// pools of reads behind each other); mutations never reuse a connection.
@Suite struct ReadConnectionsTests {
    /// The counter stub (holding each request until `want` are open), and a client of it.
    func withCounter(want: Int, _ body: (ECSClient, () throws -> [String: Int]) async throws -> Void) async throws {
        let port = MotoServer.freePort()
        let dir = TempDir()
        defer { dir.cleanup() }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", Repo.path("Tests/Fixtures/stubs/concurrency_counter.py"), String(port),
                            dir.file("stats.json"), String(want)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { MotoServer.kill(server) }
        let deadline = Date().addingTimeInterval(15)
        while !MotoServer.canConnect(port) {
            guard server.isRunning, Date() < deadline else { Issue.record("the counter stub did not start"); return }
            try await Task.sleep(for: .milliseconds(50))
        }
        let settings = AWSSettings(
            credentials: AWSCredentials(accessKeyId: "test", secretAccessKey: "test"), region: "us-east-1",
            endpoint: URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/"))
        try await body(ECSClient(settings: settings)) {
            let written = try Data(contentsOf: URL(fileURLWithPath: dir.file("stats.json")))
            return try JSONSerialization.jsonObject(with: written) as? [String: Int] ?? [:]
        }
    }

    @Test func aRefreshsReadsAreInFlightTogetherUpToTheReadCap() async throws {
        let want = ECSClient.readConnections
        #expect(want > 6, "the cap should lift URLSession's default of 6")
        try await withCounter(want: want) { client, stats in
            try await readsInFlight(client, want: want, stats: stats)
        }
    }

    func readsInFlight(_ client: ECSClient, want: Int, stats: () throws -> [String: Int]) async throws {
        let names = (0..<(2 * want)).map { "cluster\($0)" }
        _ = try await ConcurrentRequests.map(names, limit: names.count) { name in
            try await client.call(ECS.Operations.describeClusters, ECS.DescribeClustersRequest(clusters: [name]))
        }
        let counted = try stats()
        // Never more than the cap (reads are bounded), and the cap is reached.
        #expect(counted["peak"] == want)
        // The readiness probe above opened one more.
        #expect((counted["connections"] ?? 0) <= want + 1, "reads reuse their connections")
    }

    /// libcurl sends a request again by itself when a reused connection dies
    /// before answering; only `ECSClient.call` may repeat a mutation (after
    /// settling), so each goes out on a connection of its own.
    @Test func readsKeepTheirConnectionAndEachMutationOpensItsOwn() async throws {
        try await withCounter(want: 1) { client, stats in
            for _ in 0..<5 { _ = try await client.call("DescribeClusters", Empty(), as: Empty.self) }
            let afterReads = try stats()["connections"] ?? 0
            // The readiness probe, then one kept-alive connection for the five reads.
            #expect(afterReads == 2, "connections after 5 sequential reads: \(afterReads)")
            for _ in 0..<5 { _ = try await client.call("DeleteCluster", Empty(), as: Empty.self) }
            let afterMutations = try stats()["connections"] ?? 0
            #expect(afterMutations == afterReads + 5, "5 mutations opened \(afterMutations - afterReads) connections")
            _ = try await client.call("ListClusters", Empty(), as: Empty.self)
            #expect(try stats()["connections"] == afterMutations + 0, "a read after them reuses the kept connection")
        }
    }
}
