import Foundation

/// Carries out a plan through an ECS provider, in a fixed order: clusters,
/// task-definition revisions, services, rollouts, then deletions. The run is
/// journaled in the state store; every provider call carries its step, which
/// the simulator journals in the same transaction as its effect. After an
/// interruption, a fresh plan finds exactly the work left.
public struct Executor: Sendable {
    public struct Options: Sendable {
        public var parallelism: Int = 10
        public var wait: Bool = true
        /// Per service, how long a rollout may take.
        public var timeout: Duration = .seconds(600)
        /// Polls without any change (counts, stage, events) before a stuck rollout gives up.
        public var maxIdleRounds: Int = 30
        /// Pause between polls of a remote provider (the simulator advances per poll).
        public var pollInterval: Duration = .zero
        public init() {}
    }

    /// Journals the run (its start and outcome).
    public let store: any StateStore
    /// Reads the world and performs each step.
    public let provider: any ECSProvider
    public let options: Options
    public let emit: @Sendable (ApplyEvent) -> Void
    /// Checked between steps: SIGINT/SIGTERM stop after the current step.
    public let shouldStop: @Sendable () -> Bool

    public init(store: any StateStore, provider: any ECSProvider, options: Options = Options(),
                emit: @escaping @Sendable (ApplyEvent) -> Void, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.store = store
        self.provider = provider
        self.options = options
        self.emit = emit
        self.shouldStop = shouldStop
    }

    public init(backend: Backend, options: Options = Options(), emit: @escaping @Sendable (ApplyEvent) -> Void, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.init(store: backend.store, provider: backend.provider, options: options, emit: emit, shouldStop: shouldStop)
    }

    /// Carries out `plan` from what it holds alone (its changes, rollouts and
    /// desired specs): the configuration is not read again.
    /// `world` is what the plan was made from, when the caller read it under the
    /// same lock (as `ecsplan apply` does): it saves a second refresh.
    public func apply(_ plan: Plan, world: World? = nil, runID: String = UUID().uuidString.lowercased()) async throws {
        let run = RunRecord(id: runID, command: "apply", planSerial: plan.serial, startedAt: ISO8601DateFormatter().string(from: Date()))
        try await store.beginRun(run)
        emit(ApplyEvent(.started, nil, "applying \(plan.changes.filter { $0.action != .noop }.count) changes with \(provider.label)"))
        do {
            try await execute(plan, world: world, runID: runID)
            try await store.finishRun(id: runID, outcome: "succeeded")
            emit(ApplyEvent(.finished, nil, "apply complete"))
        } catch let e as ApplyError {
            try? await store.finishRun(id: runID, outcome: e.interrupted ? "interrupted" : "failed")
            if e.interrupted { emit(ApplyEvent(.interrupted, nil, "interrupted after the current step")) }
            throw e
        } catch {
            try? await store.finishRun(id: runID, outcome: "failed: \(error)")
            throw error
        }
    }

    func checkStop() throws {
        if shouldStop() { throw ApplyError(failures: [], interrupted: true) }
    }

    func step(_ runID: String, _ address: Address, _ action: String, _ detail: String = "") -> StepRecord {
        StepRecord(runID: runID, address: address.description, action: action, detail: detail)
    }

