import Foundation
import Testing
import TestSupport

/// `runBefore` through the built binary on the local backend: a migration runs
/// before its service's rollout; a failing one stops that rollout with exit 1
/// and leaves the service on its old revision; a rerun runs it again.
@Suite struct RunBeforeCLITests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 2048, memory: 4096}
        taskDefinitions:
          - family: migrate
            containerDefinitions: [{name: migrate, image: "app:${TAG:-1}", cpu: 128, memory: 128}]
          - family: web
            containerDefinitions: [{name: app, image: "app:${TAG:-1}", cpu: 256, memory: 256}]
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            desiredCount: ${COUNT:-2}
            runBefore:
              - taskDefinition: migrate
                overrides:
                  containerOverrides:
                    - name: migrate
                      command: [bin/migrate, --to, latest]
                      environment: {DRY_RUN: "0"}
        """

    func applied() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("ecsplan.yaml", Self.config)
        let state = ["--state", dir.file("state.db")]
        let r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        // The first rollout (the service's creation) ran the migration first.
        let out = r.stdout
        let ran = try #require(out.range(of: "service/prod/web: running migrate:1 before the rollout (1 task)"), "\(out)")
        let created = try #require(out.range(of: "service/prod/web: creating service on web:1"), "\(out)")
        #expect(ran.lowerBound < created.lowerBound)
        #expect(out.contains("service/prod/web: migrate:1 exited 0"))
        return (dir, state)
    }

    @Test func aFailingMigrationStopsTheRolloutWithExit1AndTheServiceUntouchedAndARerunRunsItAgain() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let next = ["TAG": "2"]
        var r = try CLI.run(["plan", "ecsplan.yaml"] + state, cwd: dir.path, env: next)
        #expect(r.stdout.contains("""
              ~ service/prod/web (update in place, web:1 → web:2)
                  » runs first: migrate:2 (1 task), which must exit 0 before the rollout
                      + containerOverrides[migrate].command: ["bin/migrate", "--to", "latest"]
                      + containerOverrides[migrate].environment[DRY_RUN]: "0"
            """), "\(r.stdout)")

        #expect(try CLI.run(["state", "simulate", "exit-code", "migrate", "3"] + state, cwd: dir.path).status == 0)
        r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path, env: next)
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("service/prod/web: runBefore task migrate:2 (task "), "\(r.stderr)")
        #expect(r.stderr.contains(") exited with code 3 in container migrate (stopped reason: Essential container in task exited); "
                                  + "the service was not updated"), "\(r.stderr)")
        #expect(!r.stdout.contains("updating service"), "\(r.stdout)")
        // The new revisions were registered; the service still runs web:1, on every task.
        r = try CLI.run(["state", "show", "service/prod/web"] + state, cwd: dir.path)
        #expect(r.stdout.contains("taskDefinition: web:1\n"), "\(r.stdout)")
        r = try CLI.run(["status", "service/prod/web"] + state, cwd: dir.path)
        #expect(r.stdout.contains("  web:1×2  "), "\(r.stdout)")

        // Nothing was recorded as done: the next plan runs the migration again.
        _ = try CLI.run(["state", "simulate", "exit-code", "migrate", "--clear"] + state, cwd: dir.path)
        r = try CLI.run(["plan", "ecsplan.yaml", "--out", "plan.json"] + state, cwd: dir.path, env: next)
        #expect(r.stdout.contains("» runs first: migrate:2 (1 task)"), "\(r.stdout)")
        // The saved plan carries the task's request: applied where there is no configuration.
        try FileManager.default.createDirectory(atPath: dir.file("empty"), withIntermediateDirectories: true)
        r = try CLI.run(["apply", "../plan.json"] + state, cwd: dir.file("empty"))
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let ran = try #require(r.stdout.range(of: "service/prod/web: migrate:2 exited 0"), "\(r.stdout)")
        let updated = try #require(r.stdout.range(of: "service/prod/web: updating service, web:1 → web:2"), "\(r.stdout)")
        #expect(ran.lowerBound < updated.lowerBound)
        r = try CLI.run(["plan", "ecsplan.yaml", "--detailed-exitcode"] + state, cwd: dir.path, env: next)
        #expect(r.status == 0, "\(r.stdout)")
    }

    @Test func nothingRunsWhenTheServicesRevisionDoesNotChange() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        // A failing migration would show if it ran.
        _ = try CLI.run(["state", "simulate", "exit-code", "migrate", "3"] + state, cwd: dir.path)
        var r = try CLI.run(["plan", "ecsplan.yaml"] + state, cwd: dir.path, env: ["COUNT": "3"])
        #expect(r.stdout.contains("~ service/prod/web (update in place)"), "\(r.stdout)")
        #expect(!r.stdout.contains("runs first"), "\(r.stdout)")
        r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path, env: ["COUNT": "3"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("running migrate"), "\(r.stdout)")
    }

    @Test func aRunBeforeTaskNamesATaskDefinitionOfTheConfiguration() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("ecsplan.yaml", Self.config.replacingOccurrences(of: "- taskDefinition: migrate", with: "- taskDefinition: migrat")
            .replacingOccurrences(of: "- name: migrate\n", with: "- name: migrat\n"))
        var r = try CLI.run(["validate", "ecsplan.yaml"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("ecsplan.yaml:15:25: services[web].runBefore[0].taskDefinition: task definition 'migrat' is not defined; "
                                  + "did you mean 'migrate'?"), "\(r.stderr)")

        dir.write("ecsplan.yaml", Self.config.replacingOccurrences(of: "- name: migrate\n", with: "- name: migrat\n"))
        r = try CLI.run(["validate", "ecsplan.yaml"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("services[web].runBefore[0].overrides.containerOverrides[0].name: container 'migrat' is not in "
                                  + "task definition 'migrate' (it has migrate); did you mean 'migrate'?"), "\(r.stderr)")

        dir.write("ecsplan.yaml", Self.config.replacingOccurrences(of: "overrides:", with: "overide:"))
        r = try CLI.run(["validate", "ecsplan.yaml"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("services[web].runBefore[0].overide: unknown key 'overide'; did you mean 'overrides'?"), "\(r.stderr)")
    }
}
