import Foundation

/// A value outside what AWS's model allows (a range, a length, a pattern), at
/// a path of member names and list positions below the checked shape.
public struct ConstraintViolation: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        case member(String)
        case index(Int)
        case key(String)
    }

    public var path: [Step]
    public var message: String

    public init(path: [Step], message: String) {
        self.path = path
        self.message = message
    }
}

/// Shapes whose members (or members' members) carry the model's constraints:
/// the generator writes `checkConstraints` for each, visiting only those members.
public protocol ConstraintChecked {
    func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation])
}

/// The model's string patterns, compiled once each: compiling one took three
/// quarters of validating a 1 MB configuration (a tag pattern per tag).
final class PatternCache: @unchecked Sendable {
    /// A compiled pattern: a repeated character class where it is one, else Regex.
    enum Matcher {
        case characterClass(CharacterClassPattern)
        case regex(Regex<AnyRegexOutput>)
        /// A pattern Swift's Regex cannot read: it is not checked.
        case unreadable

        func matches(_ value: String) -> Bool {
            switch self {
            case .characterClass(let pattern): return pattern.matches(value)
            case .regex(let regex): return (try? regex.wholeMatch(in: value)) != nil
            case .unreadable: return true
            }
        }
    }

    static let shared = PatternCache()
    private let lock = NSLock()
    private var compiled: [String: Matcher] = [:]

    func matcher(_ pattern: String) -> Matcher {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let matcher: Matcher
        if let characterClass = CharacterClassPattern(pattern) { matcher = .characterClass(characterClass) }
        else if let regex = try? Regex("^(?:" + pattern + ")$") { matcher = .regex(regex) }
        else { matcher = .unreadable }
        compiled[pattern] = matcher
        return matcher
    }
}

/// The checks the generated code calls, one per kind of constraint.
public enum ModelConstraint {
    public static func range(_ value: Int?, min: Int?, max: Int?, _ path: [ConstraintViolation.Step], _ out: inout [ConstraintViolation]) {
        guard let value else { return }
        if let min, value < min { out.append(.init(path: path, message: bounds(min, max, value))) }
        else if let max, value > max { out.append(.init(path: path, message: bounds(min, max, value))) }
    }

    public static func range(_ value: Double?, min: Double?, max: Double?, _ path: [ConstraintViolation.Step], _ out: inout [ConstraintViolation]) {
        guard let value else { return }
        if (min.map { value < $0 } ?? false) || (max.map { value > $0 } ?? false) {
            out.append(.init(path: path, message: "must be between \(min ?? -.infinity) and \(max ?? .infinity) (got \(value))"))
        }
    }

    public static func count(_ count: Int?, min: Int?, max: Int?, noun: String, _ path: [ConstraintViolation.Step], _ out: inout [ConstraintViolation]) {
        guard let count else { return }
        if let max, count > max { out.append(.init(path: path, message: "at most \(max) \(noun) (got \(count))")) }
        if let min, count < min { out.append(.init(path: path, message: "at least \(min) \(noun) (got \(count))")) }
    }

    public static func text(_ value: String?, min: Int?, max: Int?, pattern: String?, _ path: [ConstraintViolation.Step], _ out: inout [ConstraintViolation]) {
        guard let value else { return }
        if value.isEmpty, let min, min > 0 {
            out.append(.init(path: path, message: "must not be empty"))
        } else if value.utf8.count > (max ?? .max) || (min ?? 0) > 1 {
            // Counting characters walks grapheme clusters; a string has no more
            // characters than UTF-8 bytes, so a short one needs no count.
            count(value.count, min: min, max: max, noun: "characters", path, &out)
        }
        if let pattern, !PatternCache.shared.matcher(pattern).matches(value) {
            out.append(.init(path: path, message: "must match \(pattern) (got \"\(value)\")"))
        }
    }

    static func bounds(_ min: Int?, _ max: Int?, _ value: Int) -> String {
        switch (min, max) {
        case let (lo?, hi?): return "must be between \(lo) and \(hi) (got \(value))"
        case let (lo?, nil): return "must be at least \(lo) (got \(value))"
        case let (nil, hi?): return "must be at most \(hi) (got \(value))"
        default: return "is out of range (got \(value))"
        }
    }
}
