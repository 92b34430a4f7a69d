import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// A service's `runBefore` tasks in the plan (goldens) and in apply, against
/// the local simulator: planned only when the service's revision changes, run
/// with the revision the plan gives them, and a failure holds that service back.
@Suite struct RunBeforeTests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 4096, memory: 8192, zones: [us-east-1a, us-east-1b]}
        taskDefinitions:
          - family: migrate
            containerDefinitions:
              - {name: migrate, image: "app:${MIGRATE_TAG:-1}", cpu: 128, memory: 128}
              - {name: log, image: "log:1", essential: false, memory: 32}
          - family: web
            containerDefinitions: [{name: app, image: "app:${TAG:-1}", cpu: 256, memory: 256}]
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            desiredCount: ${COUNT:-2}
            runBefore:
              - taskDefinition: migrate
                count: 1
                overrides:
                  containerOverrides:
                    - name: migrate
                      command: [bin/migrate, --to, latest]
                      environment: {DRY_RUN: "0", DB_PASSWORD: hunter2}
          - {name: worker, cluster: prod, taskDefinition: web, desiredCount: 1}
        """

    @Test func thePlanShowsTheTasksAheadOfTheServicesDeployment() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        let plan = try await h.plan(Self.config, env: ["TAG": "2", "MIGRATE_TAG": "2"])
        let web = try #require(plan.changes.first { $0.address == .service(cluster: "prod", name: "web") })
        // The migration runs its new revision, registered in the same plan.
        #expect(web.runBefore?.map(\.revision) == ["migrate:2"])
        #expect(plan.changes.first { $0.address == .service(cluster: "prod", name: "worker") }?.runBefore == nil)
        // The password override is masked wherever the plan is shown.
        #expect(web.runBefore?.first?.overrides.first { $0.path.hasSuffix("[DB_PASSWORD]") }?.sensitive == true)
        assertGolden(TextRenderer(color: false).render(plan), "plans/run-before.txt")
        assertGolden(JSONRenderer.render(plan), "plans/run-before.json")
        assertGolden(MarkdownRenderer.render(plan), "plans/run-before.md")
        #expect(!JSONRenderer.render(plan).contains("hunter2"))
    }

    @Test func anUnchangedTaskDefinitionRunsItsCurrentRevision() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        let plan = try await h.plan(Self.config, env: ["TAG": "2"])
        #expect(plan.changes.first { $0.address == .service(cluster: "prod", name: "web") }?.runBefore?.map(\.revision) == ["migrate:1"])
    }

    @Test func nothingRunsWhenTheRevisionStaysTheSame() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        // A scale, and a new migration revision alone: the service keeps web:1.
        let plan = try await h.plan(Self.config, env: ["COUNT": "3", "MIGRATE_TAG": "2"])
        let web = try #require(plan.changes.first { $0.address == .service(cluster: "prod", name: "web") })
        #expect(web.action == .update)
        #expect(web.runBefore == nil)
    }

    @Test func aTargetedPlanRegistersTheTasksNewRevisionToo() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        let plan = try await h.plan(Self.config, env: ["TAG": "2", "MIGRATE_TAG": "2"], targets: [.service(cluster: "prod", name: "web")])
        #expect(plan.changes.first { $0.address == .taskDefinition("migrate") }?.action == .newRevision)
        #expect(ReadScope(plan: plan).families.contains("migrate"))
    }

    @Test func aFailingTaskHoldsItsServiceBackJournaledAsFailedWhileOthersRollOut() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        try h.simulator.setSimulatedExitCode(family: "migrate", code: 3)
        let events = EventLog()
        let failure = await #expect(throws: ApplyError.self) {
            try await h.apply(Self.config, env: ["TAG": "2"], events: events)
        }
        #expect(failure?.failures.count == 1)
        #expect(failure?.failures.first?.hasPrefix("service/prod/web: runBefore task migrate:1 (task ") == true, "\(String(describing: failure))")
        #expect(failure?.failures.first?.hasSuffix(") exited with code 3 in container migrate (stopped reason: Essential container in task exited); "
                                                   + "the service was not updated") == true)
        let world = try await h.simulator.readWorld()
        let names = Dictionary(world.taskDefinitions.map { ($0.arn, $0.name) }, uniquingKeysWith: { $1 })
        #expect(world.services.first { $0.name == "web" }.flatMap { names[$0.taskDefinitionArn] } == "web:1")
        #expect(world.services.first { $0.name == "worker" }.flatMap { names[$0.taskDefinitionArn] } == "web:2")
        #expect(events.events.contains { $0.kind == .serviceFailed && $0.address == "service/prod/web" })

        let journal = try h.store.journal(runID: "test-run").filter { $0.address == "service/prod/web" }
        #expect(journal.map(\.action).suffix(2) == ["run-before", "run-before-failed"])  // after the first apply's
        #expect(journal.last?.detail.hasPrefix("migrate:1: (task ") == true)

        // Fixed, the rerun runs it again and moves the service.
        try h.simulator.setSimulatedExitCode(family: "migrate", code: nil)
        let rerun = try await h.plan(Self.config, env: ["TAG": "2"])
        #expect(rerun.changes.first { $0.address == .service(cluster: "prod", name: "web") }?.runBefore?.map(\.revision) == ["migrate:1"])
        try await h.apply(Self.config, env: ["TAG": "2"])
        let after = try h.store.journal(runID: "test-run").filter { $0.address == "service/prod/web" }.map(\.action)
        #expect(after.suffix(3) == ["run-before", "run-before-succeeded", "update-service"])
        #expect(!(try await h.plan(Self.config, env: ["TAG": "2"])).hasChanges)
    }

    @Test func aTaskThatCannotStartHoldsItsServiceBackWithTheStopReason() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        let migrate = try #require(try await h.simulator.readWorld().taskDefinitions.first { $0.name == "migrate:1" })
        try h.simulator.setStartFailure(taskDefinitionArn: migrate.arn, failing: true)
        let failure = await #expect(throws: ApplyError.self) { try await h.apply(Self.config, env: ["TAG": "2"]) }
        let message = failure?.failures.first ?? ""
        #expect(message.contains(") stopped without an exit code (stopped reason: CannotPullContainerError"), "\(message)")
        #expect(message.hasSuffix("the service was not updated"))
    }

    @Test func aTaskWithNoRoomToStartHoldsItsServiceBack() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        let huge = Self.config.replacingOccurrences(of: "count: 1", with: "count: 10")
            .replacingOccurrences(of: "cpu: 128, memory: 128", with: "cpu: 2048, memory: 128")
        let failure = await #expect(throws: ApplyError.self) { try await h.apply(huge, env: ["TAG": "2"]) }
        let message = failure?.failures.first ?? ""
        #expect(message.hasPrefix("service/prod/web: runBefore task migrate:2 could not start: RESOURCE: "), "\(message)")
        let world = try await h.simulator.readWorld()
        let names = Dictionary(world.taskDefinitions.map { ($0.arn, $0.name) }, uniquingKeysWith: { $1 })
        #expect(world.services.first { $0.name == "web" }.flatMap { names[$0.taskDefinitionArn] } == "web:1")
    }
}
