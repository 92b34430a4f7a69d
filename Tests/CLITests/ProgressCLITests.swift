import Foundation
import Testing
import TestSupport

/// Apply's progress, through the real binary: lines in a pipeline, a line
/// rewritten in place on a terminal, and nothing of it with --quiet.
@Suite struct ProgressCLITests {
    func setup() -> (TempDir, [String]) {
        let dir = TempDir()
        try? FileManager.default.copyItem(atPath: Repo.path("examples/quickstart"), toPath: dir.file("quickstart"))
        return (dir, ["--state", dir.file("state.db")])
    }

    /// `service/demo/web: 1/4 tasks on web:1, 0 s`: progress, not a final line.
    static func progressLines(_ text: String, revision: String) -> [Substring] {
        text.split(separator: "\n").filter {
            $0.hasPrefix("service/demo/web: ") && $0.contains("/4 tasks on \(revision), ") && !$0.contains("done in")
        }
    }

    @Test func aPipelineGetsProgressLinesAndQuietLeavesThemOut() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!Self.progressLines(r.stdout, revision: "web:1").isEmpty, "\(r.stdout)")
        #expect(r.stdout.contains("service/demo/web: 4/4 tasks on web:1, done in "), "\(r.stdout)")
        #expect(!r.stdout.contains("\u{1B}"), "no terminal codes in a pipeline: \(r.stdout)")

        r = try CLI.run(["apply", "quickstart", "--auto-approve", "--quiet"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.progressLines(r.stdout, revision: "web:2").isEmpty, "\(r.stdout)")
        // The steps and each service's outcome stay.
        #expect(r.stdout.contains("service/demo/web: updating service, web:1 → web:2"), "\(r.stdout)")
        #expect(r.stdout.contains("service/demo/web: 4/4 tasks on web:2, done in "), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("Apply complete: 0 created, 2 updated, 0 replaced, 0 deleted; 4 tasks replaced.\n"), "\(r.stdout)")
    }

    @Test func quietCanComeFromTheEnvironment() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path, env: ["ECSPLAN_QUIET": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.progressLines(r.stdout, revision: "web:1").isEmpty, "\(r.stdout)")
        let bad = try CLI.run(["apply", "quickstart", "--auto-approve"] + state, cwd: dir.path, env: ["ECSPLAN_QUIET": "sometimes"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("ECSPLAN_QUIET=sometimes is not valid"), "\(bad.stderr)")
    }

    /// Under `script`, which gives the binary a terminal: the progress is one
    /// line rewritten in place, cleared before the summary.
    @Test func aTerminalGetsALiveLineRewrittenInPlace() throws {
        let (dir, state) = setup()
        defer { dir.cleanup() }
        let command = ([CLI.binary, "apply", "quickstart", "--auto-approve"] + state).map { "'\($0)'" }.joined(separator: " ")
        let r = try CLI.run(["-qec", command, "/dev/null"], cwd: dir.path, env: ["COLUMNS": "200"], executable: "/usr/bin/script")
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let clear = "\r\u{1B}[2K"
        #expect(r.stdout.contains(clear + "service/demo/web: "), "\(r.stdout.debugDescription)")
        #expect(r.stdout.contains("service/demo/web: 4/4 tasks on web:1, done in "), "\(r.stdout.debugDescription)")
        // Nothing is left on the live line when the summary is printed.
        let summary = try #require(r.stdout.range(of: "Apply complete:"))
        let before = r.stdout[..<summary.lowerBound]
        #expect(before.hasSuffix("\r\n") || before.hasSuffix("\n") || before.hasSuffix(clear), "\(r.stdout.debugDescription)")
    }
}
