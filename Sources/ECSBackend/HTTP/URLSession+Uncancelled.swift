import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSession {
    /// `data(for:)`, except that cancelling the calling task does not cancel
    /// the request: it completes (or times out) and its result is dropped.
    ///
    /// swift-corelibs-foundation's async `data(for:)` cancels its
    /// URLSessionTask from the cancelling thread while the Swift task's status
    /// lock is held, with a `sync` onto the session's queue; a transfer that
    /// completes on that queue at the same moment waits for the same lock, and
    /// the process hangs for good. An `async let` left behind by a throw is
    /// cancelled exactly so (seen: `ecsplan plan` against moto, hung for 15
    /// minutes). Every request has a timeout, so a cancelled one costs at most that.
    func uncancelledData(for request: URLRequest) async throws -> (Data, URLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            let task = dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else if let response {
                    continuation.resume(returning: (data ?? Data(), response))
                } else {
                    continuation.resume(throwing: URLError(.badServerResponse))
                }
            }
            task.resume()
        }
    }
}
