import Foundation
import Testing
import TestSupport

/// `ecsplan run` through the built binary on the local backend: a one-off task
/// of a managed task definition starts, stops, and its essential container's
/// exit code becomes the command's.
@Suite struct RunCLITests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 1, cpu: 1024, memory: 2048}
        taskDefinitions:
          - family: migrate
            containerDefinitions: [{name: migrate, image: "app:1", cpu: 256, memory: 256}, {name: sidecar, image: "log:1", essential: false, memory: 64}]
          - family: web
            containerDefinitions: [{name: app, image: "nginx:1.27", cpu: 256, memory: 256}]
          - family: huge
            containerDefinitions: [{name: big, image: "big:1", cpu: 4096, memory: 8192}]
        services:
          - {name: web, cluster: prod, taskDefinition: web, desiredCount: 1, tags: [{key: team, value: payments}]}
          - name: api
            cluster: prod
            taskDefinition: web
            desiredCount: 0
            capacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}
        """

    func applied() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("ecsplan.yaml", Self.config)
        let state = ["--state", dir.file("state.db")]
        let r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, state)
    }

    @Test func waitFollowsTheTaskToStoppedAndExitsWithTheEssentialContainersCode() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let ok = try CLI.run(["run", "migrate", "--cluster", "prod", "--wait", "--command", "bin/migrate --up", "--env", "DRY_RUN=0"] + state, cwd: dir.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("(migrate:1 on prod)"))
        #expect(ok.stdout.contains(": RUNNING\n"))
        #expect(ok.stdout.contains("stopped: Essential container in task exited"))
        #expect(ok.stdout.contains("  migrate: exit code 0"))
        #expect(ok.stdout.contains("  sidecar: exit code 0"))

        let knob = try CLI.run(["state", "simulate", "exit-code", "migrate", "3"] + state, cwd: dir.path)
        #expect(knob.status == 0, "\(knob.stderr)")
        let failed = try CLI.run(["run", "migrate:1", "--cluster", "prod", "--wait"] + state, cwd: dir.path)
        #expect(failed.status == 3, "\(failed.stdout)\(failed.stderr)")
        #expect(failed.stdout.contains("  migrate: exit code 3"))
        // Only the essential container's code counts: the sidecar exits 0.
        #expect(failed.stdout.contains("  sidecar: exit code 0"))

        _ = try CLI.run(["state", "simulate", "exit-code", "migrate", "--clear"] + state, cwd: dir.path)
        #expect(try CLI.run(["run", "migrate", "--cluster", "prod", "--wait"] + state, cwd: dir.path).status == 0)
    }

    @Test func aTaskThatCannotStartExits1WithTheReason() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        // No instance has 4096 CPU units free: RunTask answers with a failure, no task.
        let unplaceable = try CLI.run(["run", "huge", "--cluster", "prod", "--wait"] + state, cwd: dir.path)
        #expect(unplaceable.status == 1)
        #expect(unplaceable.stderr.contains("could not start a task of huge:1: RESOURCE"), "\(unplaceable.stderr)")
        #expect(!unplaceable.stdout.contains("Started"))

        // The image cannot be pulled: the task starts and stops without an exit code.
        _ = try CLI.run(["state", "simulate", "fail-revision", "migrate:1"] + state, cwd: dir.path)
        let pull = try CLI.run(["run", "migrate", "--cluster", "prod", "--wait"] + state, cwd: dir.path)
        #expect(pull.status == 1, "\(pull.stdout)\(pull.stderr)")
        #expect(pull.stdout.contains("stopped: CannotPullContainerError"))
        #expect(pull.stdout.contains("  migrate: no exit code"))
    }

    @Test func likeServiceTakesTheServicesCapacity() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        // huge fits no instance; on the api service's FARGATE capacity it needs none.
        let r = try CLI.run(["run", "huge", "--cluster", "prod", "--like-service", "service/prod/api", "--wait"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("  big: exit code 0"))
        let ec2 = try CLI.run(["run", "huge", "--cluster", "prod", "--like-service", "service/prod/api", "--launch-type", "EC2", "--wait"] + state,
                              cwd: dir.path)
        #expect(ec2.status == 1, "the launch type given wins over the service's capacity")
    }

    @Test func noWaitPrintsTheTasksAndLeavesThemRunning() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let r = try CLI.run(["run", "migrate", "--cluster", "prod", "--count", "2", "--no-wait", "--started-by", "ci-42"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        let arns = r.stdout.split(separator: "\n").filter { $0.hasPrefix("Started ") }
        #expect(arns.count == 2)
        #expect(!r.stdout.contains("stopped"))
        let shown = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(shown.status == 0, "\(shown.stderr)")
    }

    @Test func refusesUnknownNamesWithTheNearestKnownOnes() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let family = try CLI.run(["run", "migrat", "--cluster", "prod"] + state, cwd: dir.path)
        #expect(family.status == 1)
        #expect(family.stderr.contains("task definition family migrat does not exist"), "\(family.stderr)")
        #expect(family.stderr.contains("did you mean task-definition/migrate"))

        let cluster = try CLI.run(["run", "migrate", "--cluster", "prd"] + state, cwd: dir.path)
        #expect(cluster.status == 1)
        #expect(cluster.stderr.contains("did you mean cluster/prod"), "\(cluster.stderr)")

        let revision = try CLI.run(["run", "migrate:7", "--cluster", "prod"] + state, cwd: dir.path)
        #expect(revision.status == 1)
        #expect(revision.stderr.contains("migrate:7 is not an active revision"), "\(revision.stderr)")

        let service = try CLI.run(["run", "migrate", "--cluster", "prod", "--like-service", "service/prod/wbe"] + state, cwd: dir.path)
        #expect(service.status == 1)
        #expect(service.stderr.contains("did you mean service/prod/web"), "\(service.stderr)")

        let container = try CLI.run(["run", "migrate", "--cluster", "prod", "--container", "nope", "--command", "true"] + state, cwd: dir.path)
        #expect(container.status == 1)
        #expect(container.stderr.contains("it has migrate, sidecar"), "\(container.stderr)")

        let env = try CLI.run(["run", "migrate", "--cluster", "prod", "--env", "NOVALUE"] + state, cwd: dir.path)
        #expect(env.status == 1)
        #expect(env.stderr.contains("expected KEY=VALUE"), "\(env.stderr)")

        let count = try CLI.run(["run", "migrate", "--cluster", "prod", "--count", "11"] + state, cwd: dir.path)
        #expect(count.status != 0)
        #expect(count.stderr.contains("between 1 and 10"))
    }

    @Test func optionsComeFromTheEnvironmentToo() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let env = ["ECSPLAN_CLUSTER": "prod", "ECSPLAN_COUNT": "2", "ECSPLAN_NO_WAIT": "1"]
        let r = try CLI.run(["run", "migrate"] + state, cwd: dir.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("Started ") }.count == 2)
        #expect(!r.stdout.contains("stopped"))
        // The flag wins over its variable.
        let flag = try CLI.run(["run", "migrate", "--count", "1", "--wait"] + state, cwd: dir.path, env: env)
        #expect(flag.status == 0, "\(flag.stderr)")
        #expect(flag.stdout.split(separator: "\n").filter { $0.hasPrefix("Started ") }.count == 1)
        #expect(flag.stdout.contains("  migrate: exit code 0"))

        let bad = try CLI.run(["run", "migrate"] + state, cwd: dir.path, env: ["ECSPLAN_CLUSTER": "prod", "ECSPLAN_COUNT": "20"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("ECSPLAN_COUNT"), "\(bad.stderr)")
        let missing = try CLI.run(["run", "migrate"] + state, cwd: dir.path)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("--cluster is required (or ECSPLAN_CLUSTER)"), "\(missing.stderr)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferTheDayTwoCommands(_ shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        for command in ["run", "status", "wait", "rollback", "exit-code", "--like-service"] { #expect(r.stdout.contains(command), "\(command)") }
    }

    @Test(arguments: [("run", "ecsplan run migrate --cluster prod --like-service service/prod/web"),
                      ("status", "ecsplan status service/prod/web --details"),
                      ("wait", "ecsplan wait service/prod/web service/prod/worker --timeout 10m"),
                      ("rollback", "ecsplan rollback service/prod/web --to 41 --auto-approve")])
    func helpHasAnExample(_ command: String, _ example: String) throws {
        let r = try CLI.run([command, "--help"], cwd: Repo.root.path, env: ["COLUMNS": "200"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(example), "\(r.stdout)")
    }
}
