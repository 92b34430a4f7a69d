import Testing
@testable import ECSPlanCore

@Suite struct PlacementEngineTests {
    func fleet(_ n: Int, cpu: Int = 4096, memory: Int = 4096) -> [PlacementCandidate] {
        (0..<n).map { i in
            PlacementCandidate(id: "i-\(i)", attributes: ["ecs.availability-zone": ["a", "b", "c"][i % 3], "ecs.instance-type": i == 0 ? "t3.large" : "m5.large"],
                               remainingCPU: cpu, remainingMemory: memory)
        }
    }

    func req(cpu: Int = 256, memory: Int = 512, ports: [Int] = [], constraints: [PlacementConstraint] = [], strategies: [PlacementStrategy]) -> PlacementEngine {
        PlacementEngine(.init(requirements: TaskRequirements(cpu: cpu, memory: memory, hostPorts: ports, fargate: false), group: "service:web",
                              constraints: constraints, strategies: strategies))
    }

    func placeMany(_ n: Int, _ engine: PlacementEngine, on c: inout [PlacementCandidate], seed: UInt64 = 1) -> [String] {
        var rng = SeededGenerator(seed: seed)
        return (0..<n).map { _ in
            if case .placed(let k) = engine.place(on: &c, rng: &rng) { return c[k].id }
            return "unplaced"
        }
    }

    @Test func binpackFillsOneInstanceFirst() {
        var c = fleet(3)
        let placed = placeMany(4, req(memory: 1024, strategies: [.init(type: "binpack", field: "memory")]), on: &c)
        #expect(placed == ["i-0", "i-0", "i-0", "i-0"])
        #expect(placeMany(1, req(memory: 1024, strategies: [.init(type: "binpack", field: "memory")]), on: &c) == ["i-1"])
    }

