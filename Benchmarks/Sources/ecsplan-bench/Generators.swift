import ECSPlanCore
import Foundation
import LocalBackend

/// Realistic configurations: many task definitions and services, shared
/// blocks through anchors and merge keys, the list forms both loaders read.
enum Generate {
    /// The plan scenario's change: every hundredth service gets image tag 2.0.
    static func onePercentChanged(_ i: Int) -> String { i % 100 == 0 ? "2.0" : "1.0" }

    /// Either `bytes` of YAML, or exactly `services` services when given, of `tasks` tasks each.
    static func config(bytes target: Int, services limit: Int? = nil, tasks: Int = 10,
                       imageTag: (Int) -> String = { _ in "1.0" }) -> (text: String, services: Int) {
        var out = """
            x-logging: &logging
              logDriver: awslogs
              options: {awslogs-group: /ecs/bench, awslogs-region: us-east-1, awslogs-stream-prefix: app}
            x-app: &app
              essential: true
              cpu: 128
              memory: 256
              logConfiguration: *logging
            clusters:
              - name: bench
                capacity: {instances: 1000, cpu: 32768, memory: 131072, zones: [us-east-1a, us-east-1b, us-east-1c]}
            taskDefinitions:

            """
        var services = "services:\n"
        var n = 0
        while limit.map({ n < $0 }) ?? (out.utf8.count + services.utf8.count < target) {
            out += """
                  - family: svc\(n)
                    networkMode: bridge
                    containerDefinitions:
                      - <<: *app
                        name: app
                        image: "registry.example.com/team/svc\(n):\(imageTag(n))"
                        portMappings: [{containerPort: 8080, hostPort: 0, protocol: tcp}]
                        environment:
                          - {name: SERVICE_NAME, value: svc\(n)}
                          - {name: LOG_LEVEL, value: info}
                          - {name: REGION, value: us-east-1}
                        healthCheck: {command: [CMD-SHELL, "curl -f http://localhost:8080/health || exit 1"], interval: 30, retries: 3}
                      - <<: *app
                        name: sidecar
                        image: "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"
                        essential: false
                    tags: [{key: team, value: team\(n % 20)}]

                """
            services += """
                  - name: svc\(n)
                    cluster: bench
                    taskDefinition: svc\(n)
                    desiredCount: \(tasks)
                    deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 200}
                    placementStrategy: [{type: spread, field: "attribute:ecs.availability-zone"}, {type: binpack, field: memory}]

                """
            n += 1
        }
        return (out + services, n)
    }

    /// A fresh `dir` whose `state.db` already runs `n` generated services at
    /// image 1.0 (10 tasks each on `instances` instances) and whose
    /// `config.yaml` gives each service the image tag `tag(i)`.
    static func scenario(services n: Int, instances: Int, dir: String, tag: (Int) -> String) throws -> (backend: SimulatedECSProvider, statePath: String, services: Int) {
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try config(bytes: 0, services: n).text.write(toFile: dir + "/base.yaml", atomically: true, encoding: .utf8)
        let base = ConfigLoader(environment: [:]).load(paths: [dir + "/base.yaml"]).config
        let count = min(n, base.services.count)
        let statePath = dir + "/state.db"
        let backend = SimulatedECSProvider(database: try StateDatabase.open(path: statePath))
        try backend.seed(world(services: count, instances: instances, config: base))
        try config(bytes: 0, services: n, imageTag: tag).text.write(toFile: dir + "/config.yaml", atomically: true, encoding: .utf8)
        return (backend, statePath, count)
    }

    /// A fresh `dir` with an empty `state.db` and a `config.yaml` of `n`
    /// services: the first plan, whose capacity check places every new task.
    static func emptyScenario(services n: Int, tasks: Int = 10, dir: String) throws {
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = try StateDatabase.open(path: dir + "/state.db")
        try config(bytes: 0, services: n, tasks: tasks).text.write(toFile: dir + "/config.yaml", atomically: true, encoding: .utf8)
    }

    /// A long-lived service's events: the 100 ECS keeps, 25 rollouts of four
    /// each. A plan must not read all of them (it once read every service's whole
    /// history to show five, which seeded states without events never showed).
    static func eventHistory(_ name: String) -> [String] {
        (0..<25).flatMap { r in
            [
                "(service \(name)) has started 10 tasks: (task \(r)a) (task \(r)b) (task \(r)c).",
                "(service \(name)) has stopped 10 running tasks: (task \(r)x) (task \(r)y) (task \(r)z).",
                "(service \(name)) (deployment ecs-svc/\(r)) deployment completed.",
                "(service \(name)) has reached a steady state.",
            ]
        }
    }

    /// A world that already runs `config`: every service at its revision with
    /// 10 RUNNING tasks spread over `instances` container instances, and the
    /// 100 events ECS keeps (`eventHistory`).
    static func world(services n: Int, instances: Int, config: Config) -> World {
        var w = World(lineage: "bench-lineage", serial: 1)
        let region = "us-east-1", account = "123456789012"
        let cluster = "bench"
        var clusterSpec = config.clusters.first?.spec ?? Cluster(name: cluster)
        clusterSpec.capacity?.instances = instances
        clusterSpec.tags = ManagedMarker.adding(to: nil)
        w.clusters = [ClusterState(name: cluster, arn: "arn:aws:ecs:\(region):\(account):cluster/\(cluster)", managed: true, spec: clusterSpec)]
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        w.containerInstances = (0..<instances).map { i in
            ContainerInstanceState(id: String(format: "i-%017x", i), arn: "arn:aws:ecs:\(region):\(account):container-instance/\(cluster)/\(i)", cluster: cluster,
                                   attributes: ["ecs.availability-zone": zones[i % 3], "ecs.instance-type": "m5.8xlarge", "ecs.os-type": "linux"],
                                   cpu: 32768, memory: 131072)
        }
        var taskIndex = 0
        for td in config.taskDefinitions.prefix(n) {
            var spec = td.spec
            spec.tags = ManagedMarker.adding(to: spec.tags)
            let arn = "arn:aws:ecs:\(region):\(account):task-definition/\(spec.family):1"
            w.taskDefinitions.append(TaskDefinitionRevision(family: spec.family, revision: 1, arn: arn, managed: true, spec: spec))
        }
        for s in config.services.prefix(n) {
            var spec = s.spec
            let arn = "arn:aws:ecs:\(region):\(account):task-definition/\(spec.taskDefinition):1"
            spec.taskDefinition = arn
            spec.tags = ManagedMarker.adding(to: nil)
            w.services.append(ServiceState(cluster: cluster, name: spec.name, arn: "arn:aws:ecs:\(region):\(account):service/\(cluster)/\(spec.name)",
                                           managed: true, taskDefinitionArn: arn, desiredCount: 10, spec: spec,
                                           deployments: [Deployment(id: "ecs-svc/\(spec.name)", status: "PRIMARY",
                                                                    taskDefinitionArn: arn, desiredCount: 10,
                                                                    rolloutState: "COMPLETED")],
                                           events: eventHistory(spec.name)))
            for _ in 0..<10 {
                let id = String(format: "%032x", taskIndex)
                w.tasks.append(TaskState(id: id, arn: "arn:aws:ecs:\(region):\(account):task/\(cluster)/\(id)", cluster: cluster, group: "service:" + spec.name,
                                         startedBy: "ecs-svc", taskDefinitionArn: arn, containerInstanceId: w.containerInstances[taskIndex % instances].id,
                                         lastStatus: "RUNNING", cpu: 256, memory: 512))
                taskIndex += 1
            }
        }
        return w
    }
}
