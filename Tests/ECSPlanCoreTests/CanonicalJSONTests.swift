import Crypto
import Foundation
import Testing
@testable import ECSPlanCore

/// Digests are SHA-256 of canonical JSON, and saved plans carry them: the bytes
/// must stay exactly what they were (sorted keys, JSON escapes, `{"#":…}` for
/// keyed sets), or a plan saved by one build is refused by the next.
@Suite struct CanonicalJSONTests {
    static let sample = Value.keyed([
        "b": .string("c"),
        "a\"b": .object(["x": .list([.int(1), .bool(true), .null, .string("t\tab\nnl\\\u{01}é")])]),
    ])

    @Test func writesSortedKeysAndEscapes() {
        let expected = ##"{"#":{"a\"b":{"x":[1,true,null,"t\tab\nnl\\\u0001é"]},"b":"c"}}"##
        #expect(Self.sample.canonicalJSON == expected)
        #expect(Self.sample.canonicalJSONBytes == Array(expected.utf8))
        #expect(Value.quote("say \"hi\"\r") == #""say \"hi\"\u000d""#)
    }

    @Test func digestIsSHA256OfTheCanonicalBytes() {
        // python3: hashlib.sha256(<the expected text above>.encode()).hexdigest()
        #expect(PlanContext.digest(Self.sample) == "aa6d4bff4db8bdc52fa7a1a1a4910b499652b6c2c02bacf3990c1cec77aac75d")
        #expect(PlanContext.digest(Self.sample) == Hex.encode(SHA256.hash(data: Array(Self.sample.canonicalJSON.utf8))))
    }

    /// Any string, control characters and quotes included, reads back from the
    /// canonical JSON as it was written.
    @Test func stringsRoundTripThroughAJSONReader() throws {
        var rng = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["a", "\"", "\\", "\n", "\t", "\r", "\u{00}", "\u{1f}", "é", "😀", "/", " "]
        for _ in 0..<200 {
            let length = Int.random(in: 0...12, using: &rng)
            let s = String((0..<length).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
            let text = Value.object(["k": .string(s)]).canonicalJSON
            let read = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
            #expect(read?["k"] == s, "\(text)")
        }
    }
}
