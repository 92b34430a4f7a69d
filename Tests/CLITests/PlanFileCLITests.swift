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
        ("another format", { $0.replacingOccurrences(of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 3") },
         "cannot use this plan file: the plan was made by ecsplan 0.1.0 (plan format 3), newer than this ecsplan"),
        // Any edit, of structure or of content, breaks the file's checksum.
        ("a field missing", { $0.replacingOccurrences(of: "\"configDigest\" :", with: "\"configDigestX\" :") }, "cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"),
        ("a wrong action", { $0.replacingOccurrences(of: "\"action\" : \"delete\"", with: "\"action\" : \"destroy\"") }, "cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"),
        ("another lineage", { $0.replacing(#/"lineage" : "[^"]+"/#, with: "\"lineage\" : \"0000-other\"") }, "cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"),
        ("a deletion removed", { text in
            // The reviewer saw no deletion; the file would still prune `old`.
            text.replacingOccurrences(of: "\"action\" : \"delete\"", with: "\"action\" : \"no-op\"")
        }, "cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"),
        ("a shown value changed", { $0.replacingOccurrences(of: "\"after\" : \"app:2\"", with: "\"after\" : \"app:1\"") }, "cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"),
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

    @Test func aPlanForAnotherStateIsRefused() throws {
        let (dir, _) = try Self.project()
        defer { dir.cleanup() }
        let other = ["--state", dir.file("other.db")]
        var r = try CLI.run(["apply", "c.yaml", "--auto-approve"] + other, cwd: dir.path, env: ["TAG": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let before = try CLI.run(["state", "list"] + other, cwd: dir.path).stdout
        r = try CLI.run(["apply", "--plan", "plan.json"] + other, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the plan is stale:\n  the state's lineage is"), "\(r.stderr)")
        #expect(try CLI.run(["state", "list"] + other, cwd: dir.path).stdout == before, "nothing may be applied")
    }

    @Test func theUndamagedPlanApplies() throws {
        let (dir, state) = try Self.project()
        defer { dir.cleanup() }
        let r = try CLI.run(["apply", "--plan", "plan.json"] + state, cwd: dir.path, env: ["TAG": "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!(try CLI.run(["state", "list"] + state, cwd: dir.path).stdout.contains("service/c/old")))
    }
}
