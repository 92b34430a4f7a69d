import Foundation
import ECSModel

/// A small client for the ECS JSON 1.1 API: signs with SigV4, retries
/// throttling, 5xx and network errors as the SDKs' retry modes do
/// (`RetryPolicy`, `RetryQuota`), and surfaces the AWS error code and message
/// otherwise. A mutation whose response may have been lost is retried only
/// after asking whether it took effect (`settle`).
public final class ECSClient: Sendable {
    public let settings: AWSSettings
    let transport: CurlTransport
    public let retry: RetryPolicy
    /// Shared by every request of this client, as in the SDKs.
    public let quota = RetryQuota()
    /// Adaptive mode's client-side rate limiting, shared by every request of this client.
    let rateLimiter: AdaptiveRateLimiter?
    let counter = RequestCounter()
    /// Receives one line per request when --debug is on (never a secret).
    let debug: (@Sendable (String) -> Void)?

    public convenience init(settings: AWSSettings, maxAttempts: Int = 6, timeout: TimeInterval = 30,
                            debug: (@Sendable (String) -> Void)? = nil) {
        self.init(settings: settings, retry: RetryPolicy(maxAttempts: maxAttempts), timeout: timeout, debug: debug)
    }

    public init(settings: AWSSettings, retry: RetryPolicy, timeout: TimeInterval = 30,
                debug: (@Sendable (String) -> Void)? = nil) {
        self.settings = settings
        transport = CurlTransport(timeout: timeout, connections: Self.readConnections, caBundle: settings.caBundle)
        self.retry = retry
        self.debug = debug
        rateLimiter = retry.mode == .adaptive ? AdaptiveRateLimiter() : nil
    }

    /// Connections requests may hold to the endpoint at once, which also bounds
    /// requests in flight. A refresh sends the configured families'
    /// DescribeTaskDefinition calls beside each cluster's reads, each a pool of
    /// `AmazonECSProvider.concurrency`: with fewer (URLSession on Linux allowed 6)
    /// the two pools queued behind each other (a 100-service refresh took 0.5 s
    /// longer through a 50 ms round trip).
    static let readConnections = 2 * AmazonECSProvider.concurrency

    /// Requests share the transport's kept-alive connections. When a reused
    /// connection is reset before the answer, libcurl sends the request again by
    /// itself, unseen by the retry logic here (the fault-proxy test caught a
    /// RegisterTaskDefinition sent twice this way, under URLSession). A read may
    /// be; a mutation goes `sentOnce`, which libcurl cannot send again, so every
    /// attempt at a mutation is one that `call` decided on, after `settle`.
    static func isReadOnly(_ operation: String) -> Bool {
        operation.hasPrefix("Describe") || operation.hasPrefix("List")
    }

    /// Requests sent per operation, for tests that assert the minimum number of reads.
    public var requestCounts: [String: Int] { counter.snapshot }
    public func resetCounts() { counter.reset() }

    static let retryableCodes: Set<String> = throttlingCodes.union([
        "ServerException", "ServiceUnavailable", "InternalFailure", "RequestTimeout",
    ])

    /// A generated operation, typed by the model's request and response shapes.
    /// `settle` is for mutations that must not happen twice: it is asked before
    /// any retry that follows an ambiguous failure (a lost connection, a timeout,
    /// a 5xx: the first attempt may have taken effect), and what it returns, if
    /// anything, is taken as the answer instead of sending the request again.
    public func call<Input, Output>(_ operation: ECS.Operation<Input, Output>, _ request: Input,
                                    settle: (@Sendable () async throws -> Output?)? = nil) async throws -> Output {
        try await call(operation.name, request, as: Output.self, settle: settle)
    }

    public func call<Request: Encodable, Response: Decodable>(
        _ operation: String, _ request: Request, as: Response.Type = Response.self,
        settle: (@Sendable () async throws -> Response?)? = nil
    ) async throws -> Response {
        // Encoded once: a retry sends the same bytes, client token included.
        let body = try JSONEncoder().encode(request)
        var attempt = 0
        var retryCost: Int?
        var ambiguous = false
        while true {
            attempt += 1
            try Task.checkCancellation()
            if ambiguous, let settle {
                if let done = try await settle() {
                    debug?("\(operation): the earlier attempt took effect; not sending it again")
                    quota.succeeded(retryCost: retryCost)
                    return done
                }
            }
            do {
                try await rateLimiter?.waitForToken()
                let data: Data
                do {
                    data = try await send(operation, body: body)
                    rateLimiter?.record(throttled: false)
                } catch let error as AWSError {
                    rateLimiter?.record(throttled: Self.isThrottling(error))
                    throw error
                }
                if retry.usesQuota { quota.succeeded(retryCost: retryCost) }
                if data.isEmpty || Response.self == Empty.self, let empty = Empty() as? Response { return empty }
                do {
                    return try JSONDecoder().decode(Response.self, from: data)
                } catch {
                    throw AWSError.transport("unexpected response (\(error))", operation: operation)
                }
            } catch let error as AWSError {
                guard attempt < retry.maxAttempts, Self.isRetryable(error) else { throw error }
                let transport = Self.isTransport(error)
                if retry.usesQuota {
                    guard let cost = quota.acquire(afterTransportFailure: transport) else {
                        debug?("\(operation): \(error) — not retried: the retry quota is spent")
                        throw error
                    }
                    retryCost = cost
                }
                ambiguous = ambiguous || Self.mayHaveTakenEffect(error)
                let delay = retry.delay(afterAttempt: attempt)
                debug?("\(operation): \(error) — retrying in \(delay) "
                       + "(attempt \(attempt + 1) of \(retry.maxAttempts))")
                try await Task.sleep(for: delay)
            }
        }
    }

