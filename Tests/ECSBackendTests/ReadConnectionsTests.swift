import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// Reads in flight are bounded by the read session's connections to the endpoint,
/// not by URLSession's default per-host cap (6 on Linux), which queued a
/// refresh's two pools of reads behind each other.
@Suite struct ReadConnectionsTests {
    @Test func aRefreshsReadsAreInFlightTogetherUpToTheReadCap() async throws {
        let want = ECSClient.readConnections
        #expect(want > 6, "the cap should lift URLSession's default of 6")
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
        let client = ECSClient(settings: settings)
        let names = (0..<(2 * want)).map { "cluster\($0)" }
        _ = try await ConcurrentRequests.map(names, limit: names.count) { name in
            try await client.call(ECS.Operations.describeClusters, ECS.DescribeClustersRequest(clusters: [name]))
        }
        let written = try Data(contentsOf: URL(fileURLWithPath: dir.file("stats.json")))
        let stats = try JSONSerialization.jsonObject(with: written) as? [String: Int]
        // Never more than the cap (reads are bounded), and the cap is reached.
        #expect(stats?["peak"] == want)
        // The readiness probe above opened one more.
        #expect((stats?["connections"] ?? 0) <= want + 1, "reads reuse their connections")
    }
}
