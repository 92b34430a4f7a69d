import Foundation
import Testing
import TestSupport

/// `state show ADDR --format json` through the real binary on the local backend:
/// the object with its tasks and deployments, stable for scripts.
@Suite struct StateShowJSONCLITests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 4096, memory: 8192, zones: [us-east-1a, us-east-1b]}
        taskDefinitions:
          - family: web
            containerDefinitions: [{name: app, image: "nginx:1.27", cpu: 256, memory: 512}]
          - family: worker
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: worker, image: "worker:1"}]
        services:
          - {name: web, cluster: prod, taskDefinition: web, desiredCount: 3}
          - name: worker
            cluster: prod
            taskDefinition: worker
            desiredCount: 7
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, base: 1, weight: 1}
              - {capacityProvider: FARGATE_SPOT, weight: 2}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}
        """

    static let taskKeys: Set = ["taskArn", "taskDefinitionArn", "taskDefinition", "group", "lastStatus", "desiredStatus", "capacityProviderName",
                                "availabilityZone", "containerInstanceArn", "startedAt", "stoppedReason"]

    func applied() throws -> (TempDir, [String]) {
        let dir = TempDir()
        dir.write("ecsplan.yaml", Self.config)
        let state = ["--state", dir.file("state.db")]
        let r = try CLI.run(["apply", "ecsplan.yaml", "--auto-approve"] + state, cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, state)
    }

    func object(_ r: CLIResult) throws -> [String: Any] {
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
    }

    @Test func aServiceWithItsTasksAndDeployments() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let r = try CLI.run(["state", "show", "service/prod/web", "--format", "json"] + state, cwd: dir.path)
        let service = try object(r)
        #expect(service["kind"] as? String == "service")
        #expect(service["taskDefinition"] as? String == "web:1")
        let tasks = try #require(service["tasks"] as? [[String: Any]])
        #expect(tasks.count == 3)
        for task in tasks {
            #expect(Set(task.keys) == Self.taskKeys)
            #expect(task["lastStatus"] as? String == "RUNNING")
            #expect((task["containerInstanceArn"] as? String)?.hasPrefix("arn:aws:ecs:") == true)
            #expect((task["availabilityZone"] as? String)?.hasPrefix("us-east-1") == true)
            #expect(task["capacityProviderName"] is NSNull)  // EC2 launch type
            let started = try #require(task["startedAt"] as? String)
            #expect(ISO8601DateFormatter().date(from: started) != nil, "\(started)")
        }
        let deployments = try #require(service["deployments"] as? [[String: Any]])
        #expect(deployments.contains { $0["status"] as? String == "PRIMARY" && $0["taskDefinition"] as? String == "web:1" })
        // Sorted keys, stable across runs: scripts and diffs can rely on it.
        #expect(r.stdout.components(separatedBy: "\n").first { $0.hasPrefix("  \"") } == "  \"address\" : \"service/prod/web\",")
        let again = try CLI.run(["state", "show", "service/prod/web", "--format", "json"] + state, cwd: dir.path)
        #expect(again.stdout == r.stdout)
    }

    @Test func fargateTasksNameTheirCapacityProvider() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let service = try object(try CLI.run(["state", "show", "service/prod/worker", "--format", "json"] + state, cwd: dir.path))
        let tasks = try #require(service["tasks"] as? [[String: Any]])
        let byProvider = Dictionary(grouping: tasks) { $0["capacityProviderName"] as? String ?? "none" }.mapValues(\.count)
        #expect(byProvider == ["FARGATE": 3, "FARGATE_SPOT": 4])
        #expect(tasks.allSatisfy { $0["containerInstanceArn"] is NSNull })
    }

    @Test func clustersAndTaskDefinitionsToo() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        let cluster = try object(try CLI.run(["state", "show", "cluster/prod", "--format", "json"] + state, cwd: dir.path))
        #expect((cluster["containerInstances"] as? [Any])?.count == 2)
        #expect((cluster["tasks"] as? [Any])?.count == 10)
        let td = try object(try CLI.run(["state", "show", "task-definition/web:1", "--format", "json"] + state, cwd: dir.path))
        #expect(td["revision"] as? Int == 1)
        #expect(((td["spec"] as? [String: Any])?["containerDefinitions"] as? [Any])?.count == 1)
    }

    @Test func unknownAddressesAndMarkdownAreRefused() throws {
        let (dir, state) = try applied()
        defer { dir.cleanup() }
        var r = try CLI.run(["state", "show", "service/prod/nope", "--format", "json"] + state, cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("service/prod/nope is not in the state"))
        r = try CLI.run(["state", "show", "service/prod/web", "--format", "markdown"] + state, cwd: dir.path)
        #expect(r.status != 0)
        #expect(r.stderr.contains("text") && r.stderr.contains("json"), "\(r.stderr)")
    }
}
