import Foundation
import Testing
import TestSupport

/// Every file in Tests/Fixtures/hostile gives a clear error or a clean result,
/// quickly, without crashing and without creating any state.
@Suite struct HostileInputTests {
    static let expectations: [(String, Int32, String)] = [
        ("alias-bomb.yaml", 1, "aliases expand to more than 1000000 nodes (is this an alias bomb?)"),
        ("deep-nesting.yaml", 1, "nesting deeper than 256 levels"),
        ("duplicate-keys.yaml", 1, "duplicate-keys.yaml:3:5: name: duplicate key (first defined at line 2, column 5)"),
        ("invalid-utf8.yaml", 1, "invalid-utf8.yaml:2:"),
        ("nul-byte.yaml", 1, "nul-byte.yaml:2:"),
        ("bom.yaml", 0, "1 cluster"),
        ("crlf.yaml", 0, "1 cluster"),
        ("tabs.yaml", 1, "tabs.yaml:2:"),
        ("unterminated-quote.yaml", 1, "unterminated-quote.yaml:"),
        ("binary.yaml", 1, "binary.yaml:1:"),
        // Files that define nothing: with --prune they would delete everything (issue 19).
        ("empty.yaml", 1, "no configuration found in"),
        ("only-comments.yaml", 1, "no configuration found in"),
        ("not-a-mapping.yaml", 1, "not-a-mapping.yaml:1:1: a configuration document must be a mapping"),
        ("huge-key.yaml", 1, "huge-key.yaml:3:100005: could not find expected ':'"),  // libyaml caps simple keys at 1024 chars
    ]

    @Test(arguments: expectations.map(\.0))
    func validateGivesAClearAnswer(_ name: String) throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let expected = try #require(Self.expectations.first { $0.0 == name })
        let start = Date()
        let r = try CLI.run(["validate", Repo.path("Tests/Fixtures/hostile/" + name)], cwd: dir.path)
        #expect(Date().timeIntervalSince(start) < 20)  // bounded, not a performance figure
        #expect(r.status == expected.1, "\(name): \(r.stderr)")
        #expect((r.stdout + r.stderr).contains(expected.2), "\(name): \(r.stdout)\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("crashed"))
        let p = try CLI.run(["plan", Repo.path("Tests/Fixtures/hostile/" + name)], cwd: dir.path)
        #expect(p.status == (expected.1 == 0 ? 0 : 1))
        #expect(!FileManager.default.fileExists(atPath: dir.file(".ecsplan/state.db")), "no state may be touched")
    }

    @Test func generatedHostileInputs() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        // A 20 MB scalar.
        dir.write("huge/scalar.yaml", "clusters:\n  - name: x\n    tags: {big: \"" + String(repeating: "x", count: 20_000_000) + "\"}\n")
        var r = try CLI.run(["validate", "huge"], cwd: dir.path)
        // Read whole and quickly, then refused as ECS would refuse it (a tag value's limit).
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("huge/scalar.yaml:3:11: clusters[x].tags[0].value: at most 256 characters (got 20000000)"), "\(r.stderr)")
        // Thousands of files, one of them wrong.
        for i in 0..<2000 { dir.write("many/f\(i).yaml", "clusters: [{name: c\(i)}]\n") }
        dir.write("many/zz-bad.yaml", "clusters: [{name: c1}]\n")
        r = try CLI.run(["validate", "many"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("zz-bad.yaml:1:19: clusters[c1].name: 'c1' is defined twice"))
        // A symlink loop.
        try FileManager.default.createDirectory(atPath: dir.file("loop/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.file("loop/sub/back"), withDestinationPath: dir.file("loop"))
        dir.write("loop/c.yaml", "clusters: [{name: c}]\n")
        r = try CLI.run(["validate", "loop"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("symlink loop?"))
    }
}