    func execute(_ plan: Plan, world planned: World?, runID: String) async throws {
        guard plan.errors.isEmpty else { throw ApplyError(failures: plan.errors) }
        let changes = plan.changes.filter { $0.action != .noop }
        let desired = DesiredSpecs.Index(plan.desired ?? DesiredSpecs())
        /// A plan without the spec of an object it changes (e.g. one read back
        /// from `--format json`, which leaves specs out) cannot be carried out.
        func missing(_ address: Address) -> ApplyError {
            ApplyError(failures: ["\(address): the plan does not hold its desired spec; apply a plan saved with `ecsplan plan --out FILE`"])
        }
        let scope = ReadScope(plan: plan)
        var world: World
        if let planned { world = planned } else { world = try await provider.readWorld(scope) }
        let worldIndex = World.Index(world)

        // 1. Clusters.
        for c in changes where c.address.kind == .cluster && c.action != .delete {
            try checkStop()
            guard let spec = desired.clusters[c.address.name] else { throw missing(c.address) }
            var tagged = spec
            tagged.tags = ManagedMarker.adding(to: spec.tags)
            emit(ApplyEvent(.step, c.address.description, c.action == .create ? "creating cluster" : "updating cluster"))
            if c.action == .create {
                try await provider.createCluster(tagged, step: step(runID, c.address, "create-cluster"))
            } else {
                try await provider.updateCluster(tagged, step: step(runID, c.address, "update-cluster"))
            }
            emit(ApplyEvent(.stepDone, c.address.description, c.action == .create ? "created" : "updated"))
        }

        // 2. Task-definition revisions: registered only when content changed.
        var revisionArns: [String: String] = [:]  // "web:7" → ARN
        for r in world.taskDefinitions { revisionArns[r.name] = r.arn }
        for c in changes where c.address.kind == .taskDefinition && (c.action == .create || c.action == .newRevision) {
            try checkStop()
            guard let spec = desired.taskDefinitions[c.address.name] else { throw missing(c.address) }
            var tagged = spec
            tagged.tags = ManagedMarker.adding(to: spec.tags)
            tagged.keepRevisions = nil
            emit(ApplyEvent(.step, c.address.description, "registering \(c.revisionTo ?? c.address.name)"))
            let rev = try await provider.registerTaskDefinition(tagged, step: step(runID, c.address, "register", c.revisionTo ?? ""))
            revisionArns[rev.name] = rev.arn
            if let planned = c.revisionTo, planned != rev.name { revisionArns[planned] = rev.arn }
            emit(ApplyEvent(.stepDone, c.address.description, "registered \(rev.name)", revision: rev.name))
        }

        // 3. Services, each after the tasks it runs before its rollout; one
        // whose task fails is left untouched (and not watched), the others go on.
        var rollouts: [RolloutWatch] = []
        var runBeforeFailures: [String] = []
        var heldBack = Set<Address>()
        for c in changes where c.address.kind == .service && c.action != .delete {
            try checkStop()
            guard let s = desired.services[c.address] else { throw missing(c.address) }
            guard let target = c.revisionTo, let arn = revisionArns[target] else {
                throw ApplyError(failures: ["\(c.address): task definition \(c.revisionTo ?? "?") is not registered"])
            }
            if let failure = try await runBefore(c, service: s, revisionArns: revisionArns, desired: desired, world: worldIndex, runID: runID) {
                runBeforeFailures.append(failure)
                heldBack.insert(c.address)
                continue
            }
            var tagged = s
            tagged.tags = ManagedMarker.adding(to: s.tags)
            let count = c.desiredCount ?? s.desiredCount ?? 0
            switch c.action {
            case .create:
                emit(ApplyEvent(.step, c.address.description, "creating service on \(target)"))
                try await provider.createService(tagged, taskDefinitionArn: arn, desiredCount: count, step: step(runID, c.address, "create-service", target))
            case .replace:
                emit(ApplyEvent(.step, c.address.description, "replacing service (\(c.reason ?? ""))"))
                try await provider.deleteService(cluster: s.cluster, name: s.name, step: step(runID, c.address, "delete-service", "replace"))
                try await provider.createService(tagged, taskDefinitionArn: arn, desiredCount: count, step: step(runID, c.address, "create-service", target))
            default:
                emit(ApplyEvent(.step, c.address.description, c.revisionFrom.map { "updating service, \($0) → \(target)" } ?? "updating service"))
                // nil tags: the provider keeps the ones it has (on ECS, no TagResource call).
                if Self.tagsUnchanged(c, observed: worldIndex.services[s.cluster + "/" + s.name]) { tagged.tags = nil }
                try await provider.updateService(tagged, taskDefinitionArn: arn, desiredCount: count, step: step(runID, c.address, "update-service", target))
            }
            emit(ApplyEvent(.stepDone, c.address.description, "service \(c.action == .create ? "created" : "updated")"))
        }
        for r in plan.rollouts where !heldBack.contains(r.address) {
            guard let arn = revisionArns[r.targetRevision] else { continue }
            guard let s = desired.services[r.address] else { throw missing(r.address) }
            rollouts.append(RolloutWatch(RolloutTarget(address: r.address, cluster: s.cluster, name: s.name, targetArn: arn, targetName: r.targetRevision,
                                                       percents: DeploymentPercents(s), strategy: s.deploymentConfiguration?.strategy?.rawValue ?? "ROLLING")))
        }

        // 4. Rollouts: ECS's deployments drive them; apply watches, then stops leftovers.
        do {
            if options.wait && !rollouts.isEmpty {
                try await watch(&rollouts, runID: runID)
            }
        } catch let e as ApplyError where !runBeforeFailures.isEmpty {
            throw ApplyError(failures: runBeforeFailures + e.failures, interrupted: e.interrupted)
        }
        // A failed runBefore task fails the apply; nothing is deleted after it.
        if !runBeforeFailures.isEmpty { throw ApplyError(failures: runBeforeFailures) }

        // 5. Deletions, last: services, then revisions, then clusters, against a
        // fresh read (the rollouts moved tasks); skipped when there are none.
        guard changes.contains(where: { $0.action == .delete || !$0.deregister.isEmpty }) else { return }
        world = try await provider.readWorld(scope)
        let index = World.Index(world)
        for c in changes where c.address.kind == .service && c.action == .delete {
            try checkStop()
            let parts = c.address.name.split(separator: "/").map(String.init)
            guard parts.count == 2 else { continue }
            emit(ApplyEvent(.step, c.address.description, "deleting service"))
            try await provider.deleteService(cluster: parts[0], name: parts[1], step: step(runID, c.address, "delete-service"))
            emit(ApplyEvent(.stepDone, c.address.description, "deleted"))
        }
        for c in changes where c.address.kind == .taskDefinition && !c.deregister.isEmpty {
            for name in c.deregister {
                try checkStop()
                guard let rev = index.revision(family: c.address.name, number: TaskDefinitionRef(name).revision ?? -1), rev.status == "ACTIVE" else { continue }
                emit(ApplyEvent(.step, c.address.description, "deregistering \(name)"))
                try await provider.deregisterTaskDefinition(arn: rev.arn, step: step(runID, c.address, "deregister", name))
            }
        }
        for c in changes where c.address.kind == .cluster && c.action == .delete {
            try checkStop()
            emit(ApplyEvent(.step, c.address.description, "deleting cluster"))
            try await provider.deleteCluster(name: c.address.name, step: step(runID, c.address, "delete-cluster"))
            emit(ApplyEvent(.stepDone, c.address.description, "deleted"))
        }
    }

    /// An update whose plan shows no tag change, of a service already marked
    /// as managed, need not set tags again.
    static func tagsUnchanged(_ change: Change, observed: ServiceState?) -> Bool {
        guard let observed, observed.managed else { return false }
        return !change.fields.contains { $0.path == "tags" || $0.path.hasPrefix("tags.") || $0.path.hasPrefix("tags[") }
    }


}
