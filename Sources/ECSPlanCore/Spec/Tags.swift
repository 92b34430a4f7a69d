import YAML

/// The `{name: value}` form of a list the API spells `[{name, value}]`, or nil
/// when the node is not a mapping. Numbers and booleans are values, written as
/// the YAML source shows them.
func mapEntries(_ decoder: any Decoder, expected: String) throws -> [(String, String)]? {
    guard let d = decoder as? NodeDecoder, case .mapping(let m) = d.node else { return nil }
    let path = d.path
    return try m.pairs.map { pair in
        guard let key = pair.keyString else { throw d.typeError(expected) }
        return (key, try d.child(pair.value, path, .label(key)).decode(ScalarText.self).text)
    }
}

/// Any scalar as text (a number or boolean in an environment map is its text).
struct ScalarText: Decodable {
    var text: String
    init(from decoder: any Decoder) throws {
        guard let d = decoder as? NodeDecoder else {
            text = try String(from: decoder)
            return
        }
        if case .scalar(let s) = d.node, s.isNull {
            text = ""
            return
        }
        text = try d.interpolatedString(expected: "a string")
    }
}

/// ECS tags: `{team: web}` or the API's `[{key: team, value: web}]`.
public struct Tags: Codable, Sendable, Hashable {
    public struct Tag: Codable, Sendable, Hashable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var tags: [Tag]
    public init(_ tags: [Tag]) { self.tags = tags }
    public init(_ dict: [String: String]) { self.tags = dict.sorted { $0.key < $1.key }.map { Tag(key: $0.key, value: $0.value) } }

    public subscript(key: String) -> String? { tags.first { $0.key == key }?.value }

    public init(from decoder: any Decoder) throws {
        if let entries = try mapEntries(decoder, expected: "a map of tag keys to values") {
            tags = entries.map { Tag(key: $0.0, value: $0.1) }
            return
        }
        tags = try [Tag](from: decoder)
    }

    public func encode(to encoder: any Encoder) throws { try tags.encode(to: encoder) }
}
