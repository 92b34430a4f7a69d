import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// Golden outputs (text, JSON, Markdown) for the plans users see most.
@Suite struct PlanScenarioTests {
    static let base = """
        clusters:
          - name: prod
            capacity: {instances: 3, cpu: 4096, memory: 8192, zones: [us-east-1a, us-east-1b, us-east-1c]}
        taskDefinitions:
          - family: web
            containerDefinitions:
              - name: app
                image: "nginx:${TAG:-1.27}"
                cpu: 256
                memory: 512
                portMappings: [{containerPort: 80}]
                environment: {LOG_LEVEL: "${LOG_LEVEL:-info}", DB_PASSWORD: "${DB_PASSWORD:-hunter2}"}
                secrets: [{name: API_TOKEN, valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/api-token"}]
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            desiredCount: ${COUNT:-4}
            deploymentConfiguration:
              minimumHealthyPercent: ${MIN:-50}
              maximumPercent: ${MAX:-200}
            launchType: ${LAUNCH:-EC2}
        """

    static func golden(_ plan: Plan, _ name: String) throws {
        assertGolden(TextRenderer(color: false).render(plan), "plans/\(name).txt")
        assertGolden(JSONRenderer.render(plan), "plans/\(name).json")
        assertGolden(MarkdownRenderer.render(plan), "plans/\(name).md")
    }

    @Test func createFromEmpty() async throws {
        let h = try Harness()
        try Self.golden(try await h.plan(Self.base), "create-from-empty")
    }

