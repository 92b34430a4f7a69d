/// Structural diff of normalized values, keyed by names:
/// `containerDefinitions[app].environment[LOG_LEVEL]: "info" → "debug"`.
enum Differ {
    static func diff(_ before: Value?, _ after: Value?, path: FieldPath = FieldPath(), into out: inout [FieldChange]) {
        if before == after { return }
        switch (before, after) {
        case (.object(let a)?, .object(let b)?):
            for k in Set(a.keys).union(b.keys).sorted() { diff(a[k], b[k], path: path.key(k), into: &out) }
        case (.keyed(let a)?, .keyed(let b)?):
            for k in Set(a.keys).union(b.keys).sorted() { diff(a[k], b[k], path: path.label(k), into: &out) }
        // A whole object added or removed reads best as its leaves, one per line.
        case (.keyed(let a)?, nil) where !a.isEmpty:
            for k in a.keys.sorted() { diff(a[k], nil, path: path.label(k), into: &out) }
        case (nil, .keyed(let b)?) where !b.isEmpty:
            for k in b.keys.sorted() { diff(nil, b[k], path: path.label(k), into: &out) }
        case (.object(let a)?, nil) where !a.isEmpty:
            for k in a.keys.sorted() { diff(a[k], nil, path: path.key(k), into: &out) }
        case (nil, .object(let b)?) where !b.isEmpty:
            for k in b.keys.sorted() { diff(nil, b[k], path: path.key(k), into: &out) }
        default:
            out.append(FieldChange(path: path, before: before, after: after))
        }
    }
}

/// Values of environment variables, Docker labels and log options whose names
/// look secret never leave the planner: `(sensitive)` replaces them everywhere.
public enum Sensitivity {
    static let markers = ["PASSWORD", "SECRET", "TOKEN", "KEY"]
    static let maskedContainers: Set<String> = ["environment", "dockerLabels", "options"]

    /// ASCII case-insensitive substring search: names are environment variables
    /// and label keys, and this runs for every one of them on every plan
    /// (Foundation's `contains` was a tenth of planning 10 000 services).
    public static func isSensitiveName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in markerBytes.contains { Self.contains(bytes, $0) } }
    }

    private static let markerBytes: [[UInt8]] = markers.map { Array($0.utf8) }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            var i = 0
            while i < needle.count {
                var b = haystack[start + i]
                if b >= 0x61 && b <= 0x7A { b -= 0x20 }  // a-z → A-Z
                if b != needle[i] { break }
                i += 1
            }
            if i == needle.count { return true }
        }
        return false
    }

    /// Whether the value at `path` is a sensitive leaf.
    static func isSensitive(_ path: FieldPath) -> Bool {
        let c = path.components
        guard c.count >= 2, case .label(let name) = c[c.count - 1], case .key(let container) = c[c.count - 2] else { return false }
        return maskedContainers.contains(container) && isSensitiveName(name)
    }

    /// Replaces sensitive leaves inside `value` (for whole objects being added or removed).
    static func mask(_ value: Value, at path: FieldPath) -> Value {
        if isSensitive(path) { return .string("(sensitive)") }
        switch value {
        case .object(let m): return .object(Dictionary(uniqueKeysWithValues: m.map { ($0.key, mask($0.value, at: path.key($0.key))) }))
        case .keyed(let m): return .keyed(Dictionary(uniqueKeysWithValues: m.map { ($0.key, mask($0.value, at: path.label($0.key))) }))
        default: return value
        }
    }
}
