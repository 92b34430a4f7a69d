import Foundation
import Testing
import TestSupport

/// The reviewed plan is the artifact: `plan --out FILE` holds everything
/// apply needs, so the file applies in another directory with neither the
/// configuration nor its variables, and is refused, with nothing changed, when
/// it was edited, is from a newer ecsplan, or is for another place.
@Suite struct SavedPlanCLITests {
    /// Both variables are required (no defaults): a plan that re-read the
    /// configuration could not apply without them.
    static let config = """
        clusters:
          - name: demo
            capacity: {instances: 2, cpu: 4096, memory: 7680, zones: [us-east-1a, us-east-1b]}
        taskDefinitions:
          - family: web
            containerDefinitions:
              - name: app
                image: "nginx:${IMAGE_TAG}"
                cpu: 256
                memory: 512
                environment: {DB_PASSWORD: "${DB_PASSWORD}", LOG_LEVEL: info}
        services:
          - name: web
            cluster: demo
            taskDefinition: web
            desiredCount: 2
            deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 200}
        """

    /// Applies 1.27, then saves a plan of the bump to 1.28 as `plan.json` and
    /// moves the configuration away. Returns the directory and the state flags.
    static func bumpSaved() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("config/app.yaml", config)
        let state = ["--state", dir.file("state.db")]
        var r = try CLI.run(["apply", "config", "--auto-approve"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.27", "DB_PASSWORD": "hunter2"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["plan", "config", "--out", "plan.json"] + state, cwd: dir.path, env: ["IMAGE_TAG": "1.28", "DB_PASSWORD": "hunter3"])
        #expect(r.status == 0, "\(r.stderr)")
        try FileManager.default.moveItem(atPath: dir.file("config"), toPath: dir.file("moved-away"))
        try FileManager.default.createDirectory(atPath: dir.file("empty"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: dir.file("plan.json"), toPath: dir.file("empty/plan.json"))
        return (dir, state)
    }

    @Test func aSavedPlanAppliesFromAnEmptyDirectoryWithoutTheConfigOrItsVariables() throws {
        let (dir, state) = try Self.bumpSaved()
        defer { dir.cleanup() }
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.file("empty/plan.json"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let r = try CLI.run(["apply", "plan.json"] + state, cwd: dir.file("empty"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Backend local, region us-east-1, account (simulated); state "), "\(r.stdout)")
        #expect(r.stdout.contains("service/demo/web: 2/2 tasks on web:2, done in "), "\(r.stdout)")
        let list = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(list.stdout.contains("web:2"), "\(list.stdout)")
        #expect(list.stdout.contains("2/2 running"), "\(list.stdout)")
        let show = try CLI.run(["state", "show", "task-definition/web"] + state, cwd: dir.path)
        #expect(show.stdout.contains("nginx:1.28"), "\(show.stdout)")
    }

    @Test func showAndJSONMaskWhatTheFileKeeps() throws {
        let (dir, _) = try Self.bumpSaved()
        defer { dir.cleanup() }
        let file = try String(contentsOfFile: dir.file("empty/plan.json"), encoding: .utf8)
        #expect(file.contains("hunter3"))  // kept, so the plan can apply it
        for format in ["text", "json", "markdown"] {
            let r = try CLI.run(["show", "plan.json", "--format", format], cwd: dir.file("empty"))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("hunter"), "show --format \(format) leaks the value")
            #expect(r.stdout.contains("DB_PASSWORD"))
        }
    }

    func expectNothingChanged(_ dir: TempDir, _ state: [String]) throws {
        let list = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(list.stdout.contains("service/demo/web"), "\(list.stdout)")
        #expect(list.stdout.contains("web:1"), "\(list.stdout)")
        #expect(!list.stdout.contains("web:2"), "\(list.stdout)")
    }

    @Test func anEditedPlanIsRefusedWithNothingChanged() throws {
        let (dir, state) = try Self.bumpSaved()
        defer { dir.cleanup() }
        let path = dir.file("empty/plan.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "nginx:1.28", with: "evil:latest").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["apply", "plan.json"] + state, cwd: dir.file("empty"))
        #expect(r.status == 1)
        #expect(r.stderr.contains("plan.json: cannot use this plan file: the plan was changed after it was written (its checksum does not match its contents)"), "\(r.stderr)")
        try expectNothingChanged(dir, state)
        let show = try CLI.run(["show", "plan.json"], cwd: dir.file("empty"))
        #expect(show.status == 1)
    }

    @Test func aPlanFromANewerEcsplanIsRefused() throws {
        let (dir, state) = try Self.bumpSaved()
        defer { dir.cleanup() }
        let path = dir.file("empty/plan.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"ecsplanVersion\" : \"", with: "\"ecsplanVersion\" : \"9").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["apply", "--plan", "plan.json"] + state, cwd: dir.file("empty"))
        #expect(r.status == 1)
        #expect(r.stderr.contains("plan.json: cannot use this plan file: the plan was made by ecsplan 90."), "\(r.stderr)")
        #expect(r.stderr.contains("newer than this ecsplan"))
        try expectNothingChanged(dir, state)
    }

    @Test func aPlanForAnotherPlaceIsRefused() throws {
        let (dir, state) = try Self.bumpSaved()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "plan.json", "--region", "eu-west-1"] + state, cwd: dir.file("empty"))
        #expect(r.status == 1)
        #expect(r.stderr.contains("the plan was made for region us-east-1, but this apply is in eu-west-1"), "\(r.stderr)")
        r = try CLI.run(["apply", "plan.json", "--state", dir.file("other.db")], cwd: dir.file("empty"))
        #expect(r.status == 1)
        #expect(r.stderr.contains("there is no state at \(dir.file("other.db")), but the plan was made against state"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("other.db")))
        r = try CLI.run(["apply", "plan.json", "--target", "service/demo/other"] + state, cwd: dir.file("empty"))
        #expect(r.status == 1)
        #expect(r.stderr.contains("--target (or ECSPLAN_TARGET) differs from the targets the plan was made with (no targets)"), "\(r.stderr)")
        r = try CLI.run(["apply", "plan.json"] + state, cwd: dir.file("empty"), env: ["ECSPLAN_PRUNE": "1"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--prune (or ECSPLAN_PRUNE) asks for deletions, but the plan was made without --prune"), "\(r.stderr)")
        r = try CLI.run(["apply", "--plan", "plan.json", "config"] + state, cwd: dir.file("empty"))
        #expect(r.status != 0)
        #expect(r.stderr.contains("--plan applies a saved plan on its own"), "\(r.stderr)")
        try expectNothingChanged(dir, state)
    }
}
