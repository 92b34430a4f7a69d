/// A container instance as the placement engine sees it: what is left of it
/// and which task groups already run there.
public struct PlacementCandidate: Sendable {
    public var id: String
    public var attributes: [String: String]
    public var remainingCPU: Int
    public var remainingMemory: Int
    public var usedPorts: Set<Int>
    public var groupCounts: [String: Int]

    public init(id: String, attributes: [String: String], remainingCPU: Int, remainingMemory: Int, usedPorts: Set<Int> = [], groupCounts: [String: Int] = [:]) {
        self.id = id
        self.attributes = attributes
        self.remainingCPU = remainingCPU
        self.remainingMemory = remainingMemory
        self.usedPorts = usedPorts
        self.groupCounts = groupCounts
    }

    /// Builds candidates from a world's instances and active tasks.
    public static func from(instances: [ContainerInstanceState], tasks: [TaskState]) -> [PlacementCandidate] {
        var byID: [String: Int] = [:]
        var out: [PlacementCandidate] = []
        out.reserveCapacity(instances.count)
        for i in instances where i.status == "ACTIVE" {
            byID[i.id] = out.count
            var attrs = i.attributes
            attrs["ecs.instance-id"] = i.id
            out.append(PlacementCandidate(id: i.id, attributes: attrs, remainingCPU: i.cpu, remainingMemory: i.memory))
        }
        // By index, field by field: `for t in tasks` copied every task whole.
        for i in tasks.indices where tasks[i].isActive {
            guard let id = tasks[i].containerInstanceId, let k = byID[id] else { continue }
            out[k].remainingCPU -= tasks[i].cpu
            out[k].remainingMemory -= tasks[i].memory
            if !tasks[i].hostPorts.isEmpty { out[k].usedPorts.formUnion(tasks[i].hostPorts) }
            out[k].groupCounts[tasks[i].group, default: 0] += 1
        }
        return out
    }

