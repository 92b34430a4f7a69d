import Testing
@testable import YAML

@Suite struct LoaderTests {
    func load(_ text: String) throws(YAMLError) -> LoadedFile { try YAMLLoader.load(text, file: "t.yaml") }

    @Test func marksAreOneBasedAndExact() throws {
        let doc = try #require(try load("a: 1\nlist:\n  - x\n  - {k: v}\n").documents.first?.mapping)
        #expect(doc.mark == Mark(file: "t.yaml", line: 1, column: 1))
        #expect(doc["a"]?.mark == Mark(file: "t.yaml", line: 1, column: 4))
        let list = try #require(doc["list"]?.sequence)
        #expect(list.items[0].mark.line == 3 && list.items[0].mark.column == 5)
        #expect(list.items[1].mapping?["k"]?.mark == Mark(file: "t.yaml", line: 4, column: 9))
    }

    @Test func blockAndFlowStylesAndScalarStyles() throws {
        let text = """
            plain: hello
            single: 'it''s'
            double: "tab\\there"
            literal: |
              line1
              line2
            folded: >
              a
              b
            flow: [1, "2", {x: y}]
            """
        let m = try #require(try load(text).documents.first?.mapping)
        #expect(m["plain"]?.scalar?.string == "hello")
        #expect(m["single"]?.scalar?.string == "it's")
        #expect(m["single"]?.scalar?.style == .singleQuoted)
        #expect(m["double"]?.scalar?.string == "tab\there")
        #expect(m["literal"]?.scalar?.string == "line1\nline2\n")
        #expect(m["folded"]?.scalar?.string == "a b\n")
        #expect(m["flow"]?.sequence?.items.count == 3)
    }

    @Test func anchorsAliasesAndMergeKeys() throws {
        let text = """
            base: &base {a: 1, b: 2}
            more: &more {c: 3, a: 9}
            single:
              <<: *base
              b: 20
            list:
              <<: [*base, *more]
              d: 4
            alias: *base
            """
        let m = try #require(try load(text).documents.first?.mapping)
        let single = try #require(m["single"]?.mapping)
        #expect(single["a"]?.scalar?.string == "1")
        #expect(single["b"]?.scalar?.string == "20")  // explicit key wins
        #expect(single["<<"] == nil)
        let list = try #require(m["list"]?.mapping)
        #expect(list["a"]?.scalar?.string == "1")  // the first merged mapping wins
        #expect(list["c"]?.scalar?.string == "3")
        #expect(list["d"]?.scalar?.string == "4")
        #expect(m["alias"]?.mapping?["b"]?.scalar?.string == "2")
    }

    @Test func severalDocuments() throws {
        let file = try load("a: 1\n---\nb: 2\n---\n")
        #expect(file.documents.count == 3)
        #expect(file.documents[1].mapping?["b"]?.mark.line == 3)
    }

    @Test func duplicateKeysAreReportedWithBothPlaces() throws {
        let file = try load("a: 1\nb: 2\na: 3\n")
        #expect(file.duplicateKeys == [.init(key: "a", mark: Mark(file: "t.yaml", line: 3, column: 1), firstMark: Mark(file: "t.yaml", line: 1, column: 1))])
    }

    @Test func syntaxErrorsCarryLibyamlProblemAndPosition() {
        #expect {
            try load("a: [1, 2\nb: 3\n")
        } throws: { error in
            let e = error as? YAMLError
            return e?.kind == .syntax && e?.mark.line == 2 && (e?.message.contains("did not find expected ',' or ']'") ?? false)
        }
    }

    @Test func undefinedAlias() {
        #expect(throws: YAMLError.self) { try load("a: *nope\n") }
        do {
            _ = try load("a: *nope\n")
        } catch {
            #expect(error.kind == .undefinedAlias)
            #expect(error.description == "t.yaml:1:4: unknown alias '*nope': no anchor '&nope' is defined before it")
        }
    }

    @Test func billionLaughsFailsFast() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        do {
            _ = try load(text)
            Issue.record("an alias bomb must not load")
        } catch {
            #expect(error.kind == .aliasExpansionLimit)
            #expect(error.message.contains("alias bomb"))
        }
    }

    @Test func aLargeConfigWithManyAliasesIsNotABomb() throws {
        // 150 000 uses of a 13-node block: 2 million nodes through aliases, linear in the file.
        var text = "x-block: &block {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}\nitems:\n"
        for i in 0..<150_000 { text += "  - {name: n\(i), <<: *block}\n" }
        let items = try #require(try load(text).documents.first?.mapping?["items"]?.sequence)
        #expect(items.items.count == 150_000)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        do {
            _ = try load(text)
            Issue.record("10 000 nested lists must fail")
        } catch {
            #expect(error.kind == .nestingTooDeep)
            #expect(error.mark.line == 1 && error.mark.column == 257)
        }
    }

    @Test func invalidUTF8IsReported() {
        var bytes = Array("a: ok\nb: ".utf8)
        bytes += [0xC3, 0x28]
        do {
            _ = try YAMLLoader.load(bytes, file: "bad.yaml")
            Issue.record("invalid UTF-8 must fail")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.mark.line == 2)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test func nulBytesAreReported() {
        let bytes: [UInt8] = Array("a: x".utf8) + [0] + Array("y\n".utf8)
        #expect(throws: YAMLError.self) { try YAMLLoader.load(bytes, file: "nul.yaml") }
    }

    @Test func emptyInputHasNoDocuments() throws {
        #expect(try load("").documents.isEmpty)
        #expect(try load("# only a comment\n").documents.isEmpty)
    }

    @Test func mergeOfAScalarIsAnError() {
        #expect(throws: YAMLError.self) { try load("a:\n  <<: 3\n") }
    }

    @Test func largeInputLoadsLinearly() throws {
        // 50k objects with anchors and merges: a quadratic composer would crawl.
        // At ~3 MB the node buffers are large enough to be huge-page allocations.
        var text = "x-base: &base {cpu: 256, memory: 512}\nitems:\n"
        for i in 0..<50_000 { text += "  - {<<: *base, name: item\(i), image: \"nginx:1.\(i)\"}\n" }
        #expect(text.utf8.count > 2 << 20)
        let items = try #require(try load(text).documents.first?.mapping?["items"]?.sequence)
        #expect(items.items.count == 50_000)
        #expect(items.items[49_999].mapping?["cpu"]?.scalar?.string == "256")
        #expect(items.items[49_999].mapping?["image"]?.scalar?.string == "nginx:1.49999")
    }
}
