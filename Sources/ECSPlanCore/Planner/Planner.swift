import Crypto
import Foundation

/// What the planner needs: values only. No I/O happens in the planner.
public struct PlanRequest: Sendable {
    public var config: Config
    public var world: World
    /// `local` or `ecs`: the local backend simulates capacity from `capacity`.
    public var backend: String
    public var configPaths: [String]
    public var targets: [Address]
    public var prune: Bool

    public init(config: Config, world: World, backend: String = "local", configPaths: [String] = [], targets: [Address] = [], prune: Bool = false) {
        self.config = config
        self.world = world
        self.backend = backend
        self.configPaths = configPaths
        self.targets = targets
        self.prune = prune
    }
}

/// `plan(desired, observed) -> Plan`: normalize both sides, diff per address,
/// work out rollouts and check them against capacity.
public enum Planner {
    public static func plan(_ request: PlanRequest) -> Plan {
        var ctx = PlanContext(request)
        ctx.planClusters()
        ctx.planTaskDefinitions()
        ctx.planServices()
        ctx.planPrune()
        ctx.checkCapacity()
        return ctx.finish()
    }
}

struct PlanContext {
    let request: PlanRequest
    let index: World.Index
    let configIndex: Config.Index
    let scope: Set<Address>?
    var changes: [Change] = []
    var rollouts: [Rollout] = []
    var rolloutInputs: [RolloutInput] = []
    var errors: [String] = []
    var notes: [String] = []
    var fingerprints: [String: [String: String]] = [:]
    /// family → the revision services of this plan will run (`web:7`) and its content.
    var targetRevisions: [String: (name: String, spec: TaskDefinition)] = [:]
    var digests: [String] = []

    init(_ request: PlanRequest) {
        self.request = request
        index = World.Index(request.world)
        configIndex = Config.Index(request.config)
        scope = request.targets.isEmpty ? nil : PlanContext.closure(of: request.targets, config: request.config)
    }

    /// Targets plus what they depend on: a service's cluster and task definitions
    /// (its own and those it runs before its rollout).
    static func closure(of targets: [Address], config: Config) -> Set<Address> {
        var out = Set(targets)
        let services = Config.Index(config).services
        for t in targets where t.kind == .service {
            guard let s = services[t] else { continue }
            out.insert(.cluster(s.cluster))
            out.insert(.taskDefinition(TaskDefinitionRef(s.taskDefinition).family))
            for family in runBeforeFamilies(of: s) { out.insert(.taskDefinition(family)) }
        }
        return out
    }

    func inScope(_ a: Address) -> Bool { scope?.contains(a) ?? true }

    /// Equal but for ecsplan's managed-by tag, which normalizing drops: the
    /// same spec normalizes the same, so it needs no second normalization.
    static func sameSpec<T: Equatable>(_ a: T, _ b: T, tags: WritableKeyPath<T, [ECS.Tag]?>) -> Bool {
        func unmarked(_ value: T) -> T {
            guard let list = value[keyPath: tags], list.contains(where: { $0.key == ManagedMarker.key }) else { return value }
            var copy = value
            copy[keyPath: tags] = ManagedMarker.removing(from: list)
            return copy
        }
        return unmarked(a) == unmarked(b)
    }

    static func sameSpec(_ a: TaskDefinition, _ b: TaskDefinition) -> Bool { sameSpec(a, b, tags: \.tags) }
    static func sameSpec(_ a: ECS.CreateServiceRequest, _ b: ECS.CreateServiceRequest) -> Bool {
        sameSpec(a, b, tags: \.tags)
    }

    static func digest(_ value: Value) -> String {
        let hash = SHA256.hash(data: value.canonicalJSONBytes)
        return Hex.encode(hash)
    }

    var isLocal: Bool { request.backend == "local" }

    // MARK: Clusters

