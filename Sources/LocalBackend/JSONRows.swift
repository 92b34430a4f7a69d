import ECSPlanCore

/// Rows of strings written as a JSON array of arrays, the form a step hands
/// to one statement through `json_each` (its stops, events, completions, a
/// round's service keys). Written straight as bytes: building each row as a
/// `Value` list first cost a step that stops ten thousand tasks as much as
/// writing the text.
struct JSONRows {
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// The array, e.g. `[["prod","web"],["prod","api"]]`.
    var text: String { String(decoding: bytes + [UInt8(ascii: "]")], as: UTF8.self) }

    mutating func append(_ a: String, _ b: String) {
        open()
        field(a)
        next(b)
        close()
    }

    mutating func append(_ a: String, _ b: String, _ c: String) {
        open()
        field(a)
        next(b)
        next(c)
        close()
    }

    mutating func append(_ a: String, _ b: String, _ c: String, _ d: String) {
        open()
        field(a)
        next(b)
        next(c)
        next(d)
        close()
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "["))
        count = 0
    }

    private mutating func open() {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        count += 1
    }

    private mutating func field(_ s: String) { Value.appendQuoted(s, to: &bytes) }

    private mutating func next(_ s: String) {
        bytes.append(UInt8(ascii: ","))
        Value.appendQuoted(s, to: &bytes)
    }

    private mutating func close() { bytes.append(UInt8(ascii: "]")) }
}
