/// A string set of the model (`NetworkMode`, `LaunchType`). A struct rather than
/// a Swift enum so that a value ECS starts returning before our model lists it
/// is kept, not lost or refused; configuration validation still insists on
/// `knownValues` (with a did-you-mean).
public protocol ECSEnum: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible, Comparable where RawValue == String {
    init(rawValue: String)
    static var knownValues: [String] { get }
}

extension ECSEnum {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public var isKnown: Bool { Self.knownValues.contains(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
