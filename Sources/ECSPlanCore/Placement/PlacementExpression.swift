import Foundation

/// The ECS cluster query language used by `memberOf` constraints:
/// `attribute:ecs.instance-type =~ t3.*`, `attribute:ecs.availability-zone in [us-east-1a, us-east-1b]`,
/// `ec2InstanceId != i-123`, `attribute:gpu exists`, `not(...)`, `and`, `or`, parentheses.
public indirect enum PlacementExpression: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        case attribute(String)
        case instanceId
        case taskGroup
    }
    public enum Op: String, Sendable, Hashable {
        case eq = "==", ne = "!=", gt = ">", ge = ">=", lt = "<", le = "<=", matches = "=~", notMatches = "!~", `in` = "in", notIn = "!in"
    }

    case compare(Subject, Op, [String])
    case exists(Subject, Bool)
    case not(PlacementExpression)
    case and(PlacementExpression, PlacementExpression)
    case or(PlacementExpression, PlacementExpression)

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based column in the expression text.
        public var column: Int
        public var message: String
        public var description: String { "column \(column): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> PlacementExpression {
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokenize(text), end: text.count + 1)
        let expr = try parser.parseOr()
        if let extra = parser.peek {
            throw ParseError(column: extra.column, message: "unexpected '\(extra.text)' after a complete expression")
        }
        return expr
    }
}

/// What the evaluator needs to know about a container instance.
public struct InstanceFacts: Sendable {
    public var instanceId: String
    public var attributes: [String: String]
    public var taskGroups: Set<String>
    public init(instanceId: String, attributes: [String: String], taskGroups: Set<String>) {
        self.instanceId = instanceId
        self.attributes = attributes
        self.taskGroups = taskGroups
    }
}

extension PlacementExpression {
    public func matches(_ facts: InstanceFacts) -> Bool {
        switch self {
        case .not(let e): return !e.matches(facts)
        case .and(let a, let b): return a.matches(facts) && b.matches(facts)
        case .or(let a, let b): return a.matches(facts) || b.matches(facts)
        case .exists(let subject, let want):
            return (Self.values(of: subject, in: facts).isEmpty == false) == want
        case .compare(let subject, let op, let operands):
            let actual = Self.values(of: subject, in: facts)
            switch op {
            case .eq: return actual.contains { a in operands.contains { Self.wildcard($0, a) } }
            case .ne: return !actual.contains { a in operands.contains { Self.wildcard($0, a) } }
            case .in: return actual.contains { a in operands.contains { Self.wildcard($0, a) } }
            case .notIn: return !actual.contains { a in operands.contains { Self.wildcard($0, a) } }
            case .matches: return actual.contains { a in operands.contains { Self.regex($0, a) } }
            case .notMatches: return !actual.contains { a in operands.contains { Self.regex($0, a) } }
            case .gt, .ge, .lt, .le:
                guard let rhs = operands.first else { return false }
                return actual.contains { a in
                    let c = Self.compare(a, rhs)
                    switch op {
                    case .gt: return c > 0
                    case .ge: return c >= 0
                    case .lt: return c < 0
                    default: return c <= 0
                    }
                }
            }
        }
    }

    static func values(of subject: Subject, in facts: InstanceFacts) -> [String] {
        switch subject {
        case .attribute(let name): return facts.attributes[name].map { [$0] } ?? []
        case .instanceId: return [facts.instanceId]
        case .taskGroup: return facts.taskGroups.sorted()
        }
    }

    /// `==` accepts a trailing or embedded `*` wildcard, as ECS does (`t3.*`).
    static func wildcard(_ pattern: String, _ value: String) -> Bool {
        guard pattern.contains("*") else { return pattern == value }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(value)
        for (i, part) in parts.enumerated() {
            if i == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if i == parts.count - 1 {
                return part.isEmpty || rest.hasSuffix(part)
            } else if let r = rest.range(of: part) {
                rest = rest[r.upperBound...]
            } else {
                return false
            }
        }
        return rest.isEmpty
    }

    static func regex(_ pattern: String, _ value: String) -> Bool {
        guard let re = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return false }
        return re.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    static func compare(_ a: String, _ b: String) -> Int {
        if let x = Double(a), let y = Double(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        return a < b ? -1 : (a > b ? 1 : 0)
    }
}

struct ExpressionToken: Equatable {
    enum Kind: Equatable { case word, quoted, op, lparen, rparen, lbracket, rbracket, comma }
    var kind: Kind
    var text: String
    var column: Int
}

enum ExpressionLexer {
    static func tokenize(_ text: String) throws(PlacementExpression.ParseError) -> [ExpressionToken] {
        let chars = Array(text)
        var tokens: [ExpressionToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace { i += 1; continue }
            switch c {
            case "(": tokens.append(.init(kind: .lparen, text: "(", column: column)); i += 1
            case ")": tokens.append(.init(kind: .rparen, text: ")", column: column)); i += 1
            case "[": tokens.append(.init(kind: .lbracket, text: "[", column: column)); i += 1
            case "]": tokens.append(.init(kind: .rbracket, text: "]", column: column)); i += 1
            case ",": tokens.append(.init(kind: .comma, text: ",", column: column)); i += 1
            case "'", "\"":
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                guard j < chars.count else { throw .init(column: column, message: "unterminated quoted value") }
                tokens.append(.init(kind: .quoted, text: String(chars[(i + 1)..<j]), column: column))
                i = j + 1
            case "=", "!", "<", ">":
                let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : String(c)
                if ["==", "!=", ">=", "<=", "=~", "!~"].contains(two) {
                    tokens.append(.init(kind: .op, text: two, column: column)); i += 2
                } else if c == "!" && i + 2 < chars.count && String(chars[(i + 1)...(i + 2)]) == "in" {
                    tokens.append(.init(kind: .op, text: "!in", column: column)); i += 3
                } else if c == "!" && text.dropFirst(i + 1).hasPrefix("exists") {
                    tokens.append(.init(kind: .op, text: "!exists", column: column)); i += 7
                } else if c == "<" || c == ">" {
                    tokens.append(.init(kind: .op, text: String(c), column: column)); i += 1
                } else {
                    throw .init(column: column, message: "unknown operator '\(two)'")
                }
            default:
                var j = i
                while j < chars.count, !chars[j].isWhitespace, !"()[],=!<>'\"".contains(chars[j]) { j += 1 }
                tokens.append(.init(kind: .word, text: String(chars[i..<j]), column: column))
                i = j
            }
        }
        return tokens
    }
}

struct ExpressionParser {
    var tokens: [ExpressionToken]
    var position = 0
    let end: Int

