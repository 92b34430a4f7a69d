import ECSBackend
import ECSPlanCore
import Foundation
import Testing
import TestSupport

/// The ECS backend's watching of a deployment, driven by recorded
/// DescribeServices/DescribeTasks sequences (see RecordedECS: moto runs no
/// deployments, so these come from ECS's own response shapes). ecsplan must
/// stop tasks only when a completed deployment left some behind, and never
/// while a deployment is IN_PROGRESS.
@Suite(.serialized) struct RecordedDeploymentTests {
    static let target = "arn:aws:ecs:us-east-1:123456789012:task-definition/checkout:2"

    func watch(
        _ fixture: String, percents: DeploymentPercents, strategy: String = "ROLLING"
    ) async throws -> (RecordedECS, EventLog, Error?) {
        let ecs = try RecordedECS(fixture: fixture)
        let lockDir = TempDir()
        defer { lockDir.cleanup() }
        let settings = AWSSettings(
            credentials: AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret"),
            region: "us-east-1",
            endpoint: URL(string: ecs.endpoint)!)
        let backend = Backend.ecs(
            client: ECSClient(settings: settings, maxAttempts: 1), pollInterval: .milliseconds(10),
            lockPath: lockDir.file("lock"))
        let events = EventLog()
        var options = Executor.Options()
        options.timeout = .seconds(300)  // generous: under a loaded machine the first read alone can be slow
        let executor = Executor(backend: backend, options: options, emit: { events.append($0) })
        let target = RolloutTarget(
            address: Address(kind: .service, name: "shop/checkout"), cluster: "shop",
            name: "checkout", targetArn: Self.target,
            targetName: "checkout:2", percents: percents, strategy: strategy)
        do {
            try await executor.watch([target], runID: "recorded")
            return (ecs, events, nil)
        } catch {
            return (ecs, events, error)
        }
    }

    func stops(_ ecs: RecordedECS) -> [[String: Any]] {
        ecs.requests.filter { $0["operation"] as? String == "StopTask" }
    }

    @Test func aCompletingRollingDeploymentIsLeftToECS() async throws {
        let (ecs, events, error) = try await watch(
            "rolling-completes", percents: .init(minimumHealthyPercent: 100, maximumPercent: 200))
        #expect(error == nil, "\(error.map { "\($0)" } ?? "")")
        #expect(stops(ecs).isEmpty)
        #expect(
            events.events.contains { $0.kind == .serviceDone && $0.message == "2/2 on checkout:2" })
        #expect(
            events.events.contains {
                $0.kind == .progress && $0.message == "0/2 on checkout:2, 2 old, 2 pending"
                    && $0.running == 0 && $0.desired == 2
            })
        // Each poll lists only the service's tasks, and never the stopped ones:
        // their reasons are read only when a rollout fails.
        let lists = listTasks(ecs)
        #expect(!lists.isEmpty && lists.allSatisfy { $0["serviceName"] as? String == "checkout" })
        #expect(!lists.contains { $0["desiredStatus"] as? String == "STOPPED" })
    }

    func listTasks(_ ecs: RecordedECS) -> [[String: Any]] {
        ecs.requests.filter { $0["operation"] as? String == "ListTasks" }.compactMap { $0["request"] as? [String: Any] }
    }

    @Test func aStalledDeploymentsLeftoverIsStoppedOnlyOnceECSCompleted() async throws {
        let fixture = "stalled-leftover"
        let (ecs, events, error) = try await watch(
            fixture, percents: .init(minimumHealthyPercent: 100, maximumPercent: 100))
        #expect(error == nil, "\(error.map { "\($0)" } ?? "")")
        let stopped = stops(ecs)
        #expect(stopped.count == 1)
        let completedAt = try RecordedECS.polls(fixture).firstIndex { poll in
            let services =
                (poll["describeServices"] as? [String: Any])?["services"] as? [[String: Any]]
            let deployments = services?.first?["deployments"] as? [[String: Any]]
            return deployments?.first { $0["taskDefinition"] as? String == Self.target }?[
                "rolloutState"] as? String == "COMPLETED"
        }
        for stop in stopped {
            #expect(
                (stop["poll"] as? Int ?? -1) >= (completedAt ?? .max),
                "a task was stopped while the deployment was IN_PROGRESS")
            let request = stop["request"] as? [String: Any]
            #expect(
                (request?["task"] as? String)?.hasSuffix("/shop/" + Self.leftoverID(fixture))
                    == true)
            #expect((request?["reason"] as? String)?.contains("checkout:2") == true)
        }
        #expect(
            events.events.contains {
                $0.kind == .batch && $0.message.hasPrefix("stopping 1 task on old revisions")
            })
        #expect(events.events.contains { $0.kind == .serviceDone })
    }

    /// The checkout:1 task that no listed deployment started.
    static func leftoverID(_ fixture: String) -> String {
        let polls = (try? RecordedECS.polls(fixture)) ?? []
        let last = polls.last?["tasks"] as? [[String: Any]] ?? []
        let arn =
            last.first {
                ($0["taskDefinitionArn"] as? String)?.hasSuffix(":1") == true
                    && $0["lastStatus"] as? String == "RUNNING"
            }?["taskArn"] as? String
        return arn.map { String($0.split(separator: "/").last ?? "") } ?? "?"
    }

    @Test func aCircuitBreakerRollbackFailsWithECSsReasonAndStopsNothing() async throws {
        let (ecs, events, error) = try await watch(
            "circuit-breaker-rollback",
            percents: .init(minimumHealthyPercent: 100, maximumPercent: 200))
        let text = "\(error.map { "\($0)" } ?? "no error")"
        #expect(
            text.contains(
                "service/shop/checkout: rolled back from checkout:2: ECS deployment circuit breaker: tasks failed to start."
            ), "\(text)")
        #expect(
            text.contains(
                "4 tasks stopped: CannotPullContainerError: pull image manifest has been retried 7 time(s)"
            ), "\(text)")
        #expect(stops(ecs).isEmpty)
        #expect(events.events.contains { $0.kind == .serviceFailed })
        #expect(listTasks(ecs).filter { $0["desiredStatus"] as? String == "STOPPED" }.count == 1)
    }

    @Test func aBlueGreenDeploymentInBakeIsNeverTouched() async throws {
        let (ecs, events, error) = try await watch(
            "blue-green-bake", percents: .init(minimumHealthyPercent: 100, maximumPercent: 200),
            strategy: "BLUE_GREEN")
        #expect(error == nil, "\(error.map { "\($0)" } ?? "")")
        #expect(stops(ecs).isEmpty)
        // Blue was visible beside green for several polls, and left alone.
        #expect(
            events.events.contains {
                $0.kind == .progress && $0.message == "2/2 on checkout:2, 2 old"
            })
        #expect(events.events.last?.kind == .serviceDone)
    }
}