    /// Each candidate's position by instance id, for finding the instance a
    /// stopping task gives its resources back to.
    public static func positions(_ candidates: [PlacementCandidate]) -> [String: Int] {
        Dictionary(candidates.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func take(_ r: TaskRequirements, group: String) {
        remainingCPU -= r.cpu
        remainingMemory -= r.memory
        usedPorts.formUnion(r.hostPorts)
        groupCounts[group, default: 0] += 1
    }

    public mutating func release(cpu: Int, memory: Int, hostPorts: [Int], group: String) {
        remainingCPU += cpu
        remainingMemory += memory
        usedPorts.subtract(hostPorts)
        groupCounts[group, default: 0] -= 1
    }
}

/// A deterministic generator (SplitMix64), so `random` placement is reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// ECS task placement for the EC2 launch type: filter instances by resources,
/// ports and constraints, then narrow by each strategy in order.
public struct PlacementEngine: Sendable {
    public struct Request: Sendable {
        public var requirements: TaskRequirements
        public var group: String
        public var constraints: [PlacementConstraint]
        public var strategies: [PlacementStrategy]

        public init(requirements: TaskRequirements, group: String, constraints: [PlacementConstraint], strategies: [PlacementStrategy]) {
            self.requirements = requirements
            self.group = group
            self.constraints = constraints
            self.strategies = strategies
        }
    }

    public enum Outcome: Sendable, Equatable {
        case placed(index: Int)
        /// FARGATE: no container instance is involved.
        case serverless
        case unplaceable(reason: String)
    }

    /// Default service placement on ECS: spread across availability zones.
    public static let defaultStrategies = [PlacementStrategy(type: "spread", field: "attribute:ecs.availability-zone")]

    let parsedConstraints: [PlacementExpression?]
    let distinct: Bool
    let request: Request
    /// Per strategy, the attribute it spreads over (nil for other strategies and
    /// for spreading over instances), worked out once, not per placement.
    let spreadAttributes: [String?]
    /// How `PlacementIndex` ranks instances for this request; nil when it
    /// cannot (see `IndexedRanking`) and placement scans instead.
    let ranking: IndexedRanking?

    public init(_ request: Request) {
        self.request = request
        distinct = request.constraints.contains { $0.type == "distinctInstance" }
        spreadAttributes = request.strategies.map(Self.spreadAttribute)
        let memberOf = request.constraints.filter { $0.type == "memberOf" }
        parsedConstraints = memberOf.map { c in
            c.expression.flatMap { try? PlacementExpression.parse($0) }
        }
        ranking = IndexedRanking(strategies: request.strategies, spreadAttributes: spreadAttributes, memberOf: memberOf.map(\.expression),
                                 parsed: parsedConstraints)
    }

    /// Chooses an instance and charges the task to it.
    public func place(on candidates: inout [PlacementCandidate], rng: inout SeededGenerator) -> Outcome {
        place(1, on: &candidates, rng: &rng).first ?? .unplaceable(reason: "nothing to place")
    }

    /// Places up to `count` tasks of the request's group, one after another,
    /// stopping after the first that cannot be placed, by scanning every
    /// instance for every task. The group's count on every instance and each
    /// spread attribute's value are read once per call and kept current as
    /// tasks land. This is the reference `PlacementIndex` is tested against.
    public func place(_ count: Int, on candidates: inout [PlacementCandidate], rng: inout SeededGenerator) -> [Outcome] {
        if request.requirements.fargate { return Array(repeating: .serverless, count: count) }
        var view = GroupView(candidates, group: request.group, spreadAttributes: spreadAttributes)
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(count)
        for _ in 0..<count {
            switch chooseByScan(candidates, view: view, rng: &rng) {
            case .instance(let chosen):
                candidates[chosen].take(request.requirements, group: request.group)
                view.took(chosen)
                outcomes.append(.placed(index: chosen))
            case .none(let reason):
                outcomes.append(.unplaceable(reason: reason))
                return outcomes
            }
        }
        return outcomes
    }

    enum Choice {
        case instance(Int)
        case none(reason: String)
    }

    /// The instance the next task goes to: every instance filtered, then
    /// narrowed by each strategy in order.
    func chooseByScan(_ candidates: [PlacementCandidate], view: GroupView, rng: inout SeededGenerator) -> Choice {
        var eligible: [Int] = []
        for i in candidates.indices where failure(candidates[i], groupCount: view.groupCount[i]) == nil {
            eligible.append(i)
        }
        guard !eligible.isEmpty else { return .none(reason: reason(candidates, groupCount: { view.groupCount[$0] })) }
        for (s, strategy) in request.strategies.enumerated() {
            if eligible.count == 1 { break }
            eligible = narrow(eligible, by: strategy, spread: view.spreads[s], candidates: candidates, view: view, rng: &rng)
        }
        // Ties go to the instance that registered first, as stable as ECS looks.
        return .instance(eligible[0])
    }

    enum Failure { case cpu, memory, port, distinct, constraint }

    /// Why an instance cannot take the task, checked in this order; nil when it can.
    func failure(_ c: PlacementCandidate, groupCount: Int) -> Failure? {
        let r = request.requirements
        if c.remainingCPU < r.cpu { return .cpu }
        if c.remainingMemory < r.memory { return .memory }
        if r.hostPorts.contains(where: c.usedPorts.contains) { return .port }
        if distinct, groupCount > 0 { return .distinct }
        if !parsedConstraints.isEmpty {
            let facts = InstanceFacts(instanceId: c.id, attributes: c.attributes, taskGroups: Set(c.groupCounts.filter { $0.value > 0 }.keys))
            if !parsedConstraints.allSatisfy({ $0?.matches(facts) ?? false }) { return .constraint }
        }
        return nil
    }

    /// Why no instance can take the task, counting each instance's first failure.
    func reason(_ candidates: [PlacementCandidate], groupCount: (Int) -> Int) -> String {
        var lackCPU = 0, lackMemory = 0, portBusy = 0, constraintFail = 0, distinctFail = 0
        for i in candidates.indices {
            switch failure(candidates[i], groupCount: groupCount(i)) {
            case .cpu: lackCPU += 1
            case .memory: lackMemory += 1
            case .port: portBusy += 1
            case .distinct: distinctFail += 1
            case .constraint: constraintFail += 1
            case nil: break
            }
        }
        return Self.reason(total: candidates.count, r: request.requirements, lackCPU: lackCPU, lackMemory: lackMemory, portBusy: portBusy,
                           constraintFail: constraintFail, distinctFail: distinctFail, constraints: request.constraints)
    }

    /// `spread`: the strategy's attribute counts when it spreads over an attribute.
    func narrow(_ eligible: [Int], by strategy: PlacementStrategy, spread: GroupView.Spread?, candidates: [PlacementCandidate], view: GroupView,
                rng: inout SeededGenerator) -> [Int] {
        switch strategy.type {
        case "binpack":
            let key: (PlacementCandidate) -> Int = strategy.field == "cpu" ? { $0.remainingCPU } : { $0.remainingMemory }
            let best = eligible.map { key(candidates[$0]) }.min() ?? 0
            return eligible.filter { key(candidates[$0]) == best }
        case "spread":
            guard let spread else {
                let best = eligible.map { view.groupCount[$0] }.min() ?? 0
                return eligible.filter { view.groupCount[$0] == best }
            }
            // ECS balances the group across the whole cluster, not only over the
            // instances that can take this task.
            var best = Int.max
            var out: [Int] = []
            for i in eligible {
                let n = spread.perValue[spread.valueOf[i]]
                if n < best { best = n; out = [i] } else if n == best { out.append(i) }
            }
            return out
        case "random":
            let k = Int(rng.next() % UInt64(eligible.count))
            return [eligible[k]]
        default:
            return eligible
        }
    }

    /// The attribute a spread strategy balances over; nil for instanceId/host.
    static func spreadAttribute(_ strategy: PlacementStrategy) -> String? {
        guard strategy.type == "spread" else { return nil }
        let field = strategy.field ?? "instanceId"
        if field == "instanceId" || field == "host" { return nil }
        return field.hasPrefix("attribute:") ? String(field.dropFirst(10)) : field
    }

    static func reason(total: Int, r: TaskRequirements, lackCPU: Int, lackMemory: Int, portBusy: Int, constraintFail: Int, distinctFail: Int,
                       constraints: [PlacementConstraint]) -> String {
        if total == 0 { return "the cluster has no container instances" }
        if lackCPU == total { return "no instance has \(r.cpu) free CPU units" }
        if lackMemory == total { return "no instance has \(r.memory) MiB free memory" }
        if lackCPU + lackMemory == total { return "no instance has \(r.cpu) free CPU units and \(r.memory) MiB free memory" }
        if portBusy == total { return "host port \(r.hostPorts.map(String.init).joined(separator: ", ")) is already in use on every instance" }
        if distinctFail == total { return "distinctInstance: every instance already runs a task of this service" }
        if constraintFail == total {
            let exprs = constraints.compactMap(\.expression).joined(separator: " and ")
            return "no instance matches memberOf(\(exprs))"
        }
        var parts: [String] = []
        if lackCPU > 0 { parts.append("\(lackCPU) lacked \(r.cpu) CPU units") }
        if lackMemory > 0 { parts.append("\(lackMemory) lacked \(r.memory) MiB memory") }
        if portBusy > 0 { parts.append("\(portBusy) had a host port in use") }
        if distinctFail > 0 { parts.append("\(distinctFail) already ran a task of this service (distinctInstance)") }
        if constraintFail > 0 { parts.append("\(constraintFail) did not match memberOf") }
        return "no instance met all requirements: " + parts.joined(separator: ", ")
    }
}

/// One group's footprint on a list of candidates: its task count per instance
/// and, per strategy that spreads over an attribute, each instance's value (as
/// a small integer) and the group's task count per value.
struct GroupView {
    struct Spread {
        var valueOf: [Int]
        var perValue: [Int]
    }

    var groupCount: [Int]
    /// Aligned with the strategies; nil where a strategy spreads over no attribute.
    var spreads: [Spread?]

    init(_ candidates: [PlacementCandidate], group: String, spreadAttributes: [String?]) {
        let groupCount = candidates.map { $0.groupCounts[group] ?? 0 }
        self.groupCount = groupCount
        spreads = spreadAttributes.map { $0.map { Self.spread(over: $0, candidates, groupCount) } }
    }

    static func spread(over attribute: String, _ candidates: [PlacementCandidate], _ groupCount: [Int]) -> Spread {
        var ids: [String: Int] = [:]
        var spread = Spread(valueOf: [], perValue: [])
        spread.valueOf.reserveCapacity(candidates.count)
        for (i, c) in candidates.enumerated() {
            let value = c.attributes[attribute] ?? ""
            let id: Int
            if let known = ids[value] {
                id = known
            } else {
                id = ids.count
                ids[value] = id
                spread.perValue.append(0)
            }
            spread.valueOf.append(id)
            spread.perValue[id] += groupCount[i]
        }
        return spread
    }

    mutating func took(_ i: Int) {
        groupCount[i] += 1
        for s in spreads.indices {
            guard let value = spreads[s]?.valueOf[i] else { continue }
            spreads[s]?.perValue[value] += 1
        }
    }
}
