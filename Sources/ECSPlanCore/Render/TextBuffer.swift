/// UTF-8 text built by appending bytes: a plan's text is rendered line by
/// line, and building each line from `String` pieces (`+`, interpolation,
/// `joined`) allocated several strings per line, which made rendering a
/// 28 MB plan as slow as planning it.
struct TextBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// `value` as a diff line shows it (`Value.rendered`).
    mutating func append(_ value: Value) { value.appendRendered(to: &bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
