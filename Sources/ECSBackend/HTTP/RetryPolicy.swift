/// How the ECS client retries, after the AWS SDKs' retry modes
/// (`AWS_RETRY_MODE`, `AWS_MAX_ATTEMPTS`): capped exponential backoff with
/// full jitter, and in standard and adaptive mode a retry quota shared by
/// every request of the client, so an endpoint that keeps failing is not
/// hammered with retries.
public struct RetryPolicy: Sendable {
    public enum Mode: String, Sendable, CaseIterable {
        case legacy, standard, adaptive
    }

    public var mode: Mode
    /// Every attempt counts, the first included, as in the SDKs.
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    /// The SDKs' standard mode caps a backoff at 20 s; ecsplan starts at 100 ms
    /// (as the Java SDK does) rather than 1 s, so a brief hiccup costs little.
    public init(mode: Mode = .standard, maxAttempts: Int = 6,
                baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(20)) {
        self.mode = mode
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Whether retries draw on a `RetryQuota`: the SDKs' legacy mode has none.
    /// Adaptive mode retries as standard does, and also paces requests
    /// (`AdaptiveRateLimiter`, which `ECSClient` keeps).
    public var usesQuota: Bool { mode != .legacy }

    /// Full jitter: a random wait up to min(cap, base × 2^attempt).
    public func delay(afterAttempt attempt: Int) -> Duration {
        let cap = min(maxDelay, baseDelay * (1 << min(max(attempt, 0), 20)))
        let ms = max(1, Int(cap.components.seconds * 1000 + cap.components.attoseconds / 1_000_000_000_000_000))
        return .milliseconds(Int.random(in: 0...ms))
    }
}
