/// UTF-8 text built by appending bytes: a plan's text is rendered line by
/// line, and building each line from `String` pieces (`+`, interpolation,
/// `joined`) allocated several strings per line, which made rendering a
/// 28 MB plan as slow as planning it.
struct TextBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func append(_ s: Substring) { bytes.append(contentsOf: s.utf8) }

    mutating func append(_ i: Int) { append(String(i)) }

    /// `value` as a diff line shows it (`Value.rendered`).
    mutating func append(_ value: Value) { value.appendRendered(to: &bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension Value {
    /// Appends what `rendered` returns, without building it as a String.
    func appendRendered(to out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .string(let s): Value.appendQuoted(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", ".utf8 }
                item.appendRendered(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let m), .keyed(let m):
            out.append(UInt8(ascii: "{"))
            for (i, key) in m.keys.sorted().enumerated() {
                if i > 0 { out += ", ".utf8 }
                out += key.utf8
                out += ": ".utf8
                (m[key] ?? .null).appendRendered(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}
