import Foundation

/// Writes plain data (from `JSONSerialization` or `Value`) as block YAML, for
/// `state show` and `import`. Strings are quoted whenever YAML 1.1 would read
/// them as something else.
public enum YAMLWriter {
    public static func write(encodable value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value), let v = try? JSONDecoder().decode(Value.self, from: data) else { return "" }
        return write(v)
    }

    public static func write(_ value: Value, indent: Int = 0) -> String {
        var out = ""
        emit(value, indent: indent, into: &out, inList: false)
        return out
    }

    static func emit(_ value: Value, indent: Int, into out: inout String, inList: Bool) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let dict), .keyed(let dict):
            if dict.isEmpty { out += "{}\n"; return }
            var first = true
            for key in orderedKeys(dict) {
                guard let v = dict[key] else { continue }
                let prefix = (inList && first) ? "" : pad
                first = false
                out += prefix + scalar(key) + ":"
                switch v {
                case .object(let d) where !d.isEmpty, .keyed(let d) where !d.isEmpty:
                    out += "\n"
                    emit(v, indent: indent + 2, into: &out, inList: false)
                case .list(let l) where !l.isEmpty:
                    out += "\n"
                    emit(v, indent: indent, into: &out, inList: false)
                default:
                    out += " " + inline(v) + "\n"
                }
            }
        case .list(let list):
            if list.isEmpty { out += pad + "[]\n"; return }
            for item in list {
                out += pad + "- "
                switch item {
                case .object(let d) where !d.isEmpty, .keyed(let d) where !d.isEmpty:
                    emit(item, indent: indent + 2, into: &out, inList: true)
                case .list(let l) where !l.isEmpty:
                    out += "\n"
                    emit(item, indent: indent + 2, into: &out, inList: false)
                default:
                    out += inline(item) + "\n"
                }
            }
        default:
            out += pad + inline(value) + "\n"
        }
    }

    /// Names first (`name`, `family`), so objects read naturally.
    static func orderedKeys(_ d: [String: Value]) -> [String] {
        let priority = ["clusters", "taskDefinitions", "services", "name", "family", "cluster", "taskDefinition", "desiredCount", "image"]
        return priority.filter { d[$0] != nil } + d.keys.filter { !priority.contains($0) }.sorted()
    }

    static func inline(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return scalar(s)
        case .list: return "[]"
        case .object, .keyed: return "{}"
        }
    }

    static let reserved: Set<String> = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", ""]

    /// A string as a plain scalar when that reads back as the same string, else double-quoted.
    public static func scalar(_ s: String) -> String {
        let needsQuotes = reserved.contains(s) || Scalar.parseIntLike(s) || Double(s) != nil
            || s.first.map { "-?:,[]{}#&*!|>'\"%@` ".contains($0) } ?? true
            || s.contains(": ") || s.contains(" #") || s.hasSuffix(":") || s.hasSuffix(" ") || s.contains("\n") || s.contains("${")
            || s.unicodeScalars.contains { $0.value < 0x20 }
        return needsQuotes ? Value.quote(s) : s
    }
}

import YAML

extension Scalar {
    static func parseIntLike(_ s: String) -> Bool {
        Scalar(s, mark: Mark(file: "", line: 1, column: 1)).int != nil
    }
}
