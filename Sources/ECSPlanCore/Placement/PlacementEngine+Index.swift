/// Narrowing the eligible instances by each strategy in order, then taking the
/// first registered, chooses the instance with the smallest rank: the
/// strategies' keys in order, then the position. Binpack's key is the free CPU
/// or memory, spread over an attribute the group's tasks on the instance's
/// value of it, spread over instances the group's tasks on the instance. A
/// search for the smallest rank in a `PlacementIndex` then chooses exactly what
/// the scan chooses. Requests it cannot rank this way are scanned: `random`
/// (its draw depends on how many instances tie), spreads over two different
/// attributes, memberOf expressions about task groups (which change as tasks
/// land), and more than four strategies.
struct IndexedRanking: Sendable {
    enum Key: Sendable { case part, cpu, memory, groupCount }

    /// One per strategy that orders instances; strategies of unknown types narrow nothing.
    let keys: [Key]
    /// The one attribute spread over, if any: the view's parts are its values.
    let view: ViewKey

    init?(strategies: [PlacementStrategy], spreadAttributes: [String?], memberOf: [String?], parsed: [PlacementExpression?]) {
        guard !parsed.contains(where: { $0?.readsTaskGroups ?? false }) else { return nil }
        var keys: [Key] = []
        var attribute: String?
        for (s, strategy) in strategies.enumerated() {
            switch strategy.type {
            case "binpack": keys.append(strategy.field == "cpu" ? .cpu : .memory)
            case "spread":
                guard let spread = spreadAttributes[s] else {
                    keys.append(.groupCount)
                    continue
                }
                if let attribute, attribute != spread { return nil }
                attribute = spread
                keys.append(.part)
            case "random": return nil
            default: continue
            }
        }
        guard keys.count <= 4 else { return nil }
        self.keys = keys
        view = ViewKey(attribute: attribute, memberOf: memberOf)
    }

    typealias Rank = (Int, Int, Int, Int, Int)

    /// The rank of an instance with these values (the last: its position).
    @inline(__always)
    func rank(part: Int, cpu: Int, memory: Int, groupCount: Int, position: Int) -> Rank {
        var k = (0, 0, 0, 0)
        for (n, key) in keys.enumerated() {
            let value: Int
            switch key {
            case .part: value = part
            case .cpu: value = cpu
            case .memory: value = memory
            case .groupCount: value = groupCount
            }
            switch n {
            case 0: k.0 = value
            case 1: k.1 = value
            case 2: k.2 = value
            default: k.3 = value
            }
        }
        return (k.0, k.1, k.2, k.3, position)
    }
}

extension PlacementEngine {
    /// Places up to `count` tasks of the request's group on `index`, one after
    /// another, stopping after the first that cannot be placed: the same
    /// choices as scanning the same instances (`place(_:on:rng:)` on an
    /// array), at about log M a task for the requests `IndexedRanking` covers.
    public func place(_ count: Int, on index: inout PlacementIndex, rng: inout SeededGenerator) -> [Outcome] {
        if request.requirements.fargate { return Array(repeating: .serverless, count: count) }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(count)
        guard let ranking, let position = index.viewPosition(ranking.view, constraints: parsedConstraints) else {
            var view = GroupView(index.candidates, group: request.group, spreadAttributes: spreadAttributes)
            for _ in 0..<count {
                switch chooseByScan(index.candidates, view: view, rng: &rng) {
                case .instance(let chosen):
                    index.charge(chosen, request.requirements, group: request.group)
                    view.took(chosen)
                    outcomes.append(.placed(index: chosen))
                case .none(let reason):
                    outcomes.append(.unplaceable(reason: reason))
                    return outcomes
                }
            }
            return outcomes
        }
        // The group's footprint and its count per part, kept current as tasks land.
        var footprint = index.footprint(of: request.group)
        var perPart = Array(repeating: 0, count: index.views[position].parts.count)
        if ranking.view.attribute != nil {
            for (i, n) in footprint { perPart[index.views[position].valueOf[i]] += n }
        }
        // The least count of the group an instance can have, for bounds: 0, unless
        // more tasks were released than charged somewhere.
        let floor = min(0, footprint.values.min() ?? 0)
        var stack: [Int] = []
        stack.reserveCapacity(64)
        for _ in 0..<count {
            guard let chosen = search(index, view: position, ranking: ranking, footprint: footprint, perPart: perPart, floor: floor, stack: &stack) else {
                outcomes.append(.unplaceable(reason: reason(index.candidates, groupCount: { footprint[$0] ?? 0 })))
                return outcomes
            }
            index.charge(chosen, request.requirements, group: request.group)
            footprint[chosen, default: 0] += 1
            if ranking.view.attribute != nil { perPart[index.views[position].valueOf[chosen]] += 1 }
            outcomes.append(.placed(index: chosen))
        }
        return outcomes
    }

    /// The eligible instance of smallest rank: a depth-first walk of each
    /// part's tree that skips subtrees that cannot take the task or whose best
    /// conceivable rank is no better than the best found.
    func search(_ index: PlacementIndex, view position: Int, ranking: IndexedRanking, footprint: [Int: Int], perPart: [Int],
                floor: Int, stack: inout [Int]) -> Int? {
        let r = request.requirements
        let view = index.views[position]
        var best: IndexedRanking.Rank?
        for (p, part) in view.parts.enumerated() where !part.members.isEmpty {
            let tree = part.tree
            stack.removeAll(keepingCapacity: true)
            stack.append(1)
            while let node = stack.popLast() {
                if tree.maxCPU[node] < r.cpu || tree.maxMemory[node] < r.memory { continue }
                if node >= tree.size {
                    let i = part.members[node - tree.size]
                    if !r.hostPorts.isEmpty, r.hostPorts.contains(where: index.candidates[i].usedPorts.contains) { continue }
                    let groupCount = footprint[i] ?? 0
                    if distinct, groupCount > 0 { continue }
                    let rank = ranking.rank(part: perPart[p], cpu: tree.minCPU[node], memory: tree.minMemory[node], groupCount: groupCount, position: i)
                    if best.map({ rank < $0 }) ?? true { best = rank }
                    continue
                }
                if let best {
                    // What the subtree's best instance could rank at, at best.
                    let bound = ranking.rank(part: perPart[p], cpu: max(tree.minCPU[node], r.cpu), memory: max(tree.minMemory[node], r.memory),
                                             groupCount: floor, position: part.members[tree.firstLeaf(node)])
                    if !(bound < best) { continue }
                }
                stack.append(2 * node + 1)
                stack.append(2 * node)
            }
        }
        return best?.4
    }
}

extension PlacementExpression {
    /// Whether the expression asks about the task groups an instance runs.
    var readsTaskGroups: Bool {
        switch self {
        case .compare(let subject, _, _), .exists(let subject, _): return subject == .taskGroup
        case .not(let e): return e.readsTaskGroups
        case .and(let a, let b), .or(let a, let b): return a.readsTaskGroups || b.readsTaskGroups
        }
    }
}
