import Foundation
import Testing
import TestSupport

/// `ecsplan status` and `ecsplan wait` through the built binary on the local
/// backend, where waiting lets the simulator run its scheduler steps.
@Suite struct StatusWaitCLITests {
    static func config(image: String = "nginx:1.27") -> String {
        """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 2048, memory: 4096}
        taskDefinitions:
          - family: web
            containerDefinitions: [{name: app, image: "\(image)", cpu: 256, memory: 256}]
          - family: worker
            containerDefinitions: [{name: worker, image: "worker:1", cpu: 256, memory: 256}]
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            desiredCount: 2
            deploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: false}}
          - {name: worker, cluster: prod, taskDefinition: worker, desiredCount: 1}
        """
    }

    func applied() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("ecsplan.yaml", Self.config())
        let state = ["--state", dir.file("state.db")]
        let r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, state)
    }

    @Test func statusOneLinePerServiceAndJSONForScripts() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let text = try CLI.run(["status"] + state, cwd: dir.path)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("service/prod/web  2/2 running, 0 pending  web:1×2  ROLLING COMPLETED"), "\(text.stdout)")
        #expect(lines[1].hasPrefix("service/prod/worker  1/1 running"))

        let details = try CLI.run(["status", "service/prod/web", "--details"] + state, cwd: dir.path)
        #expect(details.stdout.contains("  percents: minimumHealthy 100%, maximum 200%"), "\(details.stdout)")
        #expect(details.stdout.contains("  PRIMARY "))
        #expect(!details.stdout.contains("worker"))

        let json = try CLI.run(["status", "cluster/prod", "--format", "json"] + state, cwd: dir.path)
        #expect(json.status == 0, "\(json.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["address"] as? String } == ["service/prod/web", "service/prod/worker"])
        #expect(Set(array[0].keys) == ["address", "desiredCount", "runningCount", "pendingCount", "revisions", "strategy",
                                       "minimumHealthyPercent", "maximumPercent", "deployments", "events"])
        #expect((array[0]["revisions"] as? [String: Int]) == ["web:1": 2])
        let deployment = try #require((array[0]["deployments"] as? [[String: Any]])?.first)
        #expect(deployment["rolloutState"] as? String == "COMPLETED")
        #expect(deployment["status"] as? String == "PRIMARY")
        // Stable for scripts: the same state prints the same bytes.
        #expect(try CLI.run(["status", "cluster/prod", "--format", "json"] + state, cwd: dir.path).stdout == json.stdout)
    }

    @Test func statusRefusesAddressesThatMatchNothing() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let typo = try CLI.run(["status", "service/prod/wbe"] + state, cwd: dir.path)
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("service prod/wbe does not exist"), "\(typo.stderr)")
        #expect(typo.stderr.contains("did you mean service/prod/web"))
        let pattern = try CLI.run(["status", "service/prd/*"] + state, cwd: dir.path)
        #expect(pattern.status == 1)
        #expect(pattern.stderr.contains("service/prd/* matches nothing"), "\(pattern.stderr)")
        let kind = try CLI.run(["status", "task-definition/web"] + state, cwd: dir.path)
        #expect(kind.status == 1)
        #expect(kind.stderr.contains("expected service/CLUSTER/NAME or cluster/NAME"), "\(kind.stderr)")
        #expect(try CLI.run(["wait", "service/prod/wbe"] + state, cwd: dir.path).stderr.contains("did you mean service/prod/web"))
    }

    @Test func waitLetsTheSimulatorReachStable() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        // Scaled behind ecsplan's back: two tasks more to start before it is stable again.
        let scale = try CLI.run(["state", "simulate", "scale", "service/prod/web", "4"] + state, cwd: dir.path)
        #expect(scale.status == 0, "\(scale.stderr)")
        let before = try CLI.run(["status", "service/prod/web"] + state, cwd: dir.path)
        #expect(before.stdout.contains("2/4 running"), "\(before.stdout)")
        let r = try CLI.run(["wait", "service/prod/web"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "service/prod/web: stable\n")
        #expect(try CLI.run(["status", "service/prod/web"] + state, cwd: dir.path).stdout.contains("4/4 running"))
    }

    @Test func waitExits2WhenTheServiceCannotBecomeStableInTime() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        // 40 tasks do not fit on two instances: never stable.
        _ = try CLI.run(["state", "simulate", "scale", "service/prod/web", "40"] + state, cwd: dir.path)
        let r = try CLI.run(["wait", "--timeout", "1s"] + state, cwd: dir.path)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("service/prod/worker: stable"))
        #expect(r.stderr.contains("service/prod/web: not stable after 1s:"), "\(r.stderr)")
        #expect(r.stderr.contains("/40 running"))
    }

    @Test func waitExits1WithECSReasonWhenTheDeploymentFails() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        dir.write("ecsplan.yaml", Self.config(image: "nginx:broken"))
        var r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve", "--no-wait"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["state", "simulate", "fail-revision", "web:2"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["wait", "service/prod/web", "--timeout", "60s"] + state, cwd: dir.path)
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("service/prod/web: deployment failed: ECS deployment circuit breaker"), "\(r.stderr)")
        let status = try CLI.run(["status", "service/prod/web"] + state, cwd: dir.path)
        #expect(status.stdout.contains("FAILED: ECS deployment circuit breaker"), "\(status.stdout)")
    }
}
