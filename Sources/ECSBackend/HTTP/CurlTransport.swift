import CCurl
import Foundation

/// ECS API requests over libcurl's easy interface, each on a thread of its own.
/// Foundation's URLSession on Linux drives the same libcurl through dispatch
/// sources that it re-arms around every socket event: about 8 ms of CPU a
/// request (half in the kernel), a second of CPU for a 100-service refresh, on
/// the same cores as everything else. A blocking transfer per thread costs a
/// few system calls.
///
/// Requests reuse kept-alive connections: a pool of at most `connections` easy
/// handles, each keeping its connection, which also bounds requests in flight.
/// A request `sentOnce` (a mutation, see `ECSClient.isReadOnly`) is never sent
/// again by libcurl itself (`ecsplan_curl_prepare`): a connection that dies
/// under it fails it, and `ECSClient.call` decides, after settling, whether to
/// send it again. (Before, each mutation opened a connection of its own for
/// that: in a region, a TCP and TLS handshake each.)
final class CurlTransport: @unchecked Sendable {
    let timeout: TimeInterval
    /// The only certificate authorities TLS peers are checked against (AWS_CA_BUNDLE), or the system's.
    let caBundle: String?
    private let slots: AsyncSlots
    private let lock = NSLock()
    /// Easy handles not in use; each keeps its connection to the endpoint.
    private var idle: [UnsafeMutableRawPointer] = []

    init(timeout: TimeInterval, connections: Int, caBundle: String? = nil) {
        _ = CurlTransfer.initialized
        self.timeout = timeout
        self.caBundle = caBundle
        slots = AsyncSlots(connections)
    }

    deinit {
        for handle in idle { curl_easy_cleanup(handle) }
    }

    /// Sends `request` on a kept-alive connection; a transport failure
    /// (connection, timeout, certificate) throws `CurlTransfer.Failure`.
    func send(_ request: HTTPRequest, sentOnce: Bool) async throws -> HTTPReply {
        let (timeout, caBundle) = (self.timeout, self.caBundle)
        await slots.acquire()
        defer { slots.release() }
        let kept = CurlTransfer.HandleBox(lock.withLock { idle.popLast() })
        let result = await CurlTransfer.onThread {
            Result { try CurlTransfer.perform(kept, request, sentOnce: sentOnce, timeout: timeout, caBundle: caBundle) }
        }
        if let h = kept.handle { lock.withLock { idle.append(h) } }
        return try result.get()
    }
}

/// At most `count` holders at once; the others wait, first come first served.
final class AsyncSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = lock.withLock { () -> Bool in
                if free > 0 { free -= 1; return true }
                waiting.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    func release() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if waiting.isEmpty { free += 1; return nil }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
