import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// When a kept-alive connection dies after the server read a request but before
/// it answered, libcurl sends the request again on a new connection by itself.
/// Harmless for a read; a mutation might then be carried out twice, behind the
/// back of `ECSClient.call`, which repeats one only after asking whether it
/// took effect. The stub answers the first request of each connection and
/// drops the connection under the second.
@Suite struct MutationResendTests {
    /// One attempt through `ECSClient.send`, which decides from the operation
    /// whether libcurl may send it again; no retries (`call` would add them).
    func sendOnce(_ stub: StubEndpoint, _ operation: String) async throws -> Data {
        try await stub.client.send(operation, body: Data("{}".utf8))
    }

    @Test func aMutationIsNeverSentAgainByLibcurl() async throws {
        try await StubEndpoint.with("dying_connection.py") { stub in
            _ = try await sendOnce(stub, "DescribeClusters")
            let error = await #expect(throws: AWSError.self) { _ = try await sendOnce(stub, "DeleteCluster") }
            #expect(error.map(ECSClient.isTransport) == true, "\(String(describing: error))")
            let arrived = try stub.stats()
            #expect(arrived["DeleteCluster"] == 1, "requests that arrived: \(arrived)")
        }
    }

    /// What the mutation is kept from: the same loss under a read is repaired
    /// by libcurl, which sends the read again on a new connection.
    @Test func aReadIsSentAgainOnANewConnection() async throws {
        try await StubEndpoint.with("dying_connection.py") { stub in
            _ = try await sendOnce(stub, "DescribeClusters")
            // `send` returns only after an HTTP 2xx answer.
            _ = try await sendOnce(stub, "ListClusters")
            #expect(try stub.stats()["ListClusters"] == 2)
        }
    }

    /// Through `call`, the failed mutation is a transport error that may hide a
    /// success: retried after `settle` says it did not take effect, or answered
    /// by `settle` when it did.
    @Test func callSettlesAMutationWhoseConnectionDied() async throws {
        try await StubEndpoint.with("dying_connection.py") { stub in
            _ = try await stub.client.call("DescribeClusters", Empty(), as: Empty.self)
            let settled = SettleCount()
            _ = try await stub.client.call("DeleteCluster", Empty(), as: Empty.self) {
                settled.increment()
                return Empty()
            }
            #expect(settled.count == 1)
            #expect(try stub.stats()["DeleteCluster"] == 1)
        }
    }
}

final class SettleCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func increment() { lock.withLock { value += 1 } }
}
