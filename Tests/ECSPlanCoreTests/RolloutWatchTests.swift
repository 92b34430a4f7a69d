import ECSPlanCore
import Foundation
import LocalBackend
import Testing
import TestSupport

/// Apply against the simulated deployment controller: ECS's deployments drive
/// every rollout; apply watches them, and stops only what they leave behind.
@Suite struct RolloutWatchTests {
    static let sixServices = """
        clusters:
          - name: prod
            capacity: {instances: 4, cpu: 8192, memory: 16384, zones: [us-east-1a, us-east-1b]}
            capacityProviders: [FARGATE, FARGATE_SPOT]
        x-app: &app
          containerDefinitions: [{name: app, image: "nginx:${TAG}", cpu: 256, memory: 512}]
        taskDefinitions:
          - {family: rolling, <<: *app}
          - {family: bluegreen, <<: *app}
          - {family: linear, <<: *app}
          - {family: canary, <<: *app}
          - {family: plain, <<: *app}
          - family: spot
            networkMode: awsvpc
            requiresCompatibilities: [FARGATE]
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: app, image: "nginx:${TAG}"}]
        services:
          - name: rolling
            cluster: prod
            taskDefinition: rolling
            desiredCount: 4
            deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 150}
          - name: bluegreen
            cluster: prod
            taskDefinition: bluegreen
            desiredCount: 3
            deploymentConfiguration: {strategy: BLUE_GREEN, bakeTimeInMinutes: 10}
          - name: linear
            cluster: prod
            taskDefinition: linear
            desiredCount: 4
            deploymentConfiguration:
              strategy: LINEAR
              linearConfiguration: {stepPercent: 25, stepBakeTimeInMinutes: 15}
              bakeTimeInMinutes: 30
          - name: canary
            cluster: prod
            taskDefinition: canary
            desiredCount: 4
            deploymentConfiguration:
              strategy: CANARY
              canaryConfiguration: {canaryPercent: 10, canaryBakeTimeInMinutes: 60}
              bakeTimeInMinutes: 30
          - name: spot
            cluster: prod
            taskDefinition: spot
            desiredCount: 7
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, base: 1, weight: 1}
              - {capacityProvider: FARGATE_SPOT, weight: 2}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}
          - {name: plain, cluster: prod, taskDefinition: plain, desiredCount: 2}
        """

    @Test func sixStrategiesRollOutOnTheSimulatedClockAndLeaveNothingBehind() async throws {
        let h = try Harness()
        try await h.apply(Self.sixServices, env: ["TAG": "1.27"])
        var world = try await h.simulator.readWorld()
        let spot = world.tasks.filter { $0.group == "service:spot" }
        #expect(
            spot.filter { $0.capacityProviderName == "FARGATE" }.count == 3
                && spot.filter { $0.capacityProviderName == "FARGATE_SPOT" }.count == 4)

