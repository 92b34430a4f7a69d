import Foundation
import Testing
@testable import ECSPlanCore

/// The lock and run records keep the text `ISO8601DateFormatter` wrote before.
@Suite struct UTCTimestampTests {
    @Test(arguments: [0, 59, 951_782_400, 1_796_663_652, 1_709_164_799, 4_102_444_800, 253_402_300_799])
    func matchesISO8601DateFormatter(seconds: Int) {
        let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        #expect(UTCTimestamp.format(secondsSince1970: seconds) == expected)
    }

    @Test func nowIsTodayInUTC() throws {
        let before = ISO8601DateFormatter().string(from: Date())
        let now = UTCTimestamp.now()
        let after = ISO8601DateFormatter().string(from: Date())
        #expect(before <= now && now <= after)
    }
}
