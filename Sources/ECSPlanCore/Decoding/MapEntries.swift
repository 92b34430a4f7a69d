import YAML

/// The `{name: value}` form of a list the API spells `[{name, value}]`, or nil
/// when the node is not a mapping. Numbers and booleans are values, written as
/// the YAML source shows them.
extension NodeDecoder {
    func mapForm(expected: String) throws -> [(String, String)]? {
        guard case .mapping(let m) = node else { return nil }
        let base = path
        return try m.pairs.map { pair in
            guard let key = pair.keyString else { throw typeError(expected) }
            return (key, try ScalarText.read(child(pair.value, base, .label(key))))
        }
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
        text = try Self.read(d)
    }

    static func read(_ d: NodeDecoder) throws -> String {
        if case .scalar(let s) = d.node, s.isNull { return "" }
        return try d.interpolatedString(expected: "a string")
    }
}
