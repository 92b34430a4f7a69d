import Foundation
import Testing
import ECSPlanCore
@testable import ECSModel

/// The model's patterns are checked by `CharacterClassPattern`, not Swift
/// Regex; on strings of single-scalar characters the two must agree.
@Suite struct ModelPatternTests {
    /// Every pattern reachable from the shapes a configuration is made of,
    /// and the instance types' (the model's other pattern).
    static let patterns: [String] = {
        var seen: Set<String> = [], found: Set<String> = []
        var queue = ["RegisterTaskDefinitionRequest", "CreateServiceRequest", "CreateClusterRequest", "UpdateServiceRequest",
                     "AllowedInstanceType", "ExcludedInstanceType"]
        while let name = queue.popLast() {
            guard seen.insert(name).inserted, let info = ECS.shape(named: name) else { continue }
            if let pattern = info.pattern { found.insert(pattern) }
            queue += info.members.map(\.shape) + [info.element].compactMap { $0 }
        }
        return found.sorted()
    }()

    /// Letters, digits, separators and symbols inside and outside ASCII, one
    /// scalar each and none that combines with its neighbour.
    static let alphabet: [Character] = Array("aZ09_.:/=+-@*# \t\n,;%&\"'(){}[]\\é中Ωⅻ٣\u{00A0}\u{2028}€©😀")

    @Test func theModelsPatternsAreAllRepeatedCharacterClasses() {
        #expect(Self.patterns.count >= 2)
        for pattern in Self.patterns {
            #expect(CharacterClassPattern(pattern) != nil, "\(pattern) would fall back to Regex")
        }
    }

    @Test(arguments: patterns) func agreesWithRegex(pattern: String) throws {
        let fast = try #require(CharacterClassPattern(pattern))
        let regex = try Regex("^(?:" + pattern + ")$")
        var rng = SeededGenerator(seed: 7)
        var disagreements: [String] = []
        var accepted = 0
        for round in 0..<3000 {
            let length = round == 0 ? 0 : Int(rng.next() % 6)
            let value = String((0..<length).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] })
            let expected = (try? regex.wholeMatch(in: value)) != nil
            if expected { accepted += 1 }
            if fast.matches(value) != expected { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(pattern) disagrees with Regex on \(disagreements.prefix(5))")
        #expect(accepted > 30, "too few accepted samples for \(pattern) to say anything")
    }

    @Test func otherFormsAreLeftToRegex() {
        for pattern in ["^[a-z]+$", "[^a-z]*", "[a-z]{1,3}", "[\\d]+", "[a-z]+[0-9]*", "(a|b)*", "[\\p{Lu}]*", "[z-a]+"] {
            #expect(CharacterClassPattern(pattern) == nil, "\(pattern)")
        }
    }

    @Test func aTagValueOutsideThePatternIsReported() {
        var out: [ConstraintViolation] = []
        ECS.Tag(key: "team", value: "a€b").checkConstraints(at: [], into: &out)
        #expect(out.map(\.message).contains { $0.hasPrefix("must match") && $0.contains("a€b") })
        out = []
        ECS.Tag(key: "naïve name", value: "日本 1.0_x:/=+-@").checkConstraints(at: [], into: &out)
        #expect(out.isEmpty)
    }
}
