/// A model pattern that is one character class repeated, such as the tag
/// pattern `([\p{L}\p{Z}\p{N}_.:/=+\-@]*)` or `[a-zA-Z0-9\.\*\-]+`: every
/// pattern of the pinned ECS model has this form. Checked scalar by scalar,
/// as AWS's own (Java) matcher reads code points; Swift Regex took a fifth
/// of validating a configuration that tags every object. Patterns of any
/// other form are left to Regex (`init` returns nil).
struct CharacterClassPattern: Sendable {
    private enum Item: Sendable {
        case scalar(Unicode.Scalar)
        case range(ClosedRange<Unicode.Scalar>)
        case property(Character)  // L, Z or N: a general category group
    }

    private let items: [Item]
    private let allowsEmpty: Bool
    /// Membership of the 128 ASCII scalars, bit by bit: most values are ASCII.
    private var ascii: (low: UInt64, high: UInt64) = (0, 0)

    init?(_ pattern: String) {
        var body = Array(pattern.unicodeScalars)
        if body.first == "(", body.last == ")", body.dropFirst().first == "[" { body = Array(body.dropFirst().dropLast()) }
        guard body.first == "[", let quantifier = body.last, quantifier == "*" || quantifier == "+",
              body.count >= 3, body[body.count - 2] == "]" else { return nil }
        allowsEmpty = quantifier == "*"
        let inside = Array(body[1..<(body.count - 2)])
        guard let items = Self.items(inside) else { return nil }
        self.items = items
        for b in 0..<128 where contains(Unicode.Scalar(UInt8(b))) {
            if b < 64 { ascii.low |= 1 << UInt64(b) } else { ascii.high |= 1 << UInt64(b - 64) }
        }
    }

    /// The class's members, or nil for anything beyond literals, escaped
    /// punctuation, ranges and `\p{L}`, `\p{Z}`, `\p{N}`.
    private static func items(_ s: [Unicode.Scalar]) -> [Item]? {
        guard !s.isEmpty, s.first != "^" else { return nil }
        var items: [Item] = []
        var i = 0
        /// One literal at `i` (escaped or not), advancing past it.
        func literal() -> Unicode.Scalar? {
            guard i < s.count else { return nil }
            if s[i] == "\\" {
                guard i + 1 < s.count, s[i + 1].isASCII, !s[i + 1].properties.isAlphabetic, !("0"..."9").contains(s[i + 1]) else { return nil }
                i += 2
                return s[i - 1]
            }
            guard s[i] != "[", s[i] != "]" else { return nil }
            i += 1
            return s[i - 1]
        }
        while i < s.count {
            if s[i] == "\\", i + 4 < s.count, s[i + 1] == "p", s[i + 2] == "{", s[i + 4] == "}" {
                let group = Character(s[i + 3])
                guard group == "L" || group == "Z" || group == "N" else { return nil }
                items.append(.property(group))
                i += 5
                continue
            }
            guard let low = literal() else { return nil }
            if i + 1 < s.count, s[i] == "-" {
                i += 1
                guard let high = literal(), low <= high else { return nil }
                items.append(.range(low...high))
            } else {
                items.append(.scalar(low))
            }
        }
        return items
    }

    func matches(_ value: String) -> Bool {
        if value.isEmpty { return allowsEmpty }
        var allASCII = true
        for b in value.utf8 {
            if b >= 0x80 { allASCII = false; break }
            let bit = b < 64 ? ascii.low >> UInt64(b) : ascii.high >> UInt64(b - 64)
            if bit & 1 == 0 { return false }
        }
        return allASCII || value.unicodeScalars.allSatisfy(contains)
    }

    private func contains(_ c: Unicode.Scalar) -> Bool {
        for item in items {
            switch item {
            case .scalar(let s): if s == c { return true }
            case .range(let r): if r.contains(c) { return true }
            case .property(let group): if Self.isIn(group, c) { return true }
            }
        }
        return false
    }

    private static func isIn(_ group: Character, _ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return group == "L"
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return group == "Z"
        case .decimalNumber, .letterNumber, .otherNumber: return group == "N"
        default: return false
        }
    }
}
