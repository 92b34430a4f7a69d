import Testing
@testable import YAML

@Suite struct ScalarTests {
    let m = Mark(file: "t", line: 1, column: 1)

    @Test(arguments: [
        ("42", 42), ("-7", -7), ("+3", 3), ("0x1F", 31), ("0o17", 15), ("017", 15), ("0b101", 5), ("1_000", 1000), ("0", 0),
    ])
    func integers(_ text: String, _ value: Int) {
        #expect(Scalar(text, mark: m).int == value)
    }

    @Test(arguments: ["1.5", "abc", "0x", "12a", "", "_1", "99999999999999999999999"])
    func notIntegers(_ text: String) {
        #expect(Scalar(text, mark: m).int == nil)
    }

    @Test func quotedScalarsAreStrings() {
        #expect(Scalar("42", style: .doubleQuoted, mark: m).int == nil)
        #expect(Scalar("yes", style: .singleQuoted, mark: m).bool == nil)
        #expect(Scalar("null", style: .doubleQuoted, mark: m).isNull == false)
    }

    @Test func tagsOverrideResolution() {
        #expect(Scalar("42", tag: "tag:yaml.org,2002:str", mark: m).int == nil)
        #expect(Scalar("42", style: .doubleQuoted, tag: "tag:yaml.org,2002:int", mark: m).int == 42)
    }

    @Test func yaml11Booleans() {
        for t in ["yes", "Yes", "on", "true", "TRUE", "y"] { #expect(Scalar(t, mark: m).bool == true) }
        for f in ["no", "off", "false", "N"] { #expect(Scalar(f, mark: m).bool == false) }
        #expect(Scalar("maybe", mark: m).bool == nil)
    }

    @Test func floats() {
        #expect(Scalar(".inf", mark: m).double == .infinity)
        #expect(Scalar("-.inf", mark: m).double == -.infinity)
        #expect(Scalar(".nan", mark: m).double?.isNaN == true)
        #expect(Scalar("1_000.5", mark: m).double == 1000.5)
        #expect(Scalar("1e3", mark: m).double == 1000)
    }

    @Test func nulls() {
        for n in ["", "~", "null", "NULL"] { #expect(Scalar(n, mark: m).isNull) }
        #expect(!Scalar("nil", mark: m).isNull)
    }
}
