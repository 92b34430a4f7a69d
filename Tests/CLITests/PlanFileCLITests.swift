import Foundation
import Testing
import TestSupport

/// A saved plan that is damaged, from another version or state, or edited after
/// it was written is refused with a message, and nothing is applied.
@Suite struct PlanFileCLITests {
    static let config = """
        clusters: [{name: c}]
        taskDefinitions: [{family: app, containerDefinitions: [{name: app, image: "app:${TAG}", memory: 128}]}]
        services:
          - {name: app, cluster: c, taskDefinition: app, desiredCount: 2}
          - {name: old, cluster: c, taskDefinition: app, desiredCount: 1}

        """

    /// An applied state, and a plan (TAG=2, pruning `old`) saved as plan.json.
    static func project() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("c.yaml", config)
        let state = ["--state", dir.file("state.db")]
        var r = try CLI.run(["apply", "c.yaml", "--auto-approve"] + state, cwd: dir.path, env: ["TAG": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        dir.write("c.yaml", config.replacingOccurrences(of: "  - {name: old, cluster: c, taskDefinition: app, desiredCount: 1}\n", with: ""))
        r = try CLI.run(["plan", "c.yaml", "--prune", "--out", "plan.json"] + state, cwd: dir.path, env: ["TAG": "2"])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, state)
    }

    typealias Damage = @Sendable (String) -> String

    static let cases: [(String, Damage, String)] = [
        ("truncated", { String($0.prefix($0.count / 2)) }, "cannot use this plan file: the JSON ends early after"),
        ("not JSON", { _ in "plan: yes\n" }, "cannot use this plan file: not JSON"),
        ("empty", { _ in "" }, "cannot use this plan file: the file is empty"),
        ("another format", { $0.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2") },
         "cannot use this plan file: plan format 2 is not supported"),
        ("a field missing", { $0.replacingOccurrences(of: "\"configDigest\" :", with: "\"configDigestX\" :") },
         "cannot use this plan file: not a valid plan: configDigest is missing"),
        ("a wrong action", { $0.replacingOccurrences(of: "\"action\" : \"delete\"", with: "\"action\" : \"destroy\"") },
         "cannot use this plan file: not a valid plan: changes[3].action: Cannot initialize Action from invalid String value destroy"),
        ("another lineage", { $0.replacing(#/"lineage" : "[^"]+"/#, with: "\"lineage\" : \"0000-other\"") },
         "the plan is stale:\n  the state's lineage is"),
        ("a deletion removed", { text in
            // The reviewer saw no deletion; apply would still prune `old`.
            text.replacingOccurrences(of: "\"action\" : \"delete\"", with: "\"action\" : \"no-op\"")
        }, "the plan file does not match what it would do (was it edited after it was written?):\n  service/c/old"),
        ("a shown value changed", { $0.replacingOccurrences(of: "\"after\" : \"app:2\"", with: "\"after\" : \"app:1\"") },
         "the plan file does not match what it would do (was it edited after it was written?):\n  task-definition/app"),
    ]

    @Test(arguments: cases.map(\.0))
    func aBadPlanFileIsRefusedAndNothingIsApplied(_ name: String) throws {
        let (dir, state) = try Self.project()
        defer { dir.cleanup() }
        let (_, damage, expected) = try #require(Self.cases.first { $0.0 == name })
        let original = try String(contentsOfFile: dir.file("plan.json"), encoding: .utf8)
        let damaged = damage(original)
        #expect(damaged != original || name == "empty", "the damage did not apply to the file")
        dir.write("plan.json", damaged)
        let before = try CLI.run(["state", "list"] + state, cwd: dir.path).stdout
        let r = try CLI.run(["apply", "--plan", "plan.json"] + state, cwd: dir.path, env: ["TAG": "2"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.hasPrefix("ecsplan: "), "\(r.stderr)")
        #expect(try CLI.run(["state", "list"] + state, cwd: dir.path).stdout == before, "nothing may be applied")
    }

    @Test func theUndamagedPlanApplies() throws {
        let (dir, state) = try Self.project()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "--plan", "plan.json"] + state, cwd: dir.path, env: ["TAG": "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!(try CLI.run(["state", "list"] + state, cwd: dir.path).stdout.contains("service/c/old")))
    }
}