    @Test func noChangesAfterApply() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base)
        #expect(!plan.hasChanges)
        try Self.golden(plan, "no-changes")
    }

    @Test func imageBump() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base, env: ["TAG": "1.28"])
        #expect(plan.changes.first { $0.address == .taskDefinition("web") }?.action == .newRevision)
        #expect(plan.rollouts.first?.tasksToReplace == 4)
        try Self.golden(plan, "image-bump")
    }

    @Test func environmentChangeMasksSecrets() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base, env: ["LOG_LEVEL": "debug", "DB_PASSWORD": "correct-horse-battery"])
        let fields = plan.changes.flatMap(\.fields)
        #expect(fields.contains { $0.path == "containerDefinitions[app].environment[LOG_LEVEL]" && $0.after == .string("debug") })
        #expect(fields.contains { $0.path == "containerDefinitions[app].environment[DB_PASSWORD]" && $0.sensitive && $0.after == nil })
        for text in [TextRenderer().render(plan), JSONRenderer.render(plan), MarkdownRenderer.render(plan)] {
            #expect(!text.contains("correct-horse-battery") && !text.contains("hunter2"))
        }
        try Self.golden(plan, "env-change")
    }

    @Test func scaleOnly() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base, env: ["COUNT": "6"])
        #expect(plan.changes.filter { $0.action != .noop }.map(\.action) == [.update])
        try Self.golden(plan, "scale-only")
    }

    @Test func driftIsShownAndRevertedTo() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        try h.simulator.setDesiredCountOutOfBand(cluster: "prod", name: "web", count: 7)
        let plan = try await h.plan(Self.base)
        let change = try #require(plan.changes.first { $0.address == .service(cluster: "prod", name: "web") })
        #expect(change.hasDrift)
        #expect(change.fields.first { $0.path == "desiredCount" }?.before == .int(7))
        try Self.golden(plan, "drift")
    }

    @Test func ignoreChangesKeepsTheLiveValue() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        try h.simulator.setDesiredCountOutOfBand(cluster: "prod", name: "web", count: 7)
        let plan = try await h.plan(Self.base.replacingOccurrences(of: "launchType: ${LAUNCH:-EC2}", with: "launchType: EC2\n    ignoreChanges: [desiredCount]"))
        #expect(!plan.changes.contains { $0.action != .noop })
        #expect(plan.rollouts.first?.tasksToStart == 3)  // the live 7 are kept and started
    }

    @Test func prune() async throws {
        let h = try Harness()
        let withOld = Self.base + """

              - name: old
                cluster: prod
                taskDefinition: legacy
                desiredCount: 1
            ---
            taskDefinitions:
              - family: legacy
                containerDefinitions: [{name: app, image: "legacy:1", memory: 128}]
            """
        try await h.apply(withOld)
        let without = try await h.plan(Self.base)
        #expect(without.changes.allSatisfy { $0.action != .delete })
        #expect(without.notes.contains { $0.contains("service/prod/old") && $0.contains("--prune") })
        let plan = try await h.plan(Self.base, prune: true)
        #expect(Set(plan.changes.filter { $0.action == .delete }.map(\.address)) == [.service(cluster: "prod", name: "old"), .taskDefinition("legacy")])
        try Self.golden(plan, "prune")
        try await h.apply(Self.base, prune: true)
        #expect(!(try await h.plan(Self.base, prune: true)).hasChanges)
    }

    @Test func infeasibleRolloutNoRoom() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base, env: ["TAG": "1.28", "MIN": "100", "MAX": "100"])
        #expect(plan.errors.count == 1)
        #expect(plan.rollouts.first?.feasible == false)
        try Self.golden(plan, "infeasible-rollout")
    }

    @Test func infeasibleRolloutNotEnoughMemory() async throws {
        let h = try Harness()
        let tight = Self.base.replacingOccurrences(of: "memory: 8192", with: "memory: 1024")
        try await h.apply(tight)
        let plan = try await h.plan(tight, env: ["TAG": "1.28", "MIN": "100", "MAX": "200"])
        #expect(plan.errors.first?.contains("not enough capacity in cluster prod") == true)
        #expect(plan.errors.first?.contains("MiB free memory") == true)
    }

    @Test func launchTypeChangeForcesReplace() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        let plan = try await h.plan(Self.base, env: ["LAUNCH": "EXTERNAL"])
        let change = try #require(plan.changes.first { $0.address.kind == .service })
        #expect(change.action == .replace)
        #expect(change.reason == "launchType cannot be changed in place")
    }

    @Test func reorderingSetsAndContainersChangesNothing() async throws {
        let a = """
            clusters: [{name: c}]
            taskDefinitions:
              - family: t
                containerDefinitions:
                  - {name: a, image: x, memory: 64, environment: {A: "1", B: "2"}, portMappings: [{containerPort: 80}, {containerPort: 81}]}
                  - {name: b, image: y, memory: 64, dependsOn: [{containerName: a, condition: START}]}
            """
        let b = """
            clusters: [{name: c}]
            taskDefinitions:
              - family: t
                containerDefinitions:
                  - {name: b, image: y, memory: 64, dependsOn: [{containerName: a, condition: START}]}
                  - {name: a, image: x, memory: 64, environment: [{name: B, value: "2"}, {name: A, value: "1"}], portMappings: [{containerPort: 81}, {containerPort: 80, hostPort: 0, protocol: tcp}]}
            """
        let h = try Harness()
        try await h.apply(a)
        #expect(!(try await h.plan(b)).hasChanges)
    }

    @Test func targetsLimitThePlanToAnAddressAndItsDependencies() async throws {
        let h = try Harness()
        let two = Self.base + "\n  - {name: api, cluster: prod, taskDefinition: web, desiredCount: 1}\n"
        let plan = try await h.plan(two, targets: [.service(cluster: "prod", name: "api")])
        #expect(plan.changes.map(\.address.description) == ["cluster/prod", "task-definition/web", "service/prod/api"])
    }

    @Test func keepRevisionsDeregistersOldRevisionsNotInUse() async throws {
        let h = try Harness()
        let yaml = Self.base.replacingOccurrences(of: "  - family: web\n", with: "  - family: web\n    keepRevisions: 2\n")
        for tag in ["1", "2", "3"] { try await h.apply(yaml, env: ["TAG": tag]) }
        let plan = try await h.plan(yaml, env: ["TAG": "4"])
        let change = try #require(plan.changes.first { $0.address == .taskDefinition("web") })
        // web:1 went when web:3 was registered; now web:4 is registered and web:3 still
        // runs until the rollout ends, so both are kept and web:2 goes.
        #expect(change.revisionTo == "web:4")
        #expect(change.deregister == ["web:2"])
        try await h.apply(yaml, env: ["TAG": "4"])
        let world = try await h.simulator.readWorld()
        #expect(world.taskDefinitions.map(\.status) == ["INACTIVE", "INACTIVE", "ACTIVE", "ACTIVE"])
        let next = try await h.plan(yaml, env: ["TAG": "4"])
        #expect(next.changes.first { $0.address == .taskDefinition("web") }?.deregister == [])  // the newest two remain
    }

    /// An ECS refresh describes the revisions services run, not the older ones
    /// tasks are still on mid-deployment: the plan made from such a world is the
    /// plan made from one that holds every revision.
    @Test func tasksOnRevisionsTheWorldDoesNotHoldPlanTheSame() async throws {
        let h = try Harness()
        try await h.apply(Self.base)
        var submitOnly = Executor.Options()
        submitOnly.wait = false
        try await h.apply(Self.base, env: ["TAG": "1.28"], options: submitOnly)
        let full = try await h.simulator.readWorld()
        let runByServices = Set(full.services.map(\.taskDefinitionArn))
        #expect(full.tasks.contains { !runByServices.contains($0.taskDefinitionArn) }, "no task is behind its service")
        var described = full
        described.taskDefinitions.removeAll { !runByServices.contains($0.arn) }
        #expect(described.taskDefinitions.count < full.taskDefinitions.count)
        let config = try h.config(Self.base, env: ["TAG": "1.29", "COUNT": "5"])
        let plans = [full, described].map { Planner.plan(PlanRequest(config: config, world: $0, backend: "local", configPaths: ["config.yaml"])) }
        #expect(TextRenderer(color: false).render(plans[1]) == TextRenderer(color: false).render(plans[0]))
        #expect(plans[1].rollouts.first?.current.map(\.revision).contains("web:1") == true, "\(plans[1].rollouts)")
    }
}
