import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import LocalBackend

/// Services placed through a capacity-provider strategy, as ECS splits them:
/// `base` first on its provider, the rest by `weight`.
@Suite struct CapacityProviderTests {
    static let fargateAndSpot = [
        ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1, base: 1),
        ECS.CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 2),
    ]

    @Test func baseFirstThenByWeight() {
        let split = CapacityProviderSplit(Self.fargateAndSpot)
        let seven = split.next(7, running: [:])
        #expect(seven.filter { $0 == "FARGATE" }.count == 3 && seven.filter { $0 == "FARGATE_SPOT" }.count == 4)
        #expect(seven.first == "FARGATE")  // the base comes first
        // Scaling out later keeps the split: 3 more from 3/4 make 4/6.
        let more = split.next(3, running: ["FARGATE": 3, "FARGATE_SPOT": 4])
        #expect(more.filter { $0 == "FARGATE" }.count == 1)
        // A provider of weight 0 gets its base and nothing more.
        let baseOnly = CapacityProviderSplit([.init(capacityProvider: "A", weight: 0, base: 2), .init(capacityProvider: "B", weight: 1)])
        #expect(baseOnly.next(5, running: [:]) == ["A", "A", "B", "B", "B"])
    }

    @Test func theSimulatorRecordsEachTasksProvider() async throws {
        let b = try await makeBackend()
        var fargate = td("web")
        fargate.requiresCompatibilities = [.fargate]
        fargate.networkMode = .awsvpc
        fargate.cpu = "256"
        fargate.memory = "512"
        let rev = try await b.registerTaskDefinition(fargate, step: step)
        var web = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 7)
        web.capacityProviderStrategy = Self.fargateAndSpot
        try await b.createService(web, taskDefinitionArn: rev.arn, desiredCount: 7, step: step)
        try await b.settle()
        let running = try await tasks(b)
        #expect(running.count == 7)
        let byProvider = Dictionary(grouping: running, by: { $0.capacityProviderName ?? "none" }).mapValues(\.count)
        #expect(byProvider == ["FARGATE": 3, "FARGATE_SPOT": 4])
        #expect(running.allSatisfy { $0.containerInstanceId == nil })  // Fargate needs no instance
    }
}
