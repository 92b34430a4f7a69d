import ECSPlanCore
import Testing
import TestSupport
@testable import LocalBackend

/// A round of a watch reads its services in one snapshot, with the same
/// services, deployments, events and tasks as reading each alone.
@Suite struct ServiceBatchReadTests {
    @Test func servicesReadTogetherEqualEachReadAlone() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        for (name, count) in [("a", 2), ("b", 0), ("c", 3)] {
            try await b.createService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: count),
                                      taskDefinitionArn: rev.arn, desiredCount: count, step: step)
        }
        try await b.settle()
        let names = ["c", "missing", "a", "b"].map { ServiceName(cluster: "prod", name: $0) }
        let together = try await b.readServices(names)
        #expect(together.count == 4 && together[1] == nil)
        #expect(together.map { $0?.1.count } == [3, nil, 2, 0])
        for (name, read) in zip(names, together) {
            let alone = try await b.readService(cluster: name.cluster, name: name.name)
            #expect(read?.0 == alone?.0 && read?.1 == alone?.1, "\(name.name)")
        }
    }

    /// Mid-rollout (two deployments, old and new tasks), more than ten events
    /// each, a name asked twice: the batch keeps each service's newest ten
    /// events in order and its deployments newest first.
    @Test func aBatchMidRolloutEqualsEachReadAlone() async throws {
        let b = try await makeBackend(instances: 6)
        var revisions: [String] = []
        for image in ["nginx:1", "nginx:2", "nginx:3", "nginx:4"] {
            revisions.append(try await b.registerTaskDefinition(td("web", image: image), step: step).arn)
        }
        for name in ["a", "b"] {
            try await b.createService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                      taskDefinitionArn: revisions[0], desiredCount: 4, step: step)
        }
        try await b.settle()
        for arn in revisions.dropFirst() {
            for name in ["a", "b"] {
                try await b.updateService(Service(name: name, cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                          taskDefinitionArn: arn, desiredCount: 4, step: step)
            }
            try await b.settle()
        }
        try await b.updateService(Service(name: "a", cluster: "prod", taskDefinition: "web", desiredCount: 4),
                                  taskDefinitionArn: revisions[0], desiredCount: 4, step: step)
        try await b.awaitProgress()  // the new tasks start beside the old ones

        let names = ["a", "b", "a"].map { ServiceName(cluster: "prod", name: $0) }
        let together = try await b.readServices(names)
        let a = try #require(together[0])
        #expect(a.0.deployments.count == 2 && a.0.deployments.first?.taskDefinitionArn == revisions[0])
        #expect(Set(a.1.map(\.taskDefinitionArn)).count == 2, "old and new tasks")
        #expect(a.0.events.count == 10)
        for (name, read) in zip(names, together) {
            let alone = try await b.readService(cluster: name.cluster, name: name.name)
            #expect(read?.0 == alone?.0 && read?.1 == alone?.1, "\(name.name)")
        }
    }
}
