import ECSBackend
import ECSPlanCore
import Foundation
import Testing
import TestSupport

/// The deployment history `ecsplan rollback` reads on ECS, from recorded
/// ListServiceDeployments and DescribeServiceRevisions responses: moto 5.2.1
/// implements neither (MotoDayTwoTests checks that rollback then asks for --to).
@Suite struct RecordedHistoryTests {
    static let prefix = "arn:aws:ecs:us-east-1:123456789012:task-definition/"

    @Test func historyIsNewestFirstWithEachDeploymentsTaskDefinition() async throws {
        let ecs = try RecordedECS(fixture: "service-deployment-history")
        let settings = AWSSettings(
            credentials: AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret"),
            region: "us-east-1", endpoint: URL(string: ecs.endpoint)!)
        let backend = ECSBackend(client: ECSClient(settings: settings, maxAttempts: 1), lockPath: TempDir().file("lock"))
        let history = try await backend.deploymentHistory(cluster: "shop", service: "checkout")
        #expect(history.map(\.taskDefinitionArn) == [3, 2, 1].map { Self.prefix + "checkout:\($0)" })
        #expect(history.map(\.status) == ["ROLLBACK_SUCCESSFUL", "SUCCESSFUL", "SUCCESSFUL"])
        #expect(history[1].finishedAt == "2025-12-03T00:59:21Z")
        let operations = ecs.requests.compactMap { $0["operation"] as? String }
        #expect(operations == ["ListServiceDeployments", "DescribeServiceRevisions"])
        let asked = try #require(ecs.requests.first?["request"] as? [String: Any])
        #expect(asked["service"] as? String == "checkout" && asked["cluster"] as? String == "shop")

        // The service runs checkout:2 after ECS rolled checkout:3 back: rollback goes to checkout:1.
        var world = World(lineage: "", serial: 0, region: "us-east-1")
        for n in 1...3 {
            world.taskDefinitions.append(TaskDefinitionRevision(
                family: "checkout", revision: n, arn: Self.prefix + "checkout:\(n)", status: "ACTIVE", managed: true,
                spec: TaskDefinition(family: "checkout", containerDefinitions: [])))
        }
        let service = ServiceState(cluster: "shop", name: "checkout", arn: "arn:aws:ecs:us-east-1:123456789012:service/shop/checkout", status: "ACTIVE",
                                   managed: true, taskDefinitionArn: Self.prefix + "checkout:2", desiredCount: 2,
                                   spec: Service(name: "checkout", cluster: "shop", taskDefinition: "checkout"))
        let choice = try RollbackTarget.choose(service: service, history: history, requested: nil, world: World.Index(world))
        #expect(choice.to.name == "checkout:1")
        #expect(choice.why == "rollback to what its previous successful deployment ran (finished 2025-12-02T13:00:10Z)")
    }
}
