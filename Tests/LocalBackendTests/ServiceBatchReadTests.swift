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
}
