import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// The local state keeps each revision's `Normalizer.contentDigest` under
/// `Normalizer.contentDigestVersion`, and hands it to plans as it is. A change to
/// normalization that moves any digest must come with a new version, or plans
/// would report digests of the old normalization. This pins the digests of the
/// real task definitions in the corpus to the version: a record per version,
/// written once (`UPDATE_GOLDEN=1` writes a missing one, never rewrites one).
@Suite struct ContentDigestTests {
    static let corpus = Repo.path("Tests/Fixtures/corpus/task-definitions")

    /// `file family digest` for every corpus definition that loads as it is.
    static func digests() throws -> String {
        let h = try Harness()
        var lines: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".json") }
        for name in names.sorted() {
            let text = try String(contentsOfFile: corpus + "/" + name, encoding: .utf8)
            // Another tool's templates do not load without their variables.
            guard let config = try? h.config(text) else { continue }
            for td in config.taskDefinitions {
                lines.append("\(name) \(td.spec.family) \(Normalizer.contentDigest(td.spec))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theCorpusDigestsAreTheOnesRecordedForThisVersion() throws {
        let actual = try Self.digests()
        #expect(actual.split(separator: "\n").count >= 30)
        let version = Normalizer.contentDigestVersion
        let path = Repo.path("Tests/Fixtures/golden/content-digests/v\(version).txt")
        guard let recorded = try? String(contentsOfFile: path, encoding: .utf8) else {
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                Issue.record("""
                    no digests recorded for content digest version \(version); \
                    run with UPDATE_GOLDEN=1 to record them
                    """)
            }
            return
        }
        let changed = zip(recorded.split(separator: "\n"), actual.split(separator: "\n")).first { $0 != $1 }
        #expect(recorded == actual, """
            normalization now gives other content digests than version \(version) recorded \
            (first difference: \(changed.map { "\($0.0) → \($0.1)" } ?? "a line added or removed")). \
            Bump Normalizer.contentDigestVersion, so that local states compute theirs again, \
            and record the new version's with UPDATE_GOLDEN=1.
            """)
    }
}
