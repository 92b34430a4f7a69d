import Foundation

/// The client-side rate limiting of the SDKs' adaptive retry mode
/// (`AWS_RETRY_MODE=adaptive`). Nothing is held back until ECS first answers
/// with throttling; from then on requests leave at a rate that the throttling
/// answers cut (to 0.7 of the rate that drew them) and the successes raise
/// again along a cubic curve, through the rate of the last throttling and past
/// it (TCP CUBIC's window, applied to requests a second). It is never raised
/// above twice the rate the client measurably sends at, nor cut below 0.5.
final class AdaptiveRateLimiter: @unchecked Sendable {
    static let beta = 0.7
    static let scale = 0.4
    static let minimumRate = 0.5
    /// The measured sending rate is updated every half second, smoothed.
    static let measuringWindow = 0.5
    static let smoothing = 0.8

    private let lock = NSLock()
    private let now: @Sendable () -> Double

    /// Whether a throttling answer has been seen: only then are requests held back.
    private(set) var enabled = false
    // The token bucket: `rate` tokens a second, at most max(rate, 1) kept.
    private(set) var rate = 1.0
    private var tokens = 0.0
    private var filledAt: Double?
    // CUBIC: the rate at the last throttling, when it came, and how long the
    // curve takes to climb back to that rate.
    private var rateAtThrottle = 0.0
    private var throttledAt: Double
    private var climb = 0.0
    // The measured sending rate: responses counted in half-second windows.
    private(set) var measuredRate = 0.0
    private var windowStart: Double
    private var counted = 0.0

    init(now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.now = now
        let t = now()
        throttledAt = t
        windowStart = (t / Self.measuringWindow).rounded(.down) * Self.measuringWindow
    }

    /// Takes a token for a request about to be sent, or says how long to wait
    /// before asking again (at most a second: the rate may rise meanwhile).
    func takeToken() -> Duration? {
        lock.withLock {
            guard enabled else { return nil }
            refill(at: now())
            if tokens >= 1 {
                tokens -= 1
                return nil
            }
            return .milliseconds(Int((min(1, (1 - tokens) / rate) * 1000).rounded(.up)))
        }
    }

    /// Waits until a token is free.
    func waitForToken() async throws {
        while let wait = takeToken() { try await Task.sleep(for: wait) }
    }

    /// After each answer (or failure to get one): a throttling answer cuts the
    /// rate, any other raises it along the curve.
    func record(throttled: Bool) {
        lock.withLock {
            let t = now()
            measure(at: t)
            var next: Double
            if throttled {
                rateAtThrottle = enabled ? min(measuredRate, rate) : measuredRate
                climb = pow(rateAtThrottle * (1 - Self.beta) / Self.scale, 1.0 / 3)
                throttledAt = t
                next = rateAtThrottle * Self.beta
                enabled = true
            } else {
                next = Self.scale * pow(t - throttledAt - climb, 3) + rateAtThrottle
            }
            next = min(next, 2 * measuredRate)
            setRate(next, at: t)
        }
    }

    private func measure(at t: Double) {
        counted += 1
        let window = (t / Self.measuringWindow).rounded(.down) * Self.measuringWindow
        guard window > windowStart else { return }
        let current = counted / (window - windowStart)
        measuredRate = current * Self.smoothing + measuredRate * (1 - Self.smoothing)
        counted = 0
        windowStart = window
    }

    private func setRate(_ value: Double, at t: Double) {
        refill(at: t)  // what accrued so far accrued at the old rate
        rate = max(value, Self.minimumRate)
        tokens = min(tokens, max(rate, 1))
    }

    private func refill(at t: Double) {
        if let filledAt { tokens = min(max(rate, 1), tokens + (t - filledAt) * rate) }
        filledAt = t
    }
}
