import Foundation
import Testing
@testable import LocalBackend

/// The rows a step binds as one JSON argument read back, field for field, as
/// written: quotes, backslashes, control characters and UTF-8 included.
@Suite struct JSONRowsTests {
    func read(_ rows: JSONRows) throws -> [[String]]? {
        try JSONSerialization.jsonObject(with: Data(rows.text.utf8)) as? [[String]]
    }

    @Test func rowsOfTwoThreeAndFourFieldsReadBackAsWritten() throws {
        var rows = JSONRows()
        #expect(rows.isEmpty && rows.text == "[]")
        rows.append("prod", "web")
        rows.append("a\"b", "c\\d", "")
        rows.append("line\nbreak\ttab", "\u{01}\u{1f}", "é😀", "/")
        #expect(rows.count == 3)
        #expect(
            try read(rows) == [
                ["prod", "web"], ["a\"b", "c\\d", ""], ["line\nbreak\ttab", "\u{01}\u{1f}", "é😀", "/"],
            ])
        rows.removeAll()
        #expect(rows.isEmpty && rows.text == "[]")
        rows.append("x", "y")
        #expect(try read(rows) == [["x", "y"]])
    }

    @Test func randomStringsReadBackAsWritten() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "\"", "\\", "\n", "\t", "\r", "\u{00}", "\u{1f}", "é", "😀", " "]
        var rows = JSONRows()
        var expected: [[String]] = []
        for _ in 0..<300 {
            let fields = (0..<2).map { _ in
                String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" })
            }
            rows.append(fields[0], fields[1])
            expected.append(fields)
        }
        #expect(try read(rows) == expected)
    }
}
