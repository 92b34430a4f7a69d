import Foundation
import Testing
import TestSupport

/// Errors a pipeline can read: `--format json` turns validate, plan and apply
/// errors into one JSON document on stdout (exit codes unchanged), and GitHub
/// Actions gets annotations that point at the offending line.
@Suite struct MachineErrorsCLITests {
    static func document(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    @Test func validateJSONListsEveryDiagnosticWithItsPosition() throws {
        let r = try CLI.run(["validate", "examples/invalid/memory.yaml", "--format", "json"], cwd: Repo.root.path)
        #expect(r.status == 1)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let doc = try Self.document(r.stdout)
        #expect(doc["command"] as? String == "validate")
        #expect(doc["valid"] as? Bool == false)
        #expect(doc["errorCount"] as? Int == 4)
        let diagnostics = try #require(doc["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 4)
        let first = try #require(diagnostics.first)
        #expect(first["file"] as? String == "examples/invalid/memory.yaml")
        #expect(first["line"] as? Int == 5)
        #expect(first["column"] as? Int == 10)
        #expect(first["path"] as? String == "taskDefinitions[shop].cpu")
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "containers ask for 640 CPU units in total, more than the task's 512")
    }

    @Test func validateJSONOfAValidConfigurationSaysSo() throws {
        let r = try CLI.run(["validate", "examples/quickstart"], cwd: Repo.root.path, env: ["ECSPLAN_FORMAT": "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try Self.document(r.stdout)
        #expect(doc["valid"] as? Bool == true)
        #expect(doc["errorCount"] as? Int == 0)
    }

    @Test func planJSONErrorsAreTheSameDocument() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let r = try CLI.run(["plan", Repo.path("examples/invalid/memory.yaml"), "--format", "json", "--state", dir.file("state.db")], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let doc = try Self.document(r.stdout)
        #expect(doc["command"] as? String == "plan")
        #expect((doc["diagnostics"] as? [Any])?.count == 4)
    }

    @Test func anErrorWithoutAPositionIsADiagnosticWithoutAFile() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("plan.json", "{not json")
        let r = try CLI.run(["apply", "--plan", "plan.json", "--format", "json", "--state", dir.file("state.db")], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        // One line: apply's stdout in JSON mode is a stream of JSON lines.
        #expect(r.stdout.split(separator: "\n").count == 1, "\(r.stdout)")
        let doc = try Self.document(r.stdout)
        #expect(doc["command"] as? String == "apply")
        let d = try #require((doc["diagnostics"] as? [[String: Any]])?.first)
        #expect(d["file"] == nil)
        #expect((d["message"] as? String)?.contains("plan.json: cannot use this plan file") == true, "\(d)")
    }

    @Test func onGitHubActionsErrorsAreAlsoAnnotations() throws {
        let r = try CLI.run(["validate", "examples/invalid/memory.yaml"], cwd: Repo.root.path, env: ["GITHUB_ACTIONS": "true"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("::error file=examples/invalid/memory.yaml,line=5,col=10,title=ecsplan%3A taskDefinitions[shop].cpu::"
                                  + "containers ask for 640 CPU units in total, more than the task's 512\n"), "\(r.stderr)")
        // The text stays, for the log.
        #expect(r.stderr.contains("examples/invalid/memory.yaml:5:10: taskDefinitions[shop].cpu: containers ask for 640 CPU units"))
        #expect(r.stderr.hasSuffix("4 errors in 1 file\n"))
    }

    @Test func formatGitHubAnnotatesAFailureOutsideTheConfiguration() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "--plan", "missing.json", "--format", "github", "--state", dir.file("state.db")], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("::error title=ecsplan::missing.json: cannot read the plan file"), "\(r.stderr)")
        #expect(r.stderr.contains("ecsplan: missing.json: cannot read the plan file"))
    }
}
