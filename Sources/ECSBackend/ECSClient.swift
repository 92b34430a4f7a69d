import Foundation
import ECSModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small client for the ECS JSON 1.1 API: signs with SigV4, retries
/// throttling, 5xx and network errors with capped exponential backoff and full
/// jitter, and surfaces the AWS error code and message otherwise.
public final class ECSClient: Sendable {
    public let settings: AWSSettings
    let session: URLSession
    let maxAttempts: Int
    let baseDelay: Duration
    let maxDelay: Duration
    let counter = RequestCounter()
    /// Receives one line per request when --debug is on (never a secret).
    let debug: (@Sendable (String) -> Void)?

    public init(settings: AWSSettings, maxAttempts: Int = 6, baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(5),
                timeout: TimeInterval = 30, debug: (@Sendable (String) -> Void)? = nil) {
        self.settings = settings
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.httpAdditionalHeaders = ["User-Agent": "ecsplan"]
        session = URLSession(configuration: config)
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.debug = debug
    }

    /// Requests sent per operation, for tests that assert the minimum number of reads.
    public var requestCounts: [String: Int] { counter.snapshot }
    public func resetCounts() { counter.reset() }

    static let retryableCodes: Set<String> = ["ThrottlingException", "TooManyRequestsException", "Throttling", "RequestLimitExceeded",
                                              "ServerException", "ServiceUnavailable", "InternalFailure", "RequestTimeout"]

    /// A generated operation, typed by the model's request and response shapes.
    public func call<Input, Output>(_ operation: ECS.Operation<Input, Output>, _ request: Input) async throws -> Output {
        try await call(operation.name, request, as: Output.self)
    }

    public func call<Request: Encodable, Response: Decodable>(_ operation: String, _ request: Request, as: Response.Type = Response.self) async throws -> Response {
        let body = try JSONEncoder().encode(request)
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            do {
                let data = try await send(operation, body: body)
                if data.isEmpty || Response.self == Empty.self, let empty = Empty() as? Response { return empty }
                do {
                    return try JSONDecoder().decode(Response.self, from: data)
                } catch {
                    throw AWSError.transport("unexpected response (\(error))", operation: operation)
                }
            } catch let error as AWSError {
                guard attempt < maxAttempts, Self.isRetryable(error) else { throw error }
                let delay = backoff(attempt)
                debug?("\(operation): \(error) — retrying in \(delay) (attempt \(attempt + 1) of \(maxAttempts))")
                try await Task.sleep(for: delay)
            }
        }
    }

    static func isRetryable(_ error: AWSError) -> Bool {
        switch error {
        case .service(let code, _, let status, _): return status == 429 || status >= 500 || retryableCodes.contains(code)
        case .transport: return true
        case .configuration: return false
        }
    }

    /// Full jitter: a random wait up to min(cap, base × 2^attempt).
    func backoff(_ attempt: Int) -> Duration {
        let cap = min(maxDelay, baseDelay * (1 << min(attempt, 20)))
        let ms = max(1, Int(cap.components.seconds * 1000 + cap.components.attoseconds / 1_000_000_000_000_000))
        return .milliseconds(Int.random(in: 0...ms))
    }

    func send(_ operation: String, body: Data) async throws -> Data {
        counter.increment(operation)
        var request = URLRequest(url: settings.endpoint)
        request.httpMethod = "POST"
        request.httpBody = body
        // Asked per request: temporary credentials are refreshed before they expire.
        let credentials = try await settings.credentials.credentials()
        let signer = SigV4Signer(credentials: credentials, region: settings.region, service: "ecs")
        let signed = signer.sign(method: "POST", url: settings.endpoint,
                                 headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.\(operation)")],
                                 body: body, date: Date())
        for (name, value) in signed.headers { request.setValue(value, forHTTPHeaderField: name) }
        debug?("POST \(settings.endpoint.absoluteString) \(operation) (\(body.count) bytes)")
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw AWSError.transport(error.localizedDescription, operation: operation)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
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
