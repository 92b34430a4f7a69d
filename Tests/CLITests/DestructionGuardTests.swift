import Foundation
import Testing
import TestSupport

/// `--prune` cannot delete everything by accident: a configuration path with no
/// objects is an error, and a plan that deletes a whole cluster, every managed
/// object or many objects needs `--allow-destroy-all`. State is untouched by a refusal.
@Suite struct DestructionGuardTests {
    static let app = """
        clusters: [{name: a}, {name: b}]
        taskDefinitions: [{family: app, containerDefinitions: [{name: app, image: "app:1", memory: 128}]}]
        services:
          - {name: web, cluster: a, taskDefinition: app, desiredCount: 1}
          - {name: api, cluster: a, taskDefinition: app, desiredCount: 1}
          - {name: jobs, cluster: b, taskDefinition: app, desiredCount: 1}

        """

    /// A directory with the applied configuration, and its state.
    static func applied() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("cfg/app.yaml", app)
        try FileManager.default.createDirectory(atPath: dir.file("empty"), withIntermediateDirectories: true)
        let state = ["--state", dir.file("state.db")]
        let r = try CLI.run(["apply", "cfg", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, state)
    }

    static func stateList(_ dir: TempDir, _ state: [String]) throws -> String {
        try CLI.run(["state", "list"] + state, cwd: dir.path).stdout
    }

    @Test func anEmptyDirectoryIsRefusedAndTheStateKeepsEveryObject() throws {
        let (dir, state) = try Self.applied()
        defer { dir.cleanup() }
        let before = try Self.stateList(dir, state)
        for command in [["plan", "empty", "--prune"], ["apply", "empty", "--prune", "--auto-approve"], ["validate", "empty"]] {
            let r = try CLI.run(command + (command[0] == "validate" ? [] : state), cwd: dir.path)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("no configuration found in empty: it defines no clusters, task definitions or services"), "\(r.stderr)")
            #expect(r.stdout.isEmpty, "nothing is planned from an empty configuration: \(r.stdout)")
        }
        #expect(try Self.stateList(dir, state) == before)
        #expect(before.contains("service/a/web") && before.contains("service/b/jobs"))
    }

    @Test func aFileOfCommentsNamedBesideARealOneIsRefused() throws {
        let (dir, state) = try Self.applied()
        defer { dir.cleanup() }
        dir.write("notes.yaml", "# moved to cfg/\n")
        let r = try CLI.run(["plan", "cfg", "notes.yaml"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no configuration found in notes.yaml"), "\(r.stderr)")
    }

    @Test func deletingAWholeClusterNeedsAllowDestroyAll() throws {
        let (dir, state) = try Self.applied()
        defer { dir.cleanup() }
        dir.write("cfg/app.yaml", """
            clusters: [{name: a}]
            taskDefinitions: [{family: app, containerDefinitions: [{name: app, image: "app:1", memory: 128}]}]
            services:
              - {name: web, cluster: a, taskDefinition: app, desiredCount: 1}
              - {name: api, cluster: a, taskDefinition: app, desiredCount: 1}

            """)
        let before = try Self.stateList(dir, state)
        var r = try CLI.run(["plan", "cfg", "--prune", "--out", "plan.json"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stdout.contains("service/b/jobs (delete"), "the plan still shows what would go: \(r.stdout)")
        #expect(r.stderr.hasPrefix("ecsplan: refusing to prune: it deletes cluster/b and the 1 managed service in it\n"), "\(r.stderr)")
        #expect(r.stderr.contains("--allow-destroy-all"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("plan.json")), "a refused plan is not saved")
        r = try CLI.run(["apply", "cfg", "--prune", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("refusing to prune: it deletes cluster/b"))
        #expect(try Self.stateList(dir, state) == before)

        r = try CLI.run(["apply", "cfg", "--prune", "--auto-approve"] + state, cwd: dir.path, env: ["ECSPLAN_ALLOW_DESTROY_ALL": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try Self.stateList(dir, state)
        #expect(!after.contains("cluster/b") && after.contains("service/a/web"))
    }

    @Test func deletingOneServiceOfSeveralNeedsNoExtraFlag() throws {
        let (dir, state) = try Self.applied()
        defer { dir.cleanup() }
        dir.write("cfg/app.yaml", Self.app.replacingOccurrences(of: "  - {name: api, cluster: a, taskDefinition: app, desiredCount: 1}\n", with: ""))
        let r = try CLI.run(["apply", "cfg", "--prune", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!(try Self.stateList(dir, state)).contains("service/a/api"))
    }

    @Test func destroyingEverythingIsPossibleWhenAskedFor() throws {
        let (dir, state) = try Self.applied()
        defer { dir.cleanup() }
        var r = try CLI.run(["plan", "empty", "--prune", "--allow-destroy-all", "--out", "destroy.json"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("6 to delete"), "\(r.stdout)")
        // The decision was made when the plan was: the saved plan applies without the flags.
        r = try CLI.run(["apply", "--plan", "destroy.json"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        let after = try Self.stateList(dir, state)
        #expect(!after.contains("service/") && !after.contains("cluster/a"), "\(after)")
    }
}
