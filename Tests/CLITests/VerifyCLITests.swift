import Foundation
import Testing
import TestSupport

/// `ecsplan verify` on the local backend, the built binary as a user runs it:
/// the simulator has no account, so it says what it did not check and exits 0.
@Suite struct VerifyCLITests {
    static let config = """
        taskDefinitions:
          - family: web
            executionRoleArn: arn:aws:iam::123456789012:role/exec
            containerDefinitions:
              - name: app
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0
                memory: 256
                secrets: [{name: DB, valueFrom: /prod/db}]
              - name: proxy
                image: public.ecr.aws/nginx/nginx:1.27
                memory: 64

        """

    @Test func theLocalBackendSaysWhatItCannotCheckAndExitsZero() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", Self.config)
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        #expect(r.stdout == "Not checked (roles: 1, images: 1, SSM parameters: 1, others: 1): the local backend simulates ECS only "
                + "and has no AWS account to look in; run verify with --backend ecs against the account you will apply to.\n")
        // Nothing was written: verify reads no state.
        #expect(!FileManager.default.fileExists(atPath: dir.file(".ecsplan")))
    }

    @Test func jsonListsEachUncheckedValueAsANote() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", Self.config)
        let r = try CLI.run(["verify", "app.yaml", "--format", "json"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
        let entries = try #require(report["diagnostics"] as? [[String: Any]])
        func place(_ entry: [String: Any]) -> String {
            let line = entry["line"] as? Int ?? 0, column = entry["column"] as? Int ?? 0
            return "\(entry["severity"] as? String ?? "") \(line):\(column) \(entry["path"] as? String ?? "")"
        }
        #expect(entries.map(place) == [
            "note 3:23 taskDefinitions[web].executionRoleArn",
            "note 6:16 taskDefinitions[web].containerDefinitions[0].image",
            "note 8:41 taskDefinitions[web].containerDefinitions[0].secrets[0].valueFrom",
            "note 10:16 taskDefinitions[web].containerDefinitions[1].image",
        ])
        #expect(report["valid"] as? Bool == true)
    }

    @Test func anInvalidConfigurationIsReportedBeforeAnythingIsLookedUp() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", "taskDefinitions:\n  - family: web\n    containerDefinitions: []\n")
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("app.yaml:3:27: taskDefinitions[web].containerDefinitions: needs at least one container\n"), "\(r.stderr)")
        #expect(r.stdout == "")
    }

    @Test func markdownIsRefused() throws {
        let r = try CLI.run(["verify", "--format", "markdown"], cwd: Repo.root.path)
        #expect(r.status == 64)
        #expect(r.stderr.contains("verify prints text, json or github, not markdown"), "\(r.stderr)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferVerify(_ shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        #expect(r.stdout.contains("verify"))
    }

    @Test func helpHasAnExample() throws {
        let r = try CLI.run(["verify", "--help"], cwd: Repo.root.path)
        #expect(r.status == 0)
        #expect(r.stdout.contains("ecsplan verify --backend ecs --region eu-west-1 deploy/prod"), "\(r.stdout)")
    }
}
