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
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return Value.quote(s)
        case .list(let items): return "[" + items.map(\.rendered).joined(separator: ", ") + "]"
        case .object(let m), .keyed(let m):
            return "{" + m.keys.sorted().map { "\($0): \(m[$0]?.rendered ?? "null")" }.joined(separator: ", ") + "}"
        }
    }

    /// Double-quoted with JSON escapes, which YAML's double-quoted style also reads.
    static func quote(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        // Most strings need no escape: append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 {
                    out += "\\u00" + Hex.encode([UInt8(ch.value)])
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        out += "\""
    }

    /// Canonical JSON (sorted keys), for digests. Written into one buffer: the
    /// planner digests every object, and joining per-level strings dominated.
    public var canonicalJSON: String {
        var out = ""
        out.reserveCapacity(512)
        appendCanonicalJSON(to: &out)
        return out
    }

    func appendCanonicalJSON(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): Value.appendQuoted(s, to: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.appendCanonicalJSON(to: &out)
            }
            out += "]"
        case .object(let m):
            Value.appendSorted(m, to: &out)
        case .keyed(let m):
            out += "{\"#\":"
            Value.appendSorted(m, to: &out)
            out += "}"
        }
    }

    private static func appendSorted(_ m: [String: Value], to out: inout String) {
        out += "{"
        // Pairs sorted whole: looking each sorted key up again hashed it twice.
        for (i, (key, v)) in m.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            v.appendCanonicalJSON(to: &out)
        }
        out += "}"
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
