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

    @Test func aPipeIsReadOnceAndItsErrorsArePlacedExactly() throws {
        // `ecsplan validate <(sops -d config.yaml)`: a pipe cannot be read again to
        // place an error inside an object, so its nodes are kept instead.
        let text = "clusters:\n  - name: prod\n    capacity: {instances: -1}\n"
        let r = try CLI.run(["validate", "/dev/stdin"], cwd: Repo.root.path, stdin: text)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("/dev/stdin:3:27: clusters[prod].capacity.instances: must be between 0 and 10000\n"), "\(r.stderr)")
    }

    @Test func aBadByteInAPipeIsPlacedByItsLine() throws {
        // A reader error carries a byte offset; a pipe cannot be read back to count lines.
        let r = try CLI.run(["validate", "/dev/stdin"], cwd: Repo.root.path, stdin: "clusters:\n  - name: x\u{0}y\n")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("/dev/stdin:2:"), "\(r.stderr)")
        #expect(r.stderr.contains("control characters are not allowed"), "\(r.stderr)")
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