    @Test func spreadAcrossZonesThenInstances() {
        var c = fleet(6)
        let placed = placeMany(6, req(strategies: [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "spread", field: "instanceId")]), on: &c)
        #expect(Set(placed).count == 6)
        let zones = placed.map { id in c.first { $0.id == id }?.attributes["ecs.availability-zone"] ?? "" }
        #expect(zones.prefix(3).sorted() == ["a", "b", "c"])
    }

    @Test func randomIsSeededAndDeterministic() {
        var a = fleet(5), b = fleet(5)
        let e = req(strategies: [.init(type: "random")])
        #expect(placeMany(10, e, on: &a, seed: 7) == placeMany(10, e, on: &b, seed: 7))
    }

    @Test func distinctInstanceAndMemberOf() {
        var c = fleet(3)
        let distinct = req(constraints: [.init(type: "distinctInstance")], strategies: [])
        #expect(placeMany(4, distinct, on: &c).last == "unplaced")
        var d = fleet(3)
        let member = req(constraints: [.init(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*")], strategies: [])
        #expect(Set(placeMany(3, member, on: &d)) == ["i-0"])
    }

    @Test func unplaceableReasons() {
        var rng = SeededGenerator(seed: 1)
        var c = fleet(2, cpu: 1024, memory: 1024)
        #expect(req(cpu: 2048, strategies: []).place(on: &c, rng: &rng) == .unplaceable(reason: "no instance has 2048 free CPU units"))
        #expect(req(memory: 2048, strategies: []).place(on: &c, rng: &rng) == .unplaceable(reason: "no instance has 2048 MiB free memory"))
        var p = fleet(1)
        _ = req(ports: [80], strategies: []).place(on: &p, rng: &rng)
        #expect(req(ports: [80], strategies: []).place(on: &p, rng: &rng) == .unplaceable(reason: "host port 80 is already in use on every instance"))
        var m = fleet(2)
        #expect(req(constraints: [.init(type: "memberOf", expression: "attribute:gpu exists")], strategies: []).place(on: &m, rng: &rng)
                == .unplaceable(reason: "no instance matches memberOf(attribute:gpu exists)"))
        var none: [PlacementCandidate] = []
        #expect(req(strategies: []).place(on: &none, rng: &rng) == .unplaceable(reason: "the cluster has no container instances"))
    }

    @Test func fargateNeedsNoInstance() {
        var rng = SeededGenerator(seed: 1)
        var none: [PlacementCandidate] = []
        let e = PlacementEngine(.init(requirements: TaskRequirements(cpu: 256, memory: 512, hostPorts: [], fargate: true), group: "g", constraints: [], strategies: []))
        #expect(e.place(on: &none, rng: &rng) == .serverless)
    }

    @Test(arguments: [
        (4, 50, 200, 4, [4]), (4, 100, 200, 4, [4]), (4, 100, 125, 4, [1, 1, 1, 1]), (4, 50, 100, 4, [2, 2]),
        (10, 90, 100, 10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), (3, 0, 100, 3, [3]), (0, 100, 200, 2, [2]),
    ])
    func rolloutSchedules(desired: Int, min: Int, max: Int, old: Int, batches: [Int]) {
        let s = RolloutMath.schedule(desired: desired, old: old, new: 0, percents: .init(minimumHealthyPercent: min, maximumPercent: max))
        #expect(s.problem == nil)
        #expect(s.batches == batches)
    }

    @Test func noRoomToReplace() {
        let s = RolloutMath.schedule(desired: 4, old: 4, new: 0, percents: .init(minimumHealthyPercent: 100, maximumPercent: 100))
        #expect(s.problem?.hasPrefix("minimumHealthyPercent 100 and maximumPercent 100 leave no room to replace a task") == true)
    }

    /// A batch keeps its spread counts current as tasks land: it must choose
    /// exactly what placing the tasks one call at a time chooses, whatever the
    /// strategies, the fleet's existing tasks of this and other groups, and
    /// running out of room part way.
    @Test func aBatchPlacesAsOneAtATimeDoes() {
        let strategies: [[PlacementStrategy]] = [
            [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "binpack", field: "memory")],
            [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "spread", field: "instanceId")],
            [.init(type: "spread", field: "attribute:ecs.instance-type"), .init(type: "spread", field: "attribute:ecs.availability-zone")],
            [.init(type: "binpack", field: "cpu"), .init(type: "spread", field: "host")],
            [.init(type: "random")], [],
        ]
        var rng = SeededGenerator(seed: 9)
        for round in 0..<200 {
            var fleet = self.fleet(1 + Int(rng.next() % 12), cpu: 1024 * (1 + Int(rng.next() % 4)), memory: 4096)
            for _ in 0..<Int(rng.next() % 20) {  // tasks already running, of this group and others
                let k = Int(rng.next() % UInt64(fleet.count))
                fleet[k].take(TaskRequirements(cpu: 128, memory: 256, hostPorts: [], fargate: false), group: rng.next() % 2 == 0 ? "service:web" : "service:api")
            }
            let constraints: [PlacementConstraint] = rng.next() % 4 == 0 ? [.init(type: "distinctInstance")] : []
            let engine = req(cpu: 256, memory: 512, constraints: constraints, strategies: strategies[round % strategies.count])
            let count = Int(rng.next() % 30)
            var batched = fleet, single = fleet
            var rngA = SeededGenerator(seed: UInt64(round)), rngB = SeededGenerator(seed: UInt64(round))
            let batch = engine.place(count, on: &batched, rng: &rngA)
            var oneByOne: [PlacementEngine.Outcome] = []
            for _ in 0..<count {
                let outcome = engine.place(on: &single, rng: &rngB)
                oneByOne.append(outcome)
                if case .unplaceable = outcome { break }
            }
            #expect(batch == oneByOne, "round \(round)")
            #expect(batched.map(\.groupCounts) == single.map(\.groupCounts), "round \(round)")
        }
    }
}