    static func isRetryable(_ error: AWSError) -> Bool {
        switch error {
        case .service(let code, _, let status, _): return status == 429 || status >= 500 || retryableCodes.contains(code)
        case .transport: return true
        case .configuration, .untrustedCertificate: return false
        }
    }

    static let throttlingCodes: Set<String> = ["ThrottlingException", "TooManyRequestsException", "Throttling",
                                               "RequestLimitExceeded"]

    static func isThrottling(_ error: AWSError) -> Bool {
        if case .service(let code, _, let status, _) = error { return status == 429 || throttlingCodes.contains(code) }
        return false
    }

    static func isTransport(_ error: AWSError) -> Bool {
        if case .transport = error { return true }
        return false
    }

    /// A throttling answer or a 4xx means ECS refused the request; a lost
    /// connection, a timeout or a 5xx leave open whether it was carried out.
    static func mayHaveTakenEffect(_ error: AWSError) -> Bool {
        switch error {
        case .transport: return true
        case .service(_, _, let status, _): return status >= 500
        case .configuration, .untrustedCertificate: return false
        }
    }

    func send(_ operation: String, body: Data) async throws -> Data {
        counter.increment(operation)
        // Asked per request: temporary credentials are refreshed before they expire.
        let credentials = try await settings.credentials.credentials()
        let signer = SigV4Signer(credentials: credentials, region: settings.region, service: "ecs")
        let signed = signer.sign(method: "POST", url: settings.endpoint,
                                 headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.\(operation)")],
                                 body: body, date: Date())
        debug?("POST \(settings.endpoint.absoluteString) \(operation) (\(body.count) bytes)")
        let reply: HTTPReply
        do {
            reply = try await transport.send(
                HTTPRequest(method: "POST", url: settings.endpoint, headers: signed.headers, body: body),
                sentOnce: !Self.isReadOnly(operation))
        } catch let failure as CurlTransfer.Failure {
            if failure.untrustedPeer { throw AWSError.untrustedCertificate(failure.message, operation: operation) }
            throw AWSError.transport(failure.message, operation: operation)
        }
        let (status, data) = (reply.status, reply.body)
        debug?("\(operation) → HTTP \(status)")
        guard (200..<300).contains(status) else {
            let (code, message) = Self.parseError(data, status: status)
            throw AWSError.service(code: code, message: message, status: status, operation: operation)
        }
        return data
    }

    /// JSON 1.1 errors carry `__type` (`…#ThrottlingException`) and `message`;
    /// signature errors may come back as XML.
    static func parseError(_ data: Data, status: Int) -> (String, String) {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            let type = (object["__type"] as? String) ?? (object["code"] as? String) ?? "HTTP\(status)"
            let code = type.split(separator: "#").last.map(String.init) ?? type
            let message = (object["message"] as? String) ?? (object["Message"] as? String) ?? ""
            return (code, message)
        }
        let text = String(decoding: data, as: UTF8.self)
        func tag(_ name: String) -> String? {
            guard let a = text.range(of: "<\(name)>"), let b = text.range(of: "</\(name)>", range: a.upperBound..<text.endIndex) else { return nil }
            return String(text[a.upperBound..<b.lowerBound])
        }
        if let code = tag("Code") { return (code, tag("Message") ?? "") }
        return (status == 429 ? "TooManyRequestsException" : "HTTP\(status)", String(text.prefix(200)))
    }
}

/// An empty request or response body.
public struct Empty: Codable, Sendable { public init() {} }

final class RequestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    func increment(_ op: String) { lock.withLock { counts[op, default: 0] += 1 } }
    var snapshot: [String: Int] { lock.withLock { counts } }
    func reset() { lock.withLock { counts = [:] } }
}
