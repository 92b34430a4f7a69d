import ECSModel
import Foundation
import YAML

/// A shape read straight from JSON bytes (decoders generated into
/// Generated/ECS+JSONDecoding.swift): one pass, one member match per key
/// present, no `Decoder` containers. It reads the JSON ecsplan writes (state,
/// saved plans); anything else it declines with `JSONScanner.Unsupported`, and
/// the caller reads that text with `JSONDecoder`, whose answer is the reference.
protocol JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self
}

/// A cursor over one JSON text. Readers of optional values return nil for
/// `null`, as `decodeIfPresent` does; anything unexpected throws `Unsupported`.
struct JSONScanner {
    /// The scanner declines this text: JSONDecoder reads it (and gives its error).
    struct Unsupported: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `body` over the whole of `text`, or nil when the scanner declines it.
    static func scan<T>(_ text: String, _ body: (inout JSONScanner) throws -> T) -> T? {
        var text = text
        return text.withUTF8 { buffer -> T? in
            var r = JSONScanner(buffer)
            guard let value = try? body(&r) else { return nil }
            r.skipSpace()
            return r.i == buffer.count ? value : nil
        }
    }

    // MARK: Tokens

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    /// The next non-space byte, not consumed.
    mutating func peek() throws -> UInt8 {
        skipSpace()
        guard i < bytes.count else { throw Unsupported() }
        return bytes[i]
    }

    mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Unsupported() }
        i += 1
    }

    /// Consumes `null` when it comes next.
    mutating func null() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count, let base = bytes.baseAddress, memcmp(word.utf8Start, base + i, n) == 0 else { throw Unsupported() }
        i += n
    }

    // MARK: Scalars

    mutating func string() throws -> String? {
        if try null() { return nil }
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            case UInt8(ascii: "\\"):
                i = start
                return try escapedString()
            default: i += 1
            }
        }
        throw Unsupported()
    }

    /// The rest of a string with escapes in it, from just after its opening quote.
    private mutating func escapedString() throws -> String {
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw Unsupported() }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {  // a surrogate pair
                        try literal("\\u")
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Unsupported() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw Unsupported() }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: throw Unsupported()
                }
            default: out.append(b)
            }
        }
        throw Unsupported()
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw Unsupported() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(b - UInt8(ascii: "A") + 10)
            default: throw Unsupported()
            }
        }
        return v
    }

    /// The bytes of one number as JSON writes it: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    /// Anything else (`01`, `.5`, `1.`, `+1`) is left to JSONDecoder, which refuses it.
    private mutating func numberToken() throws -> UnsafeBufferPointer<UInt8> {
        skipSpace()
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - from
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let leadingZero = i < bytes.count && bytes[i] == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { throw Unsupported() }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw Unsupported() }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw Unsupported() }
        }
        return try token(from: start)
    }

    private func token(from start: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard i > start else { throw Unsupported() }
        return UnsafeBufferPointer(rebasing: bytes[start..<i])
    }

    /// A whole number; a fraction or an exponent is left to JSONDecoder.
    mutating func int() throws -> Int? {
        if try null() { return nil }
        let token = try numberToken()
        var negative = false
        var value = 0
        for (n, b) in token.enumerated() {
            if n == 0 && b == UInt8(ascii: "-") { negative = true; continue }
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { throw Unsupported() }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
            guard !o1 && !o2 else { throw Unsupported() }
            value = sum
        }
        guard token.count > (negative ? 1 : 0) else { throw Unsupported() }
        return negative ? -value : value
    }

    mutating func double() throws -> Double? {
        if try null() { return nil }
        guard let d = Double(String(decoding: try numberToken(), as: UTF8.self)) else { throw Unsupported() }
        return d
    }

    mutating func bool() throws -> Bool? {
        switch try peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default:
            guard try null() else { throw Unsupported() }
            return nil
        }
    }

    /// ECS's number of seconds; ISO 8601 text is left to JSONDecoder.
    mutating func timestamp() throws -> ECSTimestamp? {
        try double().map(ECSTimestamp.init(secondsSince1970:))
    }

    mutating func decodeEnum<E: ECSEnum>(_ type: E.Type) throws -> E? {
        try string().map(E.init(rawValue:))
    }

    // MARK: Structure

    mutating func shape<T: JSONScannable>(_ type: T.Type) throws -> T? {
        if try null() { return nil }
        return try T.scanJSON(&self)
    }

    /// A list; a null element is left to JSONDecoder.
    mutating func list<T>(_ element: (inout JSONScanner) throws -> T?) throws -> [T]? {
        if try null() { return nil }
        try expect(UInt8(ascii: "["))
        var out: [T] = []
        if try peek() == UInt8(ascii: "]") { i += 1; return out }
        while true {
            guard let e = try element(&self) else { throw Unsupported() }
            out.append(e)
            switch try peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return out
            default: throw Unsupported()
            }
        }
    }

    /// A map with string keys; a null value is left to JSONDecoder.
    mutating func map<T>(_ value: (inout JSONScanner) throws -> T?) throws -> [String: T]? {
        if try null() { return nil }
        var out: [String: T] = [:]
        try beginObject()
        var more = false
        while let key = try nextKey(&more) {
            guard let v = try value(&self) else { throw Unsupported() }
            out[key.string] = v
        }
        return out
    }

    mutating func beginObject() throws { try expect(UInt8(ascii: "{")) }

    /// The next key of the object begun, its ':' consumed; nil at its end.
    /// `more` is false before the first key, true after (a comma comes first).
    /// A key with escapes in it is left to JSONDecoder.
    mutating func nextKey(_ more: inout Bool) throws -> KeyText? {
        var b = try peek()
        if b == UInt8(ascii: "}") { i += 1; return nil }
        if more {
            guard b == UInt8(ascii: ",") else { throw Unsupported() }
            i += 1
            b = try peek()
        }
        more = true
        guard b == UInt8(ascii: "\"") else { throw Unsupported() }
        i += 1
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            guard bytes[i] != UInt8(ascii: "\\") else { throw Unsupported() }
            i += 1
        }
        guard i < bytes.count else { throw Unsupported() }
        let key = KeyText(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        i += 1
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Skips one value of any kind (a member the shape does not have, as JSONDecoder ignores it).
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            try beginObject()
            var more = false
            while try nextKey(&more) != nil { try skipValue() }
        case UInt8(ascii: "["):
            i += 1
            if try peek() == UInt8(ascii: "]") { i += 1; return }
            while true {
                try skipValue()
                switch try peek() {
                case UInt8(ascii: ","): i += 1
                case UInt8(ascii: "]"): i += 1; return
                default: throw Unsupported()
                }
            }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try numberToken()
        }
    }
}
