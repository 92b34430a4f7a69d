import ECSPlanCore
import Foundation
import Testing
import TestSupport

/// Real task definitions (Tests/Fixtures/corpus) registered on moto through
/// the generated request shapes and read back through the generated response
/// shapes: the re-plan is empty, so every member moto keeps survives the trip.
/// moto 5.2.1 stores a registered task definition's members as sent and echoes
/// them back (with `compatibilities` and `requiresAttributes` added), except one
/// thing: any `requiresCompatibilities` other than `[EC2]` (EXTERNAL included)
/// makes it treat the family as Fargate and replace `networkMode` with awsvpc,
/// which ECS does not do; those definitions are left out here. What moto drops of
/// services is noted in MotoEndToEndTests.
@Suite(.serialized) struct MotoModelRoundTripTests {
    @Test func corpusTaskDefinitionsRoundTripThroughTheAPI() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        let corpus = Repo.path("Tests/Fixtures/corpus/task-definitions")
        var families = Set<String>()
        var files: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus).sorted() where name.hasSuffix(".json") {
            let path = corpus + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard !text.contains("{{"), !text.contains("${"), !name.contains("skeleton"), !text.contains("\"EXTERNAL\"") else { continue }
            // One file per family: a family defined twice is (rightly) an error.
            let family = (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]).flatMap {
                ($0["family"] as? String) ?? (($0["taskDefinition"] as? [String: Any])?["family"] as? String)
            } ?? name
            if families.insert(family).inserted { files.append(path) }
        }
        #expect(files.count >= 20)
        let env = moto.environment
        var r = try CLI.run(["apply"] + files + ["--auto-approve", "--no-wait", "--backend", "ecs"], cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan"] + files + ["--detailed-exitcode", "--backend", "ecs"], cwd: dir.path, env: env)
        #expect(r.status == 0, "re-plan after apply must show no changes:\n\(r.stdout)\(r.stderr)")
    }
}

/// Plans on the ecs backend name the account STS says the credentials act in.
@Suite(.serialized) struct MotoAccountTests {
    @Test func aPlanNamesTheAccountFromSTS() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples/ecs"), toPath: dir.file("ecs"))
        // Only ECS's endpoint points at moto: STS is asked there too.
        let r = try CLI.run(["plan", "ecs", "--format", "json"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"account\" : \"123456789012\"") || r.stdout.contains("\"account\":\"123456789012\""), "\(r.stdout.prefix(400))")
        let text = try CLI.run(["plan", "ecs"], cwd: dir.path, env: moto.environment)
        #expect(text.stdout.contains("account 123456789012"), "\(text.stdout.prefix(300))")
    }
}
