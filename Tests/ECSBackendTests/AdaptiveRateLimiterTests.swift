import Foundation
import Testing
@testable import ECSBackend

/// Adaptive retry mode's pacing, on a clock the test moves.
@Suite struct AdaptiveRateLimiterTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var t = 1_000.0
        var now: Double { lock.withLock { t } }
        func advance(_ seconds: Double) { lock.withLock { t += seconds } }
    }

    /// Answers `count` requests, evenly spread over `seconds`.
    func send(_ limiter: AdaptiveRateLimiter, _ clock: Clock, count: Int, over seconds: Double,
              throttled: Bool = false) {
        for _ in 0..<count {
            clock.advance(seconds / Double(count))
            limiter.record(throttled: throttled)
        }
    }

    @Test func nothingIsHeldBackBeforeTheFirstThrottling() {
        let clock = Clock()
        let limiter = AdaptiveRateLimiter(now: { clock.now })
        send(limiter, clock, count: 200, over: 2)
        #expect(!limiter.enabled)
        for _ in 0..<50 { #expect(limiter.takeToken() == nil) }
    }

    @Test func aThrottlingCutsTheRateToSevenTenthsOfWhatDrewIt() throws {
        let clock = Clock()
        let limiter = AdaptiveRateLimiter(now: { clock.now })
        send(limiter, clock, count: 100, over: 5)  // 20 a second, measured
        let measured = limiter.measuredRate
        #expect(measured > 15 && measured <= 20, "measured \(measured)")
        limiter.record(throttled: true)
        #expect(limiter.enabled)
        #expect(abs(limiter.rate - 0.7 * limiter.measuredRate) < 0.5, "rate \(limiter.rate)")
        // Paced from now on: tokens come at the new rate, and a request without one waits.
        var sent = 0
        var waited = 0.0
        while sent < 20 {
            if let wait = limiter.takeToken() {
                let seconds = Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18
                #expect(seconds > 0 && seconds <= 1)
                clock.advance(seconds)
                waited += seconds
            } else {
                sent += 1
            }
        }
        // At 0.7 × ~20 a second, 20 requests need well over a second of waiting.
        #expect(waited > 20 / (limiter.rate + 1) - 1.5 && waited < 20 / limiter.rate + 1, "waited \(waited) s")
    }

    @Test func repeatedThrottlingNeverCutsBelowHalfARequestASecond() {
        let clock = Clock()
        let limiter = AdaptiveRateLimiter(now: { clock.now })
        send(limiter, clock, count: 40, over: 2, throttled: true)
        #expect(limiter.rate == AdaptiveRateLimiter.minimumRate)
    }

    @Test func successesRaiseTheRateBackPastWhereItWasThrottled() {
        let clock = Clock()
        let limiter = AdaptiveRateLimiter(now: { clock.now })
        send(limiter, clock, count: 100, over: 5)
        limiter.record(throttled: true)
        let cut = limiter.rate
        let throttledAt = limiter.measuredRate
        // Keep sending at the cut rate for a while: the rate climbs the cubic
        // curve, flat near the old rate, then beyond it, never past twice what
        // is measurably sent.
        var rates: [Double] = []
        for _ in 0..<30 {
            send(limiter, clock, count: Int(max(1, limiter.rate.rounded())), over: 1)
            rates.append(limiter.rate)
            #expect(limiter.rate <= 2 * limiter.measuredRate + 0.001)
        }
        #expect(rates.contains { $0 > cut })
        #expect((rates.max() ?? 0) > throttledAt, "rates \(rates.map { Int($0) }), throttled at \(throttledAt)")
    }
}

/// The rate limiter in a client: only adaptive mode has one, and a throttling
/// answer from the endpoint turns it on.
@Suite struct AdaptiveRetryModeTests {
    @Test func onlyAdaptiveModePacesRequests() {
        let settings = AWSSettings(credentials: AWSCredentials(accessKeyId: "a", secretAccessKey: "b"),
                                   region: "us-east-1", endpoint: URL(fileURLWithPath: "/"))
        #expect(ECSClient(settings: settings, retry: RetryPolicy(mode: .standard)).rateLimiter == nil)
        #expect(ECSClient(settings: settings, retry: RetryPolicy(mode: .legacy)).rateLimiter == nil)
        #expect(ECSClient(settings: settings, retry: RetryPolicy(mode: .adaptive)).rateLimiter != nil)
    }

    @Test func aThrottledAnswerTurnsPacingOnAndTheCallStillSucceeds() async throws {
        let retry = RetryPolicy(mode: .adaptive, maxAttempts: 3, baseDelay: .milliseconds(1))
        try await StubEndpoint.with("throttling.py", ["1"], retry: retry) { stub in
            let limiter = try #require(stub.client.rateLimiter)
            #expect(!limiter.enabled)
            _ = try await stub.client.call("DescribeClusters", Empty(), as: Empty.self)
            #expect(limiter.enabled)
            #expect(try stub.stats() == ["throttled": 1, "answered": 1])
        }
    }
}
