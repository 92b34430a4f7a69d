import ECSPlanCore
import Foundation
import Testing

/// The bounded pool the ECS provider and the executor send independent requests through.
@Suite struct ConcurrentRequestsTests {
    final class Probe: @unchecked Sendable {
        let lock = NSLock()
        var inFlight = 0
        var most = 0
        var started: [Int] = []
        var finished: [Int] = []

        func enter(_ i: Int) { lock.withLock { inFlight += 1; most = max(most, inFlight); started.append(i) } }
        func leave(_ i: Int) { lock.withLock { inFlight -= 1; finished.append(i) } }
    }

    struct Boom: Error {}

    @Test func resultsInOrderAndNeverMoreThanTheLimitInFlight() async throws {
        let probe = Probe()
        let out = try await ConcurrentRequests.map(Array(0..<40), limit: 4) { i in
            probe.enter(i)
            try await Task.sleep(for: .milliseconds(Int.random(in: 1...5)))
            probe.leave(i)
            return i * i
        }
        #expect(out == (0..<40).map { $0 * $0 })
        #expect(probe.most == 4)
    }

    @Test func aFailureStartsNothingMoreButLetsTheOnesInFlightFinish() async throws {
        let probe = Probe()
        await #expect(throws: Boom.self) {
            try await ConcurrentRequests.forEach(Array(0..<20), limit: 3) { i in
                probe.enter(i)
                defer { probe.leave(i) }
                if i == 1 { throw Boom() }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        // 0, 1 and 2 started together; 1 failed at once, so at most one more started.
        #expect(probe.started.count <= 4, "\(probe.started)")
        #expect(Set(probe.finished) == Set(probe.started), "every started request finished")
    }
}
