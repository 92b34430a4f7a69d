import Foundation

/// A model `timestamp`: ECS's JSON protocol sends seconds since 1970 as a
/// number; the AWS CLI prints ISO 8601 text, which pasted describe output holds.
/// Both decode; it encodes as the API's number.
public struct ECSTimestamp: Codable, Sendable, Hashable, Comparable {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) { self.secondsSince1970 = secondsSince1970 }
    public init(_ date: Date) { secondsSince1970 = date.timeIntervalSince1970 }

    public var date: Date { Date(timeIntervalSince1970: secondsSince1970) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let seconds = try? c.decode(Double.self) {
            secondsSince1970 = seconds
            return
        }
        let text = try c.decode(String.self)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a timestamp: \(text)")
        }
        secondsSince1970 = date.timeIntervalSince1970
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(secondsSince1970)
    }

    public static func < (a: ECSTimestamp, b: ECSTimestamp) -> Bool { a.secondsSince1970 < b.secondsSince1970 }
}
