import Foundation
import Testing
import TestSupport

@Suite struct ValidateCLITests {
    @Test func validQuickstartPrintsASummary() throws {
        let r = try CLI.run(["validate", "examples/quickstart"], cwd: Repo.root.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Configuration is valid: 1 cluster, 2 task definitions, 2 services.\n")
    }

    @Test func invalidFilesExitOneWithEveryError() throws {
        let r = try CLI.run(["validate", "examples/invalid/memory.yaml"], cwd: Repo.root.path)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let golden = try String(contentsOfFile: Repo.path("Tests/Fixtures/golden/invalid/memory.txt"), encoding: .utf8)
        #expect(r.stderr == golden + "4 errors in 1 file\n")
    }

    @Test func missingPathIsAnError() throws {
        let r = try CLI.run(["validate", "does/not/exist"], cwd: Repo.root.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("does/not/exist: no such file or directory"))
    }

    @Test func pathsFromTheEnvironment() throws {
        let r = try CLI.run(["validate"], cwd: Repo.root.path, env: ["ECSPLAN_PATHS": "examples/quickstart"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func versionHasOneSource() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
