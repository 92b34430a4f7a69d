import ECSPlanCore
import Testing
import TestSupport

/// Which prune plans need --allow-destroy-all.
@Suite struct DestroyGuardTests {
    static func config(services: Range<Int>, clusters: [String] = ["a"]) -> String {
        var out = "clusters: [" + clusters.map { "{name: \($0)}" }.joined(separator: ", ") + "]\n"
        out += "taskDefinitions: [{family: app, containerDefinitions: [{name: app, image: x, memory: 64}]}]\n"
        out += "services:\n" + services.map { "  - {name: s\($0), cluster: a, taskDefinition: app, desiredCount: 0}\n" }.joined()
        return out
    }

    @Test func manyDeletionsAtOnceExceedTheThreshold() async throws {
        let h = try Harness()
        try await h.apply(Self.config(services: 0..<13))
        let plan = try await h.plan(Self.config(services: 0..<2), prune: true)
        let world = try await h.simulator.readWorld()
        #expect(DestroyGuard.reasons(for: plan, world: world) == ["it deletes 11 objects, more than \(DestroyGuard.threshold)"])
        // Ten deletions, the threshold itself, are allowed.
        let few = try await h.plan(Self.config(services: 0..<3), prune: true)
        #expect(DestroyGuard.reasons(for: few, world: world).isEmpty)
    }

    @Test func deletingEveryManagedObjectIsOneReason() async throws {
        let h = try Harness()
        try await h.apply(Self.config(services: 0..<2))
        let plan = try await h.plan("clusters: []\n", prune: true)
        let world = try await h.simulator.readWorld()
        #expect(DestroyGuard.reasons(for: plan, world: world) == ["it deletes every object ecsplan manages (4)"])
    }

    @Test func withoutPruneNothingIsDeletedSoNothingIsRefused() async throws {
        let h = try Harness()
        try await h.apply(Self.config(services: 0..<2, clusters: ["a", "b"]))
        let plan = try await h.plan(Self.config(services: 0..<1), prune: false)
        #expect(DestroyGuard.reasons(for: plan, world: try await h.simulator.readWorld()).isEmpty)
    }
}
