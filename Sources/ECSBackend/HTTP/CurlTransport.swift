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
/// again by libcurl itself (`ecsplan_curl_prepare_post`): a connection that dies
/// under it fails it, and `ECSClient.call` decides, after settling, whether to
/// send it again. (Before, each mutation opened a connection of its own for
/// that: in a region, a TCP and TLS handshake each.)
final class CurlTransport: @unchecked Sendable {
    struct Reply {
        var status: Int
        var body: Data
    }

    struct Failure: Error {
        var message: String
    }

    let timeout: TimeInterval
    private let slots: AsyncSlots
    private let lock = NSLock()
    /// Easy handles not in use; each keeps its connection to the endpoint.
    private var idle: [UnsafeMutableRawPointer] = []

    init(timeout: TimeInterval, connections: Int) {
        _ = Self.initialized
        self.timeout = timeout
        slots = AsyncSlots(connections)
    }

    deinit {
        for handle in idle { curl_easy_cleanup(handle) }
    }

    /// libcurl's global set-up, once per process, before any handle exists.
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// POSTs `body` with `headers`; a transport failure (connection, timeout) throws `Failure`.
    func post(url: String, headers: [(String, String)], body: Data, sentOnce: Bool) async throws -> Reply {
        let timeout = self.timeout
        await slots.acquire()
        defer { slots.release() }
        let kept = HandleBox(lock.withLock { idle.popLast() })
        let result = await Self.onThread {
            Result { try Self.perform(kept, url, headers, body, sentOnce: sentOnce, timeout) }
        }
        if let h = kept.handle { lock.withLock { idle.append(h) } }
        return try result.get()
    }

    /// Runs a blocking transfer on a new thread: the cooperative pool has a
    /// thread per core, which must never block, and up to 16 transfers wait at once.
    private static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread {
                blockBrokenPipeSignal()
                continuation.resume(returning: body())
            }.start()
        }
    }

    /// With CURLOPT_NOSIGNAL (required with threads) libcurl no longer ignores
    /// SIGPIPE around a transfer, and a write to a connection the server closed
    /// could then end the process in the corner cases libcurl's own
    /// MSG_NOSIGNAL sends miss. Blocked on the transfer's own thread, the write
    /// fails with EPIPE instead; the rest of the process keeps its disposition.
    private static func blockBrokenPipeSignal() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// One transfer on `kept`'s handle (a new one when it has none). A handle
    /// whose transfer failed is closed, with its connection.
    private static func perform(_ kept: HandleBox, _ url: String, _ headers: [(String, String)], _ body: Data,
                                sentOnce: Bool, _ timeout: TimeInterval) throws -> Reply {
        guard let h = kept.handle ?? curl_easy_init() else {
            throw Failure(message: "libcurl could not start a transfer")
        }
        kept.handle = h
        var list: UnsafeMutablePointer<curl_slist>?
        // libcurl asks to continue before a body over 1 KiB and waits a second for the answer; ECS needs no such step.
        for line in headers.map({ "\($0.0): \($0.1)" }) + ["Expect:"] { list = curl_slist_append(list, line) }
        defer { curl_slist_free_all(list) }
        let sink = Sink(), source = Source(body)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let milliseconds = max(1, Int(timeout * 1000))
        // Never a NULL body: libcurl would read one from stdin.
        let payload = body.isEmpty ? Data([0]) : body
        let code: CURLcode = payload.withUnsafeBytes { bytes in
            errorBuffer.withUnsafeMutableBufferPointer { errors in
                let prepared = ecsplan_curl_prepare_post(
                    h, url, list, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), body.count, milliseconds,
                    sentOnce ? 1 : 0, readBody, Unmanaged.passUnretained(source).toOpaque(),
                    writeBody, Unmanaged.passUnretained(sink).toOpaque(), errors.baseAddress)
                guard prepared == Int32(CURLE_OK.rawValue) else { return CURLcode(UInt32(prepared)) }
                defer { ecsplan_curl_release(h) }
                return curl_easy_perform(h)
            }
        }
        guard code == CURLE_OK else {
            curl_easy_cleanup(h)
            kept.handle = nil
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw Failure(message: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
        return Reply(status: ecsplan_curl_status(h), body: sink.data)
    }

    /// The body of a request `sentOnce`, read by libcurl from the start, once.
    private final class Source {
        let body: Data
        var offset = 0
        init(_ body: Data) { self.body = body }
    }

    private final class Sink {
        var data = Data()
    }

    /// The handle a request hands back to the pool (nil once closed).
    private final class HandleBox: @unchecked Sendable {
        var handle: UnsafeMutableRawPointer?
        init(_ handle: UnsafeMutableRawPointer?) { self.handle = handle }
    }

    private static let readBody: ecsplan_curl_read_fn = { buffer, size, count, source in
        guard let buffer, let source else { return 0 }
        let s = Unmanaged<Source>.fromOpaque(source).takeUnretainedValue()
        let n = min(size * count, s.body.count - s.offset)
        guard n > 0 else { return 0 }
        s.body.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            UnsafeMutableRawPointer(buffer).copyMemory(from: base + s.offset, byteCount: n)
        }
        s.offset += n
        return n
    }

    private static let writeBody: ecsplan_curl_write_fn = { data, size, count, sink in
        guard let data, let sink else { return 0 }
        let n = size * count
        Unmanaged<Sink>.fromOpaque(sink).takeUnretainedValue().data
            .append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: n)
        return n
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
