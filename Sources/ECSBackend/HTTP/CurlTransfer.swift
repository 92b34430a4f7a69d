import CCurl
import Foundation

/// One HTTP request as ecsplan sends it: to ECS, STS, S3, the SSO portal or
/// a metadata endpoint.
struct HTTPRequest: Sendable {
    var method: String
    var url: URL
    var headers: [(String, String)]
    var body: Data

    init(method: String = "GET", url: URL, headers: [(String, String)] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// Replaces any header of the same name (case-insensitively).
    mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.0.caseInsensitiveCompare(name) == .orderedSame }
        headers.append((name, value))
    }
}

/// What came back: any status, the body, and the headers of the final answer.
struct HTTPReply: Sendable {
    var status: Int
    var body: Data
    var headers: [String: String]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// A header by name, case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// One transfer on a libcurl easy handle, blocking the calling thread. The
/// transport (`CurlTransport`) and single fetches (`HTTPFetch`) both run it on
/// a thread of their own.
enum CurlTransfer {
    struct Failure: Error {
        var message: String
        /// libcurl's code, 0 when the transfer never started.
        var code: UInt32 = 0

        /// The peer's certificate chains to no trusted authority, or the
        /// bundle of authorities cannot be read: asking again changes nothing.
        var untrustedPeer: Bool {
            code == CURLE_PEER_FAILED_VERIFICATION.rawValue || code == CURLE_SSL_CACERT_BADFILE.rawValue
        }
    }

    /// libcurl's global set-up, once per process, before any handle exists.
    static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Sends `request` on `kept`'s handle (a new one when it has none). A handle
    /// whose transfer failed is closed, with its connection. `caBundle` names
    /// the only certificate authorities TLS peers are checked against.
    static func perform(_ kept: HandleBox, _ request: HTTPRequest, sentOnce: Bool, timeout: TimeInterval,
                        caBundle: String?) throws -> HTTPReply {
        _ = initialized
        guard let h = kept.handle ?? curl_easy_init() else {
            throw Failure(message: "libcurl could not start a transfer")
        }
        kept.handle = h
        // A line break in a value would end the header there and start another.
        if let bad = request.headers.first(where: { ($0.0 + $0.1).contains(where: \.isNewline) }) {
            throw Failure(message: "the header \(bad.0) holds a line break; it was not sent")
        }
        var lines = request.headers.map { "\($0.0): \($0.1)" }
        // libcurl asks to continue before a body over 1 KiB and waits a second for the answer; no endpoint needs it.
        lines.append("Expect:")
        // Nor the form Content-Type libcurl gives a body that names none (S3 would keep it on the object).
        if !request.headers.contains(where: { $0.0.caseInsensitiveCompare("Content-Type") == .orderedSame }) {
            lines.append("Content-Type:")
        }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines { list = curl_slist_append(list, line) }
        defer { curl_slist_free_all(list) }
        let sink = Sink(), headers = HeaderSink(), source = Source(request.body)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let milliseconds = max(1, Int(timeout * 1000))
        // Never a NULL body: libcurl would read one from stdin.
        let payload = request.body.isEmpty ? Data([0]) : request.body
        let code: CURLcode = payload.withUnsafeBytes { bytes in
            errorBuffer.withUnsafeMutableBufferPointer { errors in
                let prepared = ecsplan_curl_prepare(
                    h, request.method, request.url.absoluteString, list,
                    bytes.baseAddress?.assumingMemoryBound(to: CChar.self), request.body.count, milliseconds,
                    sentOnce ? 1 : 0, readBody, Unmanaged.passUnretained(source).toOpaque(),
                    writeBody, Unmanaged.passUnretained(sink).toOpaque(),
                    writeHeader, Unmanaged.passUnretained(headers).toOpaque(), caBundle, errors.baseAddress)
                guard prepared == Int32(CURLE_OK.rawValue) else { return CURLcode(UInt32(prepared)) }
                defer { ecsplan_curl_release(h) }
                return curl_easy_perform(h)
            }
        }
        guard code == CURLE_OK else {
            kept.close()
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw Failure(
                message: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail, code: code.rawValue)
        }
        return HTTPReply(status: ecsplan_curl_status(h), body: sink.data, headers: headers.fields)
    }

    /// Runs a blocking transfer on a new thread: the cooperative pool has a
    /// thread per core, which must never block, and up to 16 transfers wait at once.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
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

    /// The handle a transfer runs on, handed back afterwards (nil once closed).
    final class HandleBox: @unchecked Sendable {
        var handle: UnsafeMutableRawPointer?
        init(_ handle: UnsafeMutableRawPointer?) { self.handle = handle }

        /// Closes the handle and its connection.
        func close() {
            if let handle { curl_easy_cleanup(handle) }
            handle = nil
        }
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

    /// The header lines of the last answer: a `100 Continue` or a proxy's
    /// `200 Connection established` comes first with its own.
    private final class HeaderSink {
        var fields: [String: String] = [:]

        func take(_ line: Substring) {
            if line.hasPrefix("HTTP/") { fields = [:]; return }
            guard let colon = line.firstIndex(of: ":") else { return }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            fields[name] = fields[name].map { $0 + ", " + value } ?? value
        }
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

    private static let writeHeader: ecsplan_curl_write_fn = { data, size, count, sink in
        guard let data, let sink else { return 0 }
        let n = size * count
        let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
        Unmanaged<HeaderSink>.fromOpaque(sink).takeUnretainedValue().take(line[...])
        return n
    }
}
