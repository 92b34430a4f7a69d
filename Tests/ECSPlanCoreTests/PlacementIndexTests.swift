import Testing
@testable import ECSPlanCore

/// `PlacementIndex` must choose exactly what scanning every instance chooses
/// (`place(_:on:rng:)` on an array, the engine as it was), on random clusters,
/// for every strategy and constraint ECS has, across many requests of several
/// groups on one cluster, with tasks released between them.
@Suite struct PlacementIndexTests {
    static let strategies: [[PlacementStrategy]] = [
        [],
        [.init(type: "spread", field: "attribute:ecs.availability-zone")],
        [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "binpack", field: "memory")],
        [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "spread", field: "instanceId")],
        [.init(type: "binpack", field: "cpu")],
        [.init(type: "binpack", field: "memory"), .init(type: "spread", field: "attribute:ecs.availability-zone")],
        [.init(type: "spread", field: "host"), .init(type: "binpack", field: "cpu")],
        [.init(type: "spread", field: "attribute:rack")],  // some instances have no rack
        [.init(type: "binpack"), .init(type: "spread", field: "attribute:rack"), .init(type: "spread", field: "attribute:rack")],
        [.init(type: "binpack", field: "memory"), .init(type: "binpack", field: "cpu"), .init(type: "spread", field: "instanceId"),
         .init(type: "spread", field: "attribute:ecs.availability-zone")],
        [.init(type: "someday"), .init(type: "spread")],
        // Scanned, not indexed: random, two spread attributes, five strategies.
        [.init(type: "random")],
        [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "random")],
        [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "spread", field: "attribute:rack")],
        [.init(type: "binpack", field: "memory"), .init(type: "binpack", field: "cpu"), .init(type: "spread", field: "instanceId"),
         .init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "binpack", field: "memory")],
    ]

    static let constraints: [[PlacementConstraint]] = [
        [], [], [.init(type: "distinctInstance")],
        [.init(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*")],
        [.init(type: "memberOf", expression: "attribute:ecs.availability-zone in [a, b]"), .init(type: "distinctInstance")],
        [.init(type: "memberOf", expression: "attribute:rack exists or ec2InstanceId == i-3")],
        [.init(type: "memberOf", expression: "attribute:(")],  // does not parse: matches nothing
        // Scanned: the answer changes as tasks land.
        [.init(type: "memberOf", expression: "not(task:group == service:g1)")],
    ]

    func fleet(_ rng: inout SeededGenerator) -> [PlacementCandidate] {
        let zones = ["a", "b", "c", "d"].prefix(1 + Int(rng.next() % 4))
        return (0..<(1 + Int(rng.next() % 40))).map { i in
            var attributes = ["ecs.availability-zone": zones[Int(rng.next() % UInt64(zones.count))],
                              "ecs.instance-type": rng.next() % 3 == 0 ? "t3.large" : "m5.large", "ecs.instance-id": "i-\(i)"]
            if rng.next() % 3 != 0 { attributes["rack"] = "r\(rng.next() % 3)" }
            return PlacementCandidate(id: "i-\(i)", attributes: attributes, remainingCPU: 256 * (1 + Int(rng.next() % 16)),
                                      remainingMemory: 512 * (1 + Int(rng.next() % 16)))
        }
    }

    @Test func theIndexChoosesWhatTheScanChooses() {
        var rng = SeededGenerator(seed: 20)
        let groups = ["service:g0", "service:g1", "service:g2", "family:batch"]
        var indexed = 0, scanned = 0
        for round in 0..<400 {
            var scan = fleet(&rng)
            for _ in 0..<Int(rng.next() % 30) {  // tasks already running
                let k = Int(rng.next() % UInt64(scan.count))
                scan[k].take(TaskRequirements(cpu: 128, memory: 256, hostPorts: rng.next() % 5 == 0 ? [80] : [], fargate: false),
                             group: groups[Int(rng.next() % 4)])
            }
            var index = PlacementIndex(scan)
            for request in 0..<10 {
                let requirements = TaskRequirements(cpu: 128 * (1 + Int(rng.next() % 4)), memory: 256 * (1 + Int(rng.next() % 4)),
                                                    hostPorts: rng.next() % 6 == 0 ? [80] : [], fargate: false)
                let group = groups[Int(rng.next() % 4)]
                let engine = PlacementEngine(.init(requirements: requirements, group: group,
                                                   constraints: Self.constraints[Int(rng.next() % UInt64(Self.constraints.count))],
                                                   strategies: Self.strategies[Int(rng.next() % UInt64(Self.strategies.count))]))
                if engine.ranking == nil { scanned += 1 } else { indexed += 1 }
                let count = Int(rng.next() % 25)
                let seed = rng.next()
                var rngA = SeededGenerator(seed: seed), rngB = SeededGenerator(seed: seed)
                let expected = engine.place(count, on: &scan, rng: &rngA)
                let actual = engine.place(count, on: &index, rng: &rngB)
                #expect(actual == expected, "round \(round), request \(request): \(engine.request.strategies) \(engine.request.constraints)")
                #expect(rngA.next() == rngB.next(), "round \(round), request \(request): random draws")
                // Some tasks stop and give their instance back.
                for _ in 0..<Int(rng.next() % 4) {
                    let k = Int(rng.next() % UInt64(scan.count))
                    guard let (g, _) = scan[k].groupCounts.filter({ $0.value > 0 }).sorted(by: { $0.key < $1.key }).first else { continue }
                    scan[k].release(cpu: 128, memory: 256, hostPorts: [80], group: g)
                    index.release(k, cpu: 128, memory: 256, hostPorts: [80], group: g)
                }
                #expect(index.candidates.map(\.groupCounts) == scan.map(\.groupCounts), "round \(round)")
                #expect(index.candidates.map(\.remainingMemory) == scan.map(\.remainingMemory), "round \(round)")
                #expect(index.candidates.map(\.remainingCPU) == scan.map(\.remainingCPU), "round \(round)")
                #expect(index.candidates.map(\.usedPorts) == scan.map(\.usedPorts), "round \(round)")
            }
        }
        // Both paths ran, the indexed one mostly.
        #expect(indexed > scanned && scanned > 0)
    }

    /// A cluster that fills part way through a batch: the index stops where
    /// the scan stops and says why as the scan does, counting every
    /// instance's first shortfall.
    @Test func aFullClusterSaysWhyLikeTheScan() {
        var scan = (0..<3).map { i in
            PlacementCandidate(id: "i-\(i)", attributes: ["ecs.availability-zone": ["a", "b"][i % 2]], remainingCPU: 1024, remainingMemory: 2048)
        }
        let engine = PlacementEngine(.init(requirements: TaskRequirements(cpu: 512, memory: 1024, hostPorts: [], fargate: false), group: "service:web",
                                           constraints: [], strategies: PlacementEngine.defaultStrategies))
        #expect(engine.ranking != nil)
        var index = PlacementIndex(scan)
        var rngA = SeededGenerator(seed: 1), rngB = SeededGenerator(seed: 1)
        let outcomes = engine.place(8, on: &index, rng: &rngA)
        #expect(outcomes == engine.place(8, on: &scan, rng: &rngB))
        #expect(outcomes.filter { if case .placed = $0 { true } else { false } }.count == 6)
        #expect(outcomes.last == .unplaceable(reason: "no instance has 512 free CPU units"))
    }

    /// Past `viewLimit` request shapes the index keeps no more trees and scans
    /// the rest, choosing the same all along.
    @Test func manyShapesStopAtTheLimitAndStillAgree() {
        var rng = SeededGenerator(seed: 3)
        var scan = fleet(&rng)
        var index = PlacementIndex(scan)
        for n in 0..<(PlacementIndex.viewLimit + 8) {
            let engine = PlacementEngine(.init(requirements: TaskRequirements(cpu: 128, memory: 256, hostPorts: [], fargate: false), group: "service:g\(n % 3)",
                                               constraints: [.init(type: "memberOf", expression: "ec2InstanceId != i-\(n)")],
                                               strategies: PlacementEngine.defaultStrategies))
            var rngA = SeededGenerator(seed: 1), rngB = SeededGenerator(seed: 1)
            #expect(engine.place(3, on: &index, rng: &rngA) == engine.place(3, on: &scan, rng: &rngB), "shape \(n)")
        }
        #expect(index.views.count == PlacementIndex.viewLimit)
        #expect(index.candidates.map(\.remainingMemory) == scan.map(\.remainingMemory))
    }
}
