/// A normalized, comparable form of a spec. Struct fields are `.object`;
/// lists the API treats as sets are `.keyed` by their natural key (so they
/// compare by key, not position); ordered lists stay `.list`.
public indirect enum Value: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([Value])
    case object([String: Value])
    case keyed([String: Value])

    /// Renders the value for a diff line: strings quoted, collections compact.
    public var rendered: String {
        var out: [UInt8] = []
        appendRendered(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Double-quoted with JSON escapes, which YAML's double-quoted style also reads.
    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Builds `.object` values, dropping absent and empty fields so that "not set"
/// and "set to the empty default" never differ.
struct ObjectBuilder {
    var fields: [String: Value] = [:]

    mutating func set(_ key: String, _ value: Value?) {
        guard let value, !value.isEmpty else { return }
        fields[key] = value
    }
    mutating func set(_ key: String, _ s: String?) { set(key, s.map(Value.string)) }
    mutating func set(_ key: String, _ i: Int?) { set(key, i.map(Value.int)) }
    mutating func set(_ key: String, _ b: Bool?) { set(key, b.map(Value.bool)) }
    mutating func set(_ key: String, strings: [String]?) { set(key, strings.map { .list($0.map(Value.string)) }) }
    /// A list the API treats as a set of plain strings.
    mutating func set(_ key: String, stringSet: [String]?) { set(key, stringSet.map { .list(Array(Set($0)).sorted().map(Value.string)) }) }
    mutating func set(_ key: String, map: [String: String]?) { set(key, map.map { .keyed($0.mapValues(Value.string)) }) }

    var value: Value { .object(fields) }
}
