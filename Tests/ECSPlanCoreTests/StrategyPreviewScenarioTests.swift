import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// The plan's preview of each deployment strategy after an image bump: one
/// service per strategy, a capacity-provider split, a plain default; goldens
/// in text, JSON and Markdown (with its Mermaid timeline).
@Suite struct StrategyPreviewScenarioTests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 4, cpu: 4096, memory: 8192, zones: [us-east-1a, us-east-1b]}
        taskDefinitions:
          - family: app
            containerDefinitions:
              - {name: app, image: "app:${TAG:-1}", cpu: 256, memory: 512}
          - family: worker
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            containerDefinitions:
              - {name: worker, image: "worker:${TAG:-1}"}
        services:
          - name: rolling
            cluster: prod
            taskDefinition: app
            desiredCount: 4
            deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 150}
          - name: bluegreen
            cluster: prod
            taskDefinition: app
            desiredCount: 4
            deploymentConfiguration: {strategy: BLUE_GREEN, bakeTimeInMinutes: 10}
          - name: linear
            cluster: prod
            taskDefinition: app
            desiredCount: 4
            deploymentConfiguration: {strategy: LINEAR, linearConfiguration: {stepPercent: 25, stepBakeTimeInMinutes: 5}}
          - name: canary
            cluster: prod
            taskDefinition: app
            desiredCount: 4
            deploymentConfiguration: {strategy: CANARY, canaryConfiguration: {canaryPercent: 10, canaryBakeTimeInMinutes: 15}, bakeTimeInMinutes: 5}
          - name: split
            cluster: prod
            taskDefinition: worker
            desiredCount: 7
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, base: 1, weight: 1}
              - {capacityProvider: FARGATE_SPOT, weight: 2}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}
          - name: plain
            cluster: prod
            taskDefinition: app
            desiredCount: 2
        """

    static func bumped() async throws -> Plan {
        let h = try Harness()
        try await h.apply(config)
        return try await h.plan(config, env: ["TAG": "2"])
    }

    @Test func eachStrategyIsPreviewedWithItsSteps() async throws {
        let plan = try await Self.bumped()
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        func preview(_ name: String) throws -> RolloutPreview {
            try #require(plan.rollouts.first { $0.address == .service(cluster: "prod", name: name) }?.preview)
        }
        #expect(try preview("rolling").strategy == "ROLLING")
        #expect(try preview("rolling").steps.contains { $0.kind == .batch })
        #expect(try preview("rolling").steps.allSatisfy { $0.kind != .shift && $0.kind != .bake })
        #expect(try preview("bluegreen").steps.map(\.kind) == [.start, .shift, .bake, .stop])
        #expect(try preview("linear").steps.compactMap(\.trafficPercent) == [25, 50, 75, 100])
        #expect(try preview("canary").steps.compactMap(\.trafficPercent) == [10, 100])
        #expect(try preview("split").capacityProviders == ["FARGATE": 3, "FARGATE_SPOT": 4])
        #expect(try !preview("split").capacityChecked)  // Fargate: no instances to check against
        #expect(try preview("plain").strategy == "ROLLING")
        // Both fleets at once for the traffic-shifting strategies; a surge within maximumPercent when rolling.
        for name in ["bluegreen", "linear", "canary"] { #expect(try preview(name).peakTasks == 8, "\(name)") }
        #expect(try preview("rolling").peakTasks <= 6)
        // The bakes are in the estimate: hours of waiting, previewed.
        #expect(try preview("canary").estimatedSeconds > (15 + 5) * 60)
    }

    @Test func theTextSaysWhatECSDoesAndWhatEcsplanDoes() async throws {
        let text = TextRenderer(color: false).render(try await Self.bumped())
        #expect(text.contains("ECS replaces 4 tasks by a rolling deployment"))
        #expect(text.contains("ecsplan stops leftovers"))
        #expect(text.contains("ECS shifts traffic to a green fleet of 4 tasks (blue/green, bake 10 min)"))
        #expect(!text.contains("ecsplan replaces") && !text.contains("ecsplan will stop"))
    }

    @Test func theMarkdownCarriesAMermaidGanttOfTheRollouts() async throws {
        let md = MarkdownRenderer.render(try await Self.bumped())
        let chart = try #require(md.components(separatedBy: "```mermaid\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let lines = chart.split(separator: "\n").map(String.init)
        #expect(lines.first == "gantt")
        #expect(lines.filter { $0.hasPrefix("    section ") }.count == 6)
        // Every bar: a name without a colon, then `:[tag, ]id, start, duration`.
        let bars = lines.filter { $0.contains(" :") }
        #expect(!bars.isEmpty)
        for bar in bars {
            let parts = bar.components(separatedBy: " :")
            #expect(parts.count == 2, "\(bar)")
            let data = parts[1].components(separatedBy: ", ")
            #expect(data.last?.hasSuffix("s") == true && Int(data.last?.dropLast() ?? "") != nil, "\(bar)")
            #expect(data.count == 3 || (data.count == 4 && data[0] == "active"), "\(bar)")
        }
        // Ids are unique, and each `after` names an earlier bar.
        let ids = bars.map { $0.components(separatedBy: " :")[1].components(separatedBy: ", ").dropLast(2).last ?? "" }
        #expect(Set(ids).count == ids.count)
        for bar in bars {
            guard let after = bar.components(separatedBy: "after ").dropFirst().first?.components(separatedBy: ",").first else { continue }
            #expect(ids.contains(after), "\(bar)")
        }
    }

    @Test func theTimelineIsLeftOutFirstWhenTheCommentBudgetIsTight() async throws {
        let plan = try await Self.bumped()
        let full = MarkdownRenderer.render(plan)
        let withoutChart = full.components(separatedBy: "```mermaid")[0]
        let tight = MarkdownRenderer.render(plan, options: .init(budget: withoutChart.utf8.count + 1_200))
        #expect(!tight.contains("```mermaid"))
        #expect(tight.contains("the rollout timeline"))
    }

    /// Room for a rolling surge is not room for two fleets: the same cluster
    /// fits one and refuses the other, as a plan error.
    @Test func aBlueGreenRolloutNeedsRoomForBothFleets() async throws {
        func config(_ deployment: String) -> String {
            """
            clusters:
              - name: small
                capacity: {instances: 1, cpu: 4096, memory: 8192}
            taskDefinitions:
              - family: api
                containerDefinitions: [{name: api, image: "api:${TAG:-1}", cpu: 768, memory: 512}]
            services:
              - name: api
                cluster: small
                taskDefinition: api
                desiredCount: 4
                deploymentConfiguration: \(deployment)
            """
        }
        let rolling = config("{minimumHealthyPercent: 100, maximumPercent: 125}")
        let blueGreen = config("{minimumHealthyPercent: 100, maximumPercent: 125, strategy: BLUE_GREEN, bakeTimeInMinutes: 5}")
        let h = try Harness()
        try await h.apply(rolling)
        let rolls = try await h.plan(rolling, env: ["TAG": "2"])
        #expect(rolls.errors.isEmpty, "\(rolls.errors)")
        #expect(rolls.rollouts.first?.preview?.capacityChecked == true)
        let shifts = try await h.plan(blueGreen, env: ["TAG": "2"])
        #expect(shifts.rollouts.first?.feasible == false)
        #expect(shifts.errors.contains { $0.contains("not enough capacity in cluster small") }, "\(shifts.errors)")
        #expect(TextRenderer(color: false).render(shifts).contains("does not fit cluster small"))
    }

    @Test func goldens() async throws {
        try PlanScenarioTests.golden(try await Self.bumped(), "strategies-image-bump")
    }
}