    init(tokens: [ExpressionToken], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    var peek: ExpressionToken? { position < tokens.count ? tokens[position] : nil }

    mutating func take() -> ExpressionToken? {
        defer { position += 1 }
        return peek
    }

    func isKeyword(_ t: ExpressionToken?, _ word: String) -> Bool {
        t?.kind == .word && t?.text.lowercased() == word
    }

    mutating func parseOr() throws(PlacementExpression.ParseError) -> PlacementExpression {
        var lhs = try parseAnd()
        while isKeyword(peek, "or") {
            position += 1
            lhs = .or(lhs, try parseAnd())
        }
        return lhs
    }

    mutating func parseAnd() throws(PlacementExpression.ParseError) -> PlacementExpression {
        var lhs = try parseNot()
        while isKeyword(peek, "and") {
            position += 1
            lhs = .and(lhs, try parseNot())
        }
        return lhs
    }

    mutating func parseNot() throws(PlacementExpression.ParseError) -> PlacementExpression {
        if isKeyword(peek, "not") {
            position += 1
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws(PlacementExpression.ParseError) -> PlacementExpression {
        guard let t = take() else { throw .init(column: end, message: "expected an expression, got the end") }
        if t.kind == .lparen {
            let inner = try parseOr()
            guard let close = take(), close.kind == .rparen else { throw .init(column: peekColumn(back: 1), message: "expected ')'") }
            return inner
        }
        guard t.kind == .word else { throw .init(column: t.column, message: "expected 'attribute:NAME', 'ec2InstanceId' or 'task:group', got '\(t.text)'") }
        let subject: PlacementExpression.Subject
        if t.text.hasPrefix("attribute:") {
            let name = String(t.text.dropFirst("attribute:".count))
            guard !name.isEmpty else { throw .init(column: t.column, message: "attribute name missing after 'attribute:'") }
            subject = .attribute(name)
        } else if t.text == "ec2InstanceId" {
            subject = .instanceId
        } else if t.text == "task:group" {
            subject = .taskGroup
        } else {
            throw .init(column: t.column, message: "expected 'attribute:NAME', 'ec2InstanceId' or 'task:group', got '\(t.text)'")
        }
        guard let opToken = take() else { throw .init(column: end, message: "expected an operator after '\(t.text)'") }
        if opToken.kind == .word && opToken.text == "exists" { return .exists(subject, true) }
        if opToken.kind == .op && opToken.text == "!exists" { return .exists(subject, false) }
        let op: PlacementExpression.Op
        if opToken.kind == .word && opToken.text == "in" {
            op = .in
        } else if opToken.kind == .word && opToken.text == "not", isKeyword(peek, "in") {
            position += 1
            op = .notIn
        } else if opToken.kind == .op, let o = PlacementExpression.Op(rawValue: opToken.text) {
            op = o
        } else {
            throw .init(column: opToken.column, message: "expected an operator (==, !=, >, <, =~, in, !in, exists), got '\(opToken.text)'")
        }
        if op == .in || op == .notIn {
            guard let open = take(), open.kind == .lbracket else { throw .init(column: peekColumn(back: 1), message: "expected '[' after '\(op.rawValue)'") }
            var values: [String] = []
            while true {
                guard let v = take() else { throw .init(column: end, message: "unterminated list: expected ']'") }
                if v.kind == .rbracket && values.isEmpty { break }
                guard v.kind == .word || v.kind == .quoted else { throw .init(column: v.column, message: "expected a value, got '\(v.text)'") }
                values.append(v.text)
                guard let sep = take() else { throw .init(column: end, message: "unterminated list: expected ']'") }
                if sep.kind == .rbracket { break }
                guard sep.kind == .comma else { throw .init(column: sep.column, message: "expected ',' or ']', got '\(sep.text)'") }
            }
            _ = open
            return .compare(subject, op, values)
        }
        guard let v = take() else { throw .init(column: end, message: "expected a value after '\(op.rawValue)'") }
        guard v.kind == .word || v.kind == .quoted else { throw .init(column: v.column, message: "expected a value after '\(op.rawValue)', got '\(v.text)'") }
        if op == .matches || op == .notMatches, (try? NSRegularExpression(pattern: v.text)) == nil {
            throw .init(column: v.column, message: "invalid regular expression '\(v.text)'")
        }
        return .compare(subject, op, [v.text])
    }

    func peekColumn(back: Int) -> Int {
        let i = position - back
        return i >= 0 && i < tokens.count ? tokens[i].column : end
    }
}