    mutating func planClusters() {
        for c in request.config.clusters {
            let address = Address.cluster(c.spec.name)
            guard inScope(address) else { continue }
            let desired = Normalizer.cluster(c.spec, includeCapacity: isLocal)
            let digest = Self.digest(desired)
            digests.append(address.description + "=" + digest)
            if isLocal && c.spec.capacity == nil {
                notes.append("\(address) sets no capacity: the local backend gives it \(Cluster.Capacity.default.instances) instances of 4096 CPU units / 7680 MiB")
            }
            guard let observed = index.clusters[c.spec.name] else {
                fingerprints[address.description] = ["exists": "no"]
                var fields: [FieldChange] = []
                Differ.diff(.object([:]), desired, into: &fields)
                changes.append(Change(address: address, action: .create, fields: fields, desiredDigest: digest))
                continue
            }
            let live = Normalizer.cluster(observed.spec, includeCapacity: isLocal)
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)
            var fields: [FieldChange] = []
            Differ.diff(live, desired, into: &fields)
            changes.append(Change(address: address, action: fields.isEmpty ? .noop : .update, fields: fields, desiredDigest: digest))
        }
    }

    // MARK: Task definitions

    mutating func planTaskDefinitions() {
        // Only keepRevisions asks which revisions are in use: worked out once, when
        // a family first has it (a world of 100 000 tasks names each task's revision).
        var usage: RevisionUsage?
        // Normalizing and digesting both sides is the bulk of the work and
        // independent per family: done on all cores, then used in order.
        let worldIndex = index
        let kept = request.world.revisionDigests
        // The normalized values are not kept, and where they differ the fields are
        // diffed here too: freeing 20 000 value trees on this thread afterwards
        // cost as much as building them, and diffing 10 000 new families in the
        // ordered pass took longer than normalizing them on all cores.
        typealias Prepared = (digest: String, unchanged: Bool, fields: [FieldChange])
        let normalized = Parallel.map(request.config.taskDefinitions) { td -> Prepared in
            let latest = worldIndex.revisionsByFamily[td.spec.family]?.last(where: { $0.status == "ACTIVE" })
            // Normalizing is a function of the spec: the same spec as the latest
            // revision needs no second normalization to compare, and none at all
            // when the backend kept that revision's digest.
            if let latest, Self.sameSpec(latest.spec, td.spec) {
                return (kept[latest.arn] ?? Normalizer.contentDigest(td.spec), true, [])
            }
            let desired = Normalizer.taskDefinition(td.spec)
            let digest = PlanContext.digest(desired)
            var fields: [FieldChange] = []
            guard let latest else {
                Differ.diff(.object([:]), desired, into: &fields)
                return (digest, false, fields)
            }
            let current = Normalizer.taskDefinition(latest.spec)
            if current == desired { return (digest, true, []) }
            Differ.diff(current, desired, into: &fields)
            return (digest, false, fields)
        }
        for (td, prepared) in zip(request.config.taskDefinitions, normalized) {
            let family = td.spec.family
            let address = Address.taskDefinition(family)
            let digest = prepared.digest
            digests.append(address.description + "=" + digest)
            let revisions = index.revisionsByFamily[family] ?? []
            let latest = revisions.last
            let latestActive = revisions.last { $0.status == "ACTIVE" }
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)
            var change: Change
            if let current = latestActive, latest?.revision == current.revision, prepared.unchanged {
                targetRevisions[family] = (current.name, td.spec)
                change = Change(address: address, action: .noop, revisionTo: current.name, desiredDigest: digest)
            } else {
                let next = "\(family):\((latest?.revision ?? 0) + 1)"
                targetRevisions[family] = (next, td.spec)
                // No fields when identical to the latest ACTIVE revision (a newer one is INACTIVE).
                change = Change(address: address, action: revisions.isEmpty ? .create : .newRevision,
                                fields: prepared.fields,
                                revisionFrom: latestActive?.name, revisionTo: next, desiredDigest: digest)
                if latestActive == nil, let latest { change.reason = "the newest revision \(latest.name) is INACTIVE" }
            }
            if let keep = td.spec.keepRevisions {
                // Keep the newest `keep` revisions (counting the one services will run) and any in use.
                let active = index.activeRevisions(family: family).map(\.name)
                let used = usage ?? RevisionUsage(config: request.config, world: request.world, index: index)
                usage = used
                var kept = change.action == .noop ? 0 : 1
                for name in active {
                    if name == targetRevisions[family]?.name || used.keeps(name) { kept += 1; continue }
                    if kept < keep { kept += 1; continue }
                    change.deregister.append(name)
                }
                if change.action == .noop && !change.deregister.isEmpty {
                    change.action = .update
                    change.reason = "keepRevisions: \(keep)"
                }
            }
            guard inScope(address) else { continue }
            changes.append(change)
        }
    }
}

/// The revisions keepRevisions never deregisters: those a service or a task
/// runs, and those a service in the configuration pins (`web:7`).
struct RevisionUsage {
    let inUse: Set<String>
    let pinned: Set<String>

    init(config: Config, world: World, index: World.Index) {
        pinned = Set(config.services.compactMap { s -> String? in
            let r = TaskDefinitionRef(s.spec.taskDefinition)
            return r.revision.map { "\(r.family):\($0)" }
        })
        // Each distinct ARN named once, not each of the tasks running it.
        let arns = Set(world.services.map(\.taskDefinitionArn)).union(world.tasks.map(\.taskDefinitionArn))
        inUse = Set(arns.map { index.revisionName(arn: $0) })
    }

    func keeps(_ name: String) -> Bool { inUse.contains(name) || pinned.contains(name) }
}
