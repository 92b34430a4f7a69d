import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// Requests in flight are bounded by the transport's kept-alive connections to
/// the endpoint (URLSession's default per-host cap, 6 on Linux, queued a
/// refresh's two pools of reads behind each other), and every request, a
/// mutation too, reuses them.
@Suite struct ReadConnectionsTests {
    @Test func aRefreshsReadsAreInFlightTogetherUpToTheReadCap() async throws {
        let want = ECSClient.readConnections
        #expect(want > 6, "the cap should lift URLSession's default of 6")
        try await StubEndpoint.with("concurrency_counter.py", [String(want)]) { stub in
            let names = (0..<(2 * want)).map { "cluster\($0)" }
            _ = try await ConcurrentRequests.map(names, limit: names.count) { name in
                try await stub.client.call(ECS.Operations.describeClusters,
                                           ECS.DescribeClustersRequest(clusters: [name]))
            }
            let counted = try stub.stats()
            // Never more than the cap (reads are bounded), and the cap is reached.
            #expect(counted["peak"] == want)
            // The readiness probe above opened one more.
            #expect((counted["connections"] ?? 0) <= want + 1, "reads reuse their connections")
        }
    }

    /// In a region each new connection costs a TCP and a TLS handshake: an apply's
    /// two hundred mutations on connections of their own took three times the floor.
    @Test func readsAndMutationsKeepTheirConnection() async throws {
        try await StubEndpoint.with("concurrency_counter.py", ["1"]) { stub in
            for _ in 0..<5 { _ = try await stub.client.call("DescribeClusters", Empty(), as: Empty.self) }
            for _ in 0..<5 { _ = try await stub.client.call("DeleteCluster", Empty(), as: Empty.self) }
            // The readiness probe, then one kept-alive connection for all ten.
            let counted = try stub.stats()
            #expect(counted["connections"] == 2, "connections: \(counted)")
        }
    }
}
