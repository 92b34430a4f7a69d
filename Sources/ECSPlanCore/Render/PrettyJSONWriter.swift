/// JSON written the way Foundation's `JSONEncoder` writes it with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`, byte for byte, but
/// without Codable: encoding a 10 000-service plan through JSONEncoder took a
/// quarter of a second, most of it in generic containers. Callers write keys in
/// sorted order (checked in debug builds); `PlanJSONTests` compares the output
/// with JSONEncoder's on generated plans.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// No member written yet in the innermost container.
    private var empty = true
    #if DEBUG
    private var lastKeys: [String?] = []
    #endif

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ items: S, _ each: (inout PrettyJSONWriter, S.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            member()
            each(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// Starts the member `key` of the current object; write its value next.
    mutating func key(_ key: String) {
        #if DEBUG
        if let last = lastKeys[lastKeys.count - 1] { assert(last < key, "keys out of order: \(last) before \(key)") }
        lastKeys[lastKeys.count - 1] = key
        #endif
        member()
        string(key)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Hex.digits[Int(byte >> 4)], Hex.digits[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ i: Int) { bytes.append(contentsOf: String(i).utf8) }

    mutating func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A value already encoded as JSON, written as it is.
    mutating func raw(_ json: [UInt8]) { bytes.append(contentsOf: json) }

    /// A string-keyed map, keys in `String` order as `.sortedKeys` gives them.
    mutating func map<V>(_ m: [String: V], _ each: (inout PrettyJSONWriter, V) -> Void) {
        object { w in
            for (k, v) in m.sorted(by: { $0.key < $1.key }) {
                w.key(k)
                each(&w, v)
            }
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    /// JSONEncoder puts an empty container's closing bracket after a blank line.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if empty { bytes.append(0x0A) }
        newline()
        bytes.append(bracket)
        empty = false
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    private mutating func member() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    mutating func appendNewline() { bytes.append(0x0A) }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