        let before = try h.simulator.simulatedClock()
        let wall = ContinuousClock.now
        let events = EventLog()
        let plan = try await h.apply(Self.sixServices, env: ["TAG": "1.28"], events: events)
        let elapsed = ContinuousClock.now - wall
        #expect(plan.rollouts.count == 6)
        // Bakes: 10 min; 3 × 15 + 30; 60 + 30; they run side by side, so the
        // clock covers the longest (an hour and a half) in seconds of wall time.
        let simulated = try h.simulator.simulatedClock() - before
        #expect(simulated >= (60 + 30) * 60)
        #expect(
            elapsed < .seconds(simulated / 100),
            "wall \(elapsed) for \(simulated) simulated seconds")
        // ECS's controller replaced everything: apply stopped nothing.
        #expect(!events.events.contains { $0.kind == .batch })
        #expect(events.events.filter { $0.kind == .serviceDone }.count == 6)
        #expect(
            events.events.contains {
                $0.kind == .progress && $0.address == "service/prod/bluegreen"
                    && $0.message.contains("bake time")
            })

        world = try await h.simulator.readWorld()
        let index = World.Index(world)
        for s in world.services {
            let tasks = index.tasks(ofService: s.cluster + "/" + s.name)
            #expect(
                tasks.count == s.desiredCount
                    && tasks.allSatisfy {
                        $0.taskDefinitionArn == s.taskDefinitionArn && $0.lastStatus == "RUNNING"
                    },
                "\(s.name)")
            #expect(index.revisionsByArn[s.taskDefinitionArn]?.revision == 2)
        }
        let again = try await h.plan(Self.sixServices, env: ["TAG": "1.28"])
        #expect(again.changes.allSatisfy { $0.action == .noop } && again.rollouts.isEmpty)
    }

    /// ECS runs every submitted deployment at once: a window of rollouts that
    /// have all ended is refilled without letting time pass, so watching many
    /// finished services does not cost one simulator step (or poll) per window.
    @Test func aWindowOfEndedRolloutsIsRefilledWithoutWaiting() async throws {
        let h = try Harness()
        var yaml = "clusters: [{name: prod, capacity: {instances: 4, cpu: 16384, memory: 32768}}]\ntaskDefinitions:\n"
        for i in 0..<30 { yaml += "  - {family: s\(i), containerDefinitions: [{name: app, image: nginx, cpu: 128, memory: 128}]}\n" }
        yaml += "services:\n"
        for i in 0..<30 { yaml += "  - {name: s\(i), cluster: prod, taskDefinition: s\(i), desiredCount: 1}\n" }
        let plan = try await h.plan(yaml)
        #expect(plan.rollouts.count == 30)
        let observed = ObservedProvider(h.simulator) { _ in [] }
        var options = Executor.Options()
        options.parallelism = 3
        let events = EventLog()
        try await Executor(store: h.backend.store, provider: observed, options: options, emit: { events.append($0) })
            .apply(plan, world: try await h.simulator.readWorld())
        #expect(events.events.filter { $0.kind == .serviceDone }.count == 30)
        // Starting the tasks and completing the deployments takes a few steps;
        // windows of 3 waited for one each: at least 10.
        #expect(observed.steps <= 4, "\(observed.steps) steps")
        let world = try await h.simulator.readWorld()
        #expect(world.tasks.filter { $0.lastStatus == "RUNNING" }.count == 30)
    }

    @Test func aRolledBackDeploymentFailsTheApplyWithECSsReason() async throws {
        let h = try Harness()
        let yaml = """
            clusters: [{name: prod}]
            taskDefinitions: [{family: web, containerDefinitions: [{name: app, image: "nginx:${TAG}", cpu: 256, memory: 512}]}]
            services:
              - name: web
                cluster: prod
                taskDefinition: web
                desiredCount: 4
                deploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: true}, minimumHealthyPercent: 50}
            """
        try await h.apply(yaml, env: ["TAG": "1"])
        let world = try await h.simulator.readWorld()
        // Register web:2 ahead and make it fail, as a bad image would.
        let plan = try await h.plan(yaml, env: ["TAG": "broken"])
        let events = EventLog()
        var options = Executor.Options()
        options.timeout = .seconds(60)
        let failing = Executor(
            store: h.backend.store, provider: FailingRevision(inner: h.simulator, family: "web"), options: options,
            emit: { events.append($0) })
        await #expect {
            try await failing.apply(plan, world: world)
        } throws: { error in
            let text = "\(error)"
            return text.contains(
                "service/prod/web: rolled back from web:2: ECS deployment circuit breaker: tasks failed to start."
            )
                && text.contains("stopped: CannotPullContainerError")
        }
        #expect(!events.events.contains { $0.kind == .batch })
        let (service, tasks) = try #require(
            try await h.simulator.readService(cluster: "prod", name: "web"))
        #expect(
            service.taskDefinitionArn.hasSuffix("web:1")
                && tasks.allSatisfy { $0.taskDefinitionArn.hasSuffix("web:1") })
    }
}

/// The local simulator, with every revision of `family` after the first failing
/// to start as soon as it is registered.
final class FailingRevision: ECSProvider, @unchecked Sendable {
    let inner: SimulatedECSProvider
    let family: String
    init(inner: SimulatedECSProvider, family: String) {
        self.inner = inner
        self.family = family
    }
    var label: String { inner.label }
    var simulatesTime: Bool { true }
    func readWorld(_ scope: ReadScope) async throws -> World { try await inner.readWorld(scope) }
    func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])? {
        try await inner.readService(cluster: cluster, name: name)
    }
    func readStoppedTasks(cluster: String, service: String) async throws -> [TaskState] {
        try await inner.readStoppedTasks(cluster: cluster, service: service)
    }
    func createCluster(_ c: Cluster, step: StepRecord) async throws {
        try await inner.createCluster(c, step: step)
    }
    func updateCluster(_ c: Cluster, step: StepRecord) async throws {
        try await inner.updateCluster(c, step: step)
    }
    func deleteCluster(name: String, step: StepRecord) async throws {
        try await inner.deleteCluster(name: name, step: step)
    }
    func registerTaskDefinition(
        _ d: TaskDefinition, step: StepRecord
    ) async throws -> TaskDefinitionRevision {
        let r = try await inner.registerTaskDefinition(d, step: step)
        if r.family == family && r.revision > 1 {
            try inner.setStartFailure(taskDefinitionArn: r.arn, failing: true)
        }
        return r
    }
    func deregisterTaskDefinition(arn: String, step: StepRecord) async throws {
        try await inner.deregisterTaskDefinition(arn: arn, step: step)
    }
    func createService(
        _ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord
    ) async throws {
        try await inner.createService(
            s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
    }
    func updateService(
        _ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord
    ) async throws {
        try await inner.updateService(
            s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
    }
    func deleteService(cluster: String, name: String, step: StepRecord) async throws {
        try await inner.deleteService(cluster: cluster, name: name, step: step)
    }
    func stopTasks(
        cluster: String, taskArns: [String], reason: String, step: StepRecord
    ) async throws {
        try await inner.stopTasks(cluster: cluster, taskArns: taskArns, reason: reason, step: step)
    }
    func awaitProgress() async throws { try await inner.awaitProgress() }
}
