/// A cluster's container instances as placement sees them, indexed so that
/// placing N tasks costs about N log M rather than N × M: each group's
/// footprint (the instances running its tasks, a handful where the cluster has
/// thousands) and, per kind of request seen, the instances split by the value
/// of the attribute a strategy spreads over, each part in a `CapacityTree`.
/// Everything is kept current as tasks are charged and released, across all
/// the requests placed on it (a plan's whole capacity check, a simulator step).
public struct PlacementIndex: Sendable {
    public private(set) var candidates: [PlacementCandidate]
    /// Per group, how many of its tasks each instance runs (only instances that run some).
    private(set) var footprints: [String: [Int: Int]] = [:]
    /// The partitions built for the requests placed so far, and their
    /// positions by what shapes them.
    private(set) var views: [View] = []
    private var viewPositions: [ViewKey: Int] = [:]

    /// A partition is reused by every request with the same spread attribute
    /// and memberOf constraints; a plan with more shapes than this places the
    /// rest by scanning, rather than keeping ever more trees current.
    static let viewLimit = 16

    public init(_ candidates: [PlacementCandidate]) {
        self.candidates = candidates
        for (i, c) in candidates.enumerated() {
            for (group, n) in c.groupCounts where n != 0 { footprints[group, default: [:]][i] = n }
        }
    }

    public var count: Int { candidates.count }
    public var isEmpty: Bool { candidates.isEmpty }
    public var indices: Range<Int> { candidates.indices }
    public subscript(_ i: Int) -> PlacementCandidate { candidates[i] }

    /// Each instance's position by id, for finding the instance a stopping
    /// task gives its resources back to.
    public func positions() -> [String: Int] { PlacementCandidate.positions(candidates) }

    /// The group's task count per instance, where it is not zero.
    func footprint(of group: String) -> [Int: Int] { footprints[group] ?? [:] }

    /// Charges one task to instance `i`.
    public mutating func charge(_ i: Int, _ r: TaskRequirements, group: String) {
        candidates[i].take(r, group: group)
        footprints[group, default: [:]][i, default: 0] += 1
        refresh(i)
    }

    /// A stopping task gives instance `i` its resources back.
    public mutating func release(_ i: Int, cpu: Int, memory: Int, hostPorts: [Int], group: String) {
        candidates[i].release(cpu: cpu, memory: memory, hostPorts: hostPorts, group: group)
        let n = (footprints[group]?[i] ?? 0) - 1
        footprints[group, default: [:]][i] = n == 0 ? nil : n
        refresh(i)
    }

    private mutating func refresh(_ i: Int) {
        let c = candidates[i]
        for v in views.indices { views[v].update(i, cpu: c.remainingCPU, memory: c.remainingMemory) }
    }

    /// The position in `views` of the partition for `key`, built on first
    /// use; nil once `viewLimit` shapes are kept.
    mutating func viewPosition(_ key: ViewKey, constraints: [PlacementExpression?]) -> Int? {
        if let known = viewPositions[key] { return known }
        guard views.count < Self.viewLimit else { return nil }
        views.append(View(candidates, attribute: key.attribute, constraints: constraints))
        viewPositions[key] = views.count - 1
        return views.count - 1
    }
}

/// What shapes a partition: the attribute spread over (nil: one part) and the
/// memberOf expressions that leave instances out of it.
struct ViewKey: Hashable, Sendable {
    var attribute: String?
    var memberOf: [String?]
}

/// The instances that satisfy some memberOf constraints, split by one
/// attribute's value, each part a `CapacityTree` over its instances in
/// registration order.
struct View: Sendable {
    struct Part: Sendable {
        var members: [Int]
        var tree: CapacityTree
    }

    /// Every instance's value of the attribute, as a small integer (also for
    /// instances the constraints leave out: spread counts the whole cluster).
    var valueOf: [Int]
    /// Indexed by value; a part may have no members.
    var parts: [Part]
    /// Per instance, its part's slot (nil: left out by the constraints).
    var slotOf: [Int?]

    init(_ candidates: [PlacementCandidate], attribute: String?, constraints: [PlacementExpression?]) {
        var ids: [String: Int] = [:]
        var members: [[Int]] = []
        valueOf = []
        valueOf.reserveCapacity(candidates.count)
        slotOf = Array(repeating: nil, count: candidates.count)
        for (i, c) in candidates.enumerated() {
            let value = attribute.map { c.attributes[$0] ?? "" } ?? ""
            let id: Int
            if let known = ids[value] {
                id = known
            } else {
                id = ids.count
                ids[value] = id
                members.append([])
            }
            valueOf.append(id)
            // Only attributes and the instance id are read: requests whose
            // constraints ask about task groups are placed by scanning.
            let facts = InstanceFacts(instanceId: c.id, attributes: c.attributes, taskGroups: [])
            guard constraints.allSatisfy({ $0?.matches(facts) ?? false }) else { continue }
            slotOf[i] = members[id].count
            members[id].append(i)
        }
        parts = members.map { m in
            Part(members: m, tree: CapacityTree(cpu: m.map { candidates[$0].remainingCPU }, memory: m.map { candidates[$0].remainingMemory }))
        }
    }

    mutating func update(_ i: Int, cpu: Int, memory: Int) {
        guard let slot = slotOf[i] else { return }
        parts[valueOf[i]].tree.update(slot, cpu: cpu, memory: memory)
    }
}
