import ECSModel
import YAML

/// A document member (`hookDetails`) read from configuration, from the JSON
/// ecsplan writes, and written as a tree. Any value is valid, so nothing here
/// reports an unknown key; scalars resolve as JSON would read them.
extension NodeDecoder {
    /// Any YAML value as JSON sees it: plain `true`/`false`, numbers and null
    /// are those, everything else (quoted, or `yes`, `0755`) is text. `${VAR}`
    /// interpolates in every scalar.
    func document() throws -> ECSDocument {
        switch node {
        case .mapping: return .object(try map { try $0.document() })
        case .sequence: return .list(try list { try $0.document() })
        case .scalar(let view):
            if view.value.isNull { return .null }
            let s = try resolvedScalar(expected: "a value")
            return s.isQuoted ? .string(s.string) : ECSDocument.plain(s.string)
        }
    }
}

extension ECSDocument {
    /// A plain scalar's JSON value: YAML 1.2's core booleans, JSON's numbers, else text.
    static func plain(_ text: String) -> ECSDocument {
        switch text {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        let digits = text.drop { $0 == "-" || $0 == "+" }
        guard let first = digits.first, first.isASCII, first.isNumber,
              !(digits.count > 1 && first == "0" && digits.dropFirst().first?.isNumber == true),
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
        else { return .string(text) }
        if let i = Int(text) { return .int(i) }
        if let d = Double(text), d.isFinite { return .double(d) }
        return .string(text)
    }

    /// As the shape's `encode(to:)` writes it (a map in its iteration order, as
    /// the generated trees write the model's maps; JSON text sorts the keys).
    var shapeTree: ShapeTree {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let items): return .list(items.map(\.shapeTree))
        case .object(let members):
            return .object(shape: nil, members: members.map { ($0.key, $0.value.shapeTree) })
        }
    }
}

extension JSONScanner {
    /// Any JSON value.
    mutating func document() throws -> ECSDocument {
        switch try peek() {
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            guard let b = try bool() else { throw Unsupported() }
            return .bool(b)
        case UInt8(ascii: "\""):
            guard let s = try string() else { throw Unsupported() }
            return .string(s)
        // Not null (seen above), so the scanner's readers return a value.
        case UInt8(ascii: "["): return .list(try list { try $0.document() } ?? [])
        case UInt8(ascii: "{"): return .object(try map { try $0.document() } ?? [:])
        default:
            // A whole number, or else (a fraction, an exponent) a double.
            let start = i
            if let n = try? int() { return .int(n) }
            i = start
            guard let d = try double() else { throw Unsupported() }
            return .double(d)
        }
    }
}
