/// A scalar keeps its source text untouched; what it means (string, integer,
/// boolean, null) depends on the field that reads it, as a config author expects:
/// `yes` stays the string "yes" unless the field is a Bool.
public struct Scalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var string: String
    public var style: Style
    public var tag: String?
    public var mark: Mark

    public init(_ string: String, style: Style = .plain, tag: String? = nil, mark: Mark) {
        self.string = string
        self.style = style
        self.tag = tag
        self.mark = mark
    }

    /// Quoted and block scalars are always strings; so is anything tagged `!!str`.
    public var isQuoted: Bool { style != .plain }

    var normalizedTag: String? {
        guard let tag else { return nil }
        if tag.hasPrefix("tag:yaml.org,2002:") { return "!!" + tag.dropFirst("tag:yaml.org,2002:".count) }
        return tag
    }

    public var isNull: Bool {
        if let t = normalizedTag { return t == "!!null" }
        guard style == .plain else { return false }
        switch string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// YAML 1.1 booleans. Only consulted when the field wants a Bool.
    public var bool: Bool? {
        if let t = normalizedTag, t != "!!bool" { return nil }
        if isQuoted && normalizedTag == nil { return nil }
        switch string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N": return false
        default: return nil
        }
    }

    /// YAML 1.1 integers: decimal, `0x`, `0o`/leading `0` octal, `0b`, with `_`
    /// separators and a sign. Quoted scalars are strings, unless tagged `!!int`.
    public var int: Int? {
        if let t = normalizedTag, t != "!!int" { return nil }
        if isQuoted && normalizedTag == nil { return nil }
        return Scalar.parseInt(string)
    }

    /// Integers and YAML 1.1 floats, including `.inf`, `-.inf` and `.nan`.
    public var double: Double? {
        if let t = normalizedTag, t != "!!float", t != "!!int" { return nil }
        if isQuoted && normalizedTag == nil { return nil }
        if let i = Scalar.parseInt(string) { return Double(i) }
        switch string {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let cleaned = string.replacingUnderscores()
        guard let first = cleaned.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39)
        else { return nil }
        return Double(cleaned)
    }

    static func parseInt(_ text: String) -> Int? {
        var text = text
        return text.withUTF8(parseInt(bytes:))
    }

    /// YAML 1.1 integers: a sign, then `0x`, `0o`, `0b` or a leading `0` (octal)
    /// choose the radix; underscores separate digits. Read byte by byte: it
    /// runs for every integer-typed scalar of a configuration.
    static func parseInt(bytes s: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        guard !s.isEmpty else { return nil }
        var negative = false
        if s[0] == UInt8(ascii: "-") { negative = true; i = 1 } else if s[0] == UInt8(ascii: "+") { i = 1 }
        guard i < s.count else { return nil }
        var radix = 10
        if s.count - i > 1, s[i] == UInt8(ascii: "0") {
            switch s[i + 1] {
            case UInt8(ascii: "x"): radix = 16; i += 2
            case UInt8(ascii: "o"): radix = 8; i += 2
            case UInt8(ascii: "b"): radix = 2; i += 2
            default: radix = 8; i += 1
            }
        }
        guard i < s.count, s[i] != UInt8(ascii: "_") else { return nil }
        var value = 0
        while i < s.count {
            let byte = s[i]
            i += 1
            if byte == UInt8(ascii: "_") { continue }
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte - 0x30)
            case 0x61...0x66: digit = Int(byte - 0x61 + 10)
            case 0x41...0x46: digit = Int(byte - 0x41 + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (a, o2) = m.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = a
        }
        return negative ? -value : value
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        guard utf8.contains(UInt8(ascii: "_")) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "_" }))
    }
}
