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
