import Foundation

/// Expiration times as AWS writes them: ISO 8601 with or without fractional
/// seconds (`2026-12-03T10:00:00Z`, `2026-12-03T10:00:00.000Z`).
enum AWSTimestamp {
    static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        // SSO's cache writes `2026-12-03T10:00:00UTC`.
        if text.hasSuffix("UTC") { return plain.date(from: String(text.dropLast(3)) + "Z") }
        return nil
    }

    static func format(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
