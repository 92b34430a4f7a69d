import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import LocalBackend

/// The simulated deployment controller, checked at every simulated tick.
@Suite struct DeploymentControllerTests {
    /// One service on v1, settled, then updated to v2 with `configure` applied.
    func updated(
        desired: Int, instances: Int = 3, _ configure: (inout Service) -> Void
    ) async throws -> (SimulatedECSProvider, v1: String, v2: String) {
        let b = try await makeBackend(instances: instances, cpu: 8192, memory: 16384)
        let v1 = try await b.registerTaskDefinition(td("web"), step: step)
        var s = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: desired)
        configure(&s)
        try await b.createService(s, taskDefinitionArn: v1.arn, desiredCount: desired, step: step)
        try await b.settle()
        let v2 = try await b.registerTaskDefinition(td("web", image: "nginx:2"), step: step)
        try await b.updateService(s, taskDefinitionArn: v2.arn, desiredCount: desired, step: step)
        return (b, v1.arn, v2.arn)
    }

    func service(_ b: SimulatedECSProvider) async throws -> (ServiceState, [TaskState]) {
        try #require(try await b.readService(cluster: "prod", name: "web"))
    }

    @Test(arguments: [
        (4, 50, 150), (4, 100, 200), (6, 0, 100), (5, 75, 125), (7, 50, 100), (3, 100, 134),
        (10, 90, 110),
    ])
    func rollingStaysWithinTheBoundsAtEveryTick(
        desired: Int, minimum: Int, maximum: Int
    ) async throws {
        let (b, _, v2) = try await updated(desired: desired) {
            $0.deploymentConfiguration = DeploymentConfiguration(
                maximumPercent: maximum, minimumHealthyPercent: minimum)
        }
        let percents = DeploymentPercents(minimumHealthyPercent: minimum, maximumPercent: maximum)
        var ticks = 0
        while ticks < 100 {
            try await b.awaitProgress()
            ticks += 1
            let (s, tasks) = try await service(b)
            let running = tasks.filter { $0.lastStatus == "RUNNING" }.count
            #expect(
                running >= percents.minimumHealthy(desired: desired),
                "tick \(ticks): \(running) running")
            #expect(
                tasks.count <= percents.maximumTasks(desired: desired),
                "tick \(ticks): \(tasks.count) tasks")
            if s.primary?.rolloutState == "COMPLETED" { break }
        }
        let (s, tasks) = try await service(b)
        #expect(s.primary?.rolloutState == "COMPLETED" && s.deployments.count == 1)
        #expect(
            tasks.count == desired
                && tasks.allSatisfy { $0.taskDefinitionArn == v2 && $0.lastStatus == "RUNNING" })
        #expect(s.events.contains("(service web) has reached a steady state."))
        let stopped = try await b.readStoppedTasks(cluster: "prod", service: "web")
        #expect(
            stopped.count >= desired
                && stopped.allSatisfy {
                    $0.stoppedReason
                        == "Scaling activity initiated by (deployment \(s.primary?.id ?? ""))"
                })
    }

    @Test func minimumAndMaximumAtOneHundredStall() async throws {
        let (b, v1, _) = try await updated(desired: 3) {
            $0.deploymentConfiguration = DeploymentConfiguration(
                maximumPercent: 100, minimumHealthyPercent: 100)
        }
        try await b.settle(limit: 10)
        let (s, tasks) = try await service(b)
        #expect(s.primary?.rolloutState == "IN_PROGRESS")
        #expect(tasks.count == 3 && tasks.allSatisfy { $0.taskDefinitionArn == v1 })
    }

    @Test(arguments: [(2, 150), (4, 125), (10, 110), (1, 300)])
    func theCircuitBreakerTripsAtItsThreshold(desired: Int, maximum: Int) async throws {
        let (b, v1, v2) = try await updated(desired: desired) {
            $0.deploymentConfiguration = DeploymentConfiguration(
                deploymentCircuitBreaker: .init(enable: true, rollback: false),
                maximumPercent: maximum, minimumHealthyPercent: 100)
        }
        try b.setStartFailure(taskDefinitionArn: v2, failing: true)
        let threshold = CircuitBreakerRule.threshold(desiredCount: desired)
        var failedAt: Int?
        for _ in 0..<60 {
            try await b.awaitProgress()
            let (s, tasks) = try await service(b)
            let d = try #require(s.deployments.first { $0.taskDefinitionArn == v2 })
            if d.rolloutState == "FAILED" {
                failedAt = d.failedTasks
                #expect(
                    d.rolloutStateReason == "ECS deployment circuit breaker: tasks failed to start."
                )
                #expect(tasks.filter { $0.taskDefinitionArn == v1 }.count == desired)  // old tasks kept
                break
            }
            #expect(d.failedTasks < threshold)
        }
        // One launch at a time (maximumPercent leaves room for one), so it trips exactly there.
        let surge =
            DeploymentPercents(minimumHealthyPercent: 100, maximumPercent: maximum).maximumTasks(
                desired: desired) - desired
        if surge == 1 {
            #expect(failedAt == threshold)
        } else {
            #expect((failedAt ?? 0) >= threshold)
        }
        #expect(threshold == min(max(Int((Double(desired) * 0.5).rounded(.up)), 3), 200))
    }

    @Test func theCircuitBreakerRollsBackWithECSsReasons() async throws {
        let (b, v1, v2) = try await updated(desired: 4) {
            $0.deploymentConfiguration = DeploymentConfiguration(
                deploymentCircuitBreaker: .init(enable: true, rollback: true),
                maximumPercent: 200, minimumHealthyPercent: 50)
        }
        try b.setStartFailure(taskDefinitionArn: v2, failing: true)
        try await b.settle(limit: 30)
        let (s, tasks) = try await service(b)
        #expect(s.taskDefinitionArn == v1)
        #expect(
            tasks.count == 4
                && tasks.allSatisfy { $0.taskDefinitionArn == v1 && $0.lastStatus == "RUNNING" })
        #expect(
            s.events.contains { $0.hasPrefix("(service web) rolling back to deployment ecs-svc/") })
        #expect(s.events.contains { $0.hasSuffix("deployment failed: tasks failed to start.") })
        #expect(s.primary?.rolloutState == "COMPLETED")
    }

    static let hookArn = "arn:aws:lambda:us-east-1:123456789012:function:check"

    func trafficShifting(
        _ strategy: ECS.DeploymentStrategy, desired: Int = 4,
        _ configure: (inout DeploymentConfiguration) -> Void = { _ in }
    )
        async throws -> (SimulatedECSProvider, v1: String, v2: String)
    {
        try await updated(desired: desired) {
            var c = DeploymentConfiguration(
                deploymentCircuitBreaker: .init(enable: true, rollback: true))
            c.strategy = strategy
            c.lifecycleHooks = [
                .init(
                    hookTargetArn: Self.hookArn, roleArn: "arn:aws:iam::123456789012:role/hooks",
                    lifecycleStages: [.postScaleUp, .postProductionTrafficShift])
            ]
            configure(&c)
            $0.deploymentConfiguration = c
        }
    }

    /// Steps until the v2 deployment ends, checking at every tick that blue
    /// keeps its full count until the clean-up. Returns the traffic shifts seen.
    func follow(
        _ b: SimulatedECSProvider, v1: String, v2: String, desired: Int,
        onTick: (ServiceState) throws -> Void = { _ in }
    ) async throws -> [String] {
        var shifts: [String] = []
        for _ in 0..<200 {
            try await b.awaitProgress()
            let (s, tasks) = try await service(b)
            try onTick(s)
            shifts += s.events.filter {
                $0.contains("of production traffic") && !shifts.contains($0)
            }
            guard let d = s.deployments.first(where: { $0.taskDefinitionArn == v2 }),
                d.rolloutState == "IN_PROGRESS"
            else { break }
            if d.lifecycleStage != "CLEAN_UP" {
                #expect(
                    tasks.filter { $0.taskDefinitionArn == v1 && $0.lastStatus == "RUNNING" }.count
                        == desired, "blue shrank in \(d.lifecycleStage ?? "-")")
            }
        }
        return shifts
    }

    @Test func blueGreenRunsGreenBesideBlueThenBakesThenStopsBlue() async throws {
        let (b, v1, v2) = try await trafficShifting(.blueGreen) { $0.bakeTimeInMinutes = 10 }
        let before = try b.simulatedClock()
        let wall = ContinuousClock.now
        var peak = 0
        let shifts = try await follow(b, v1: v1, v2: v2, desired: 4) { _ in
            peak = max(peak, try await0(b))
        }
        let (s, tasks) = try await service(b)
        #expect(s.primary?.rolloutState == "COMPLETED" && s.taskDefinitionArn == v2)
        #expect(tasks.count == 4 && tasks.allSatisfy { $0.taskDefinitionArn == v2 })
        #expect(peak == 8)  // green at 100% beside blue
        #expect(shifts.count == 1 && shifts[0].contains("shifted 100% of production traffic"))
        #expect(try b.simulatedClock() - before >= 600)
        #expect(ContinuousClock.now - wall < .seconds(600))  // simulated time, not wall time
        let hooks = try b.hookInvocations(cluster: "prod", service: "web")
        #expect(
            hooks.map(\.stage) == ["POST_SCALE_UP", "POST_PRODUCTION_TRAFFIC_SHIFT"]
                && hooks.allSatisfy { $0.result == "SUCCEEDED" })
    }

    /// Active tasks of the service, read synchronously inside a tick callback.
    func await0(_ b: SimulatedECSProvider) throws -> Int {
        try b.database.db.read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM tasks WHERE service = 'web' AND last_status != 'STOPPED'"
            ) ?? 0
        }
    }

    @Test func anAlarmDuringTheBakeRollsBackToBlueWithoutStoppingIt() async throws {
        let (b, v1, v2) = try await trafficShifting(.blueGreen) { c in
            c.bakeTimeInMinutes = 60
            c.alarms = .init(alarmNames: ["web-5xx"], rollback: true, enable: true)
        }
        var raised = false
        _ = try await follow(b, v1: v1, v2: v2, desired: 4) { s in
            if !raised, s.deployments.first?.lifecycleStage == "BAKE_TIME" {
                try b.setAlarmState(name: "web-5xx", state: "ALARM")
                raised = true
            }
        }
        #expect(raised)
        try await b.settle()
        let (s, tasks) = try await service(b)
        #expect(s.taskDefinitionArn == v1)
        #expect(
            tasks.count == 4
                && tasks.allSatisfy { $0.taskDefinitionArn == v1 && $0.lastStatus == "RUNNING" })
        let stopped = try await b.readStoppedTasks(cluster: "prod", service: "web")
        #expect(!stopped.isEmpty && stopped.allSatisfy { $0.taskDefinitionArn == v2 })  // blue never stopped
        #expect(s.events.contains { $0.contains("web-5xx in ALARM state") })
    }

    @Test func linearShiftsByStepPercentAndCanaryByItsPercent() async throws {
        let (l, l1, l2) = try await trafficShifting(.linear) {
            $0.linearConfiguration = .init(stepPercent: 25, stepBakeTimeInMinutes: 5)
            $0.bakeTimeInMinutes = 15
        }
        let linear = try await follow(l, v1: l1, v2: l2, desired: 4)
        #expect(linear.map { $0.split(separator: " ")[3] } == ["25%", "50%", "75%", "100%"])
        #expect(try l.simulatedClock() >= 3 * 5 * 60 + 15 * 60)
        let (c, c1, c2) = try await trafficShifting(.canary) {
            $0.canaryConfiguration = .init(canaryPercent: 10, canaryBakeTimeInMinutes: 30)
        }
        let canary = try await follow(c, v1: c1, v2: c2, desired: 4)
        #expect(canary.map { $0.split(separator: " ")[3] } == ["10%", "100%"])
        #expect(try await service(c).0.taskDefinitionArn == c2)
    }

    @Test func aFailingLifecycleHookRollsBack() async throws {
        let (b, v1, v2) = try await trafficShifting(.blueGreen)
        try b.setHookResult(hookTargetArn: Self.hookArn, result: "FAILED")
        _ = try await follow(b, v1: v1, v2: v2, desired: 4)
        try await b.settle()
        let (s, tasks) = try await service(b)
        #expect(s.taskDefinitionArn == v1 && tasks.allSatisfy { $0.taskDefinitionArn == v1 })
        let hooks = try b.hookInvocations(cluster: "prod", service: "web")
        #expect(hooks.map(\.result) == ["FAILED"] && hooks.first?.stage == "POST_SCALE_UP")
        #expect(
            s.deployments.contains { $0.rolloutStateReason?.contains("lifecycle hook") == true }
                || s.events.contains { $0.contains("lifecycle hook") })
    }

    @Test func theClockIsKeptInTheStateAndResumes() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        let b = SimulatedECSProvider(database: try StateDatabase.open(path: path))
        try await b.createCluster(Cluster(name: "prod"), step: step)
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        try await b.createService(
            Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2),
            taskDefinitionArn: rev.arn,
            desiredCount: 2, step: step)
        try await b.settle()
        let stopped = try b.simulatedClock()
        #expect(stopped > 0)
        let reopened = SimulatedECSProvider(database: try StateDatabase.open(path: path))
        #expect(try reopened.simulatedClock() == stopped)
        try await reopened.updateService(
            Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 3),
            taskDefinitionArn: rev.arn,
            desiredCount: 3, step: step)
        try await reopened.awaitProgress()
        #expect(try reopened.simulatedClock() == stopped + SimulatedClock.tick)
    }
}
