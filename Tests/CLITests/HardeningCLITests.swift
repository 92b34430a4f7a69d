import Foundation
import Testing
import TestSupport

@Suite struct HardeningCLITests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--target"))
        #expect(r.stdout.contains("state"))
    }

    /// Secret-looking values must not reach any output. A saved plan file keeps
    /// them, so that it applies without the configuration's variables: it is
    /// written with mode 0600, and `show` masks them in every format.
    @Test func secretsNeverLeakIntoOutputsOrPlanFiles() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let secrets = ["hunter2-db-password", "tok-4f9a8b7c6d5e", "sk-live-very-secret-key", "ghp_secret_from_env"]
        let config = """
            clusters: [{name: c}]
            taskDefinitions:
              - family: app
                containerDefinitions:
                  - name: app
                    image: "app:${TAG}"
                    memory: 128
                    environment:
                      DB_PASSWORD: \(secrets[0])
                      API_TOKEN: \(secrets[1])
                      STRIPE_KEY: \(secrets[2])
                      GITHUB_SECRET: "${GH_SECRET}"
                      LOG_LEVEL: info
                    dockerLabels: {SESSION_SECRET: \(secrets[1])}
                    secrets: [{name: REAL, valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/real"}]
            services: [{name: app, cluster: c, taskDefinition: app, desiredCount: 1}]
            """
        dir.write("c.yaml", config)
        let env = ["TAG": "1", "GH_SECRET": secrets[3]]
        let state = ["--state", dir.file("state.db")]
        var outputs: [String] = []
        for format in ["text", "json", "markdown"] {
            let r = try CLI.run(["plan", "c.yaml", "--format", format, "--out", "plan-\(format).json"] + state, cwd: dir.path, env: env)
            #expect(r.status == 0, "\(r.stderr)")
            outputs += [r.stdout, r.stderr]
            let file = try String(contentsOfFile: dir.file("plan-\(format).json"), encoding: .utf8)
            for secret in secrets { #expect(file.contains(secret), "the plan file must keep \(secret) to apply it") }
            let mode = try FileManager.default.attributesOfItem(atPath: dir.file("plan-\(format).json"))[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            for shown in ["text", "json", "markdown"] {
                let show = try CLI.run(["show", "plan-\(format).json", "--format", shown], cwd: dir.path)
                #expect(show.status == 0, "\(show.stderr)")
                outputs += [show.stdout, show.stderr]
            }
        }
        let apply = try CLI.run(["apply", "c.yaml", "--auto-approve"] + state, cwd: dir.path, env: env)
        let events = try CLI.run(["apply", "c.yaml", "--auto-approve", "--json-events"] + state, cwd: dir.path, env: env.merging(["TAG": "2"]) { $1 })
        let show = try CLI.run(["show", "plan-text.json", "--format", "markdown"], cwd: dir.path)
        outputs += [apply.stdout, apply.stderr, events.stdout, events.stderr, show.stdout]
        let changed = try CLI.run(["plan", "c.yaml"] + state, cwd: dir.path, env: env.merging(["GH_SECRET": "rotated-\(secrets[3])"]) { $1 })
        outputs += [changed.stdout, changed.stderr]
        #expect(changed.stdout.contains("environment[GITHUB_SECRET]: (sensitive, changed)"))
        #expect(changed.stdout.contains("LOG_LEVEL") == false)
        // The state database (and its WAL) keeps digests, never the plaintext.
        for file in ["state.db", "state.db-wal"] where FileManager.default.fileExists(atPath: dir.file(file)) {
            outputs.append(String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.file(file))), as: UTF8.self))
        }
        for text in outputs {
            for secret in secrets { #expect(!text.contains(secret), "leaked \(secret)") }
        }
        #expect(outputs.joined().contains("arn:aws:ssm:us-east-1:123456789012:parameter/real"))  // references stay visible
    }
}
