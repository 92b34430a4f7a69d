import Foundation
import YAML

/// `${VAR}` and `${VAR:-default}` from the environment; `$${` is a literal `${`.
public struct Interpolator: Sendable {
    public var environment: [String: String]
    public var allowMissing: Bool

    public init(environment: [String: String], allowMissing: Bool = false) {
        self.environment = environment
        self.allowMissing = allowMissing
    }

    public enum Failure: Error, Equatable {
        case unset(name: String, column: Int)
        case unterminated(column: Int)
        case invalidName(String, column: Int)
    }

    /// Whether `text` has a `$` at all: memchr over the bytes, since every
    /// string scalar of a configuration passes through here.
    static func mayReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "$")), bytes.count) != nil
        }
    }

    /// Returns the text with every reference replaced. `column` in a failure is
    /// the 0-based character offset of the `$`, so callers can point at it.
    public func interpolate(_ text: String) -> Result<String, Failure> {
        guard Self.mayReference(text) else { return .success(text) }
        var out = ""
        var chars = Array(text)
        var i = 0
        let dollar: Character = "$"
        while i < chars.count {
            let c = chars[i]
            if c == dollar, i + 2 < chars.count || (i + 1 < chars.count && chars[i + 1] == "{") {
                if i + 2 < chars.count, chars[i + 1] == dollar, chars[i + 2] == "{" {
                    out += "${"
                    i += 3
                    continue
                }
                if i + 1 < chars.count, chars[i + 1] == "{" {
                    guard let close = chars[(i + 2)...].firstIndex(of: "}") else { return .failure(.unterminated(column: i)) }
                    let body = String(chars[(i + 2)..<close])
                    let name: String
                    var fallback: String?
                    if let r = body.range(of: ":-") {
                        name = String(body[..<r.lowerBound])
                        fallback = String(body[r.upperBound...])
                    } else {
                        name = body
                    }
                    guard Interpolator.isValidName(name) else { return .failure(.invalidName(name, column: i)) }
                    if let v = environment[name], !(v.isEmpty && fallback != nil) {
                        out += v
                    } else if let fallback {
                        out += fallback
                    } else if allowMissing {
                        out += ""
                    } else {
                        return .failure(.unset(name: name, column: i))
                    }
                    i = close + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        chars.removeAll()
        return .success(out)
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
