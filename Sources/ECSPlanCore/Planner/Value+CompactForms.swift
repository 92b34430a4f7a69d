extension Value {
    /// Canonical JSON (sorted keys), for digests.
    public var canonicalJSON: String { String(decoding: canonicalJSONBytes, as: UTF8.self) }

    /// The UTF-8 of `canonicalJSON`, written as bytes into one buffer: the
    /// planner digests every object, and appending to a String (its
    /// capacity and ASCII bookkeeping on each append) cost as much again.
    public var canonicalJSONBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        appendCanonicalJSON(to: &out)
        return out
    }

    func appendCanonicalJSON(to out: inout [UInt8]) { append(to: &out, as: .canonicalJSON) }

    /// Appends what `rendered` returns, without building it as a String.
    func appendRendered(to out: inout [UInt8]) { append(to: &out, as: .diffText) }

    /// The two compact forms a value is written in: canonical JSON for digests,
    /// and the text of a diff line. One writer serves both; they differ only in
    /// punctuation, and in canonical JSON telling a keyed map from an object.
    struct CompactForm {
        let separator: [UInt8]
        let colon: [UInt8]
        let quotesKeys: Bool
        let marksKeyed: Bool

        static let canonicalJSON = CompactForm(
            separator: Array(",".utf8), colon: Array(":".utf8), quotesKeys: true, marksKeyed: true)
        static let diffText = CompactForm(
            separator: Array(", ".utf8), colon: Array(": ".utf8), quotesKeys: false, marksKeyed: false)
    }

    func append(to out: inout [UInt8], as form: CompactForm) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .string(let s): Value.appendQuoted(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out += form.separator }
                item.append(to: &out, as: form)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let m):
            Value.appendSorted(m, to: &out, as: form)
        case .keyed(let m) where form.marksKeyed:
            out += "{\"#\":".utf8
            Value.appendSorted(m, to: &out, as: form)
            out.append(UInt8(ascii: "}"))
        case .keyed(let m):
            Value.appendSorted(m, to: &out, as: form)
        }
    }

    private static func appendSorted(_ m: [String: Value], to out: inout [UInt8], as form: CompactForm) {
        out.append(UInt8(ascii: "{"))
        // Pairs sorted whole: looking each sorted key up again hashed it twice.
        for (i, (key, v)) in m.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += form.separator }
            if form.quotesKeys { appendQuoted(key, to: &out) } else { out += key.utf8 }
            out += form.colon
            v.append(to: &out, as: form)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Double-quoted with JSON escapes: `"`, `\\`, `\n` and `\t` by name, other
    /// control characters as `\u00XX`; everything else (UTF-8 included) as is.
    /// The runs between escapes are copied whole: nearly every string has no
    /// escape at all, and a byte-by-byte append checked capacity for each byte.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in bytes.indices {
                let byte = bytes[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch byte {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case UInt8(ascii: "\n"): out += "\\n".utf8
                case UInt8(ascii: "\t"): out += "\\t".utf8
                default: out += ("\\u00" + Hex.encode([byte])).utf8
                }
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
