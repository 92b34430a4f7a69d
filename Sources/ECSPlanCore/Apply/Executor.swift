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
        /// The plan was made in this process, not read from a file (which an
        /// older ecsplan may have written): its `desiredDigest`s are this
        /// version's, and a backend that keeps digests takes them rather than
        /// normalize each new revision again (a third of a local registration).
        public var plannedHere: Bool = false
        public init() {}
    }

    /// Journals the run (its start and outcome).
    public let store: any StateStore
    /// Reads the world and performs each step.
    public let provider: any ECSProvider
    public let options: Options
    /// Receives the events (`emit`).
    public let deliver: @Sendable (ApplyEvent) -> Void
    /// Checked between steps: SIGINT/SIGTERM stop after the current step.
    public let shouldStop: @Sendable () -> Bool

    public init(store: any StateStore, provider: any ECSProvider, options: Options = Options(),
                emit: @escaping @Sendable (ApplyEvent) -> Void, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.store = store
        self.provider = provider
        self.options = options
        self.deliver = emit
        self.shouldStop = shouldStop
    }

    /// Sends `event` on, but a step's "done" while its group is not yet
    /// committed only once it is (`HeldStepReports`).
    func emit(_ event: ApplyEvent) {
        if event.kind == .stepDone, let reports = HeldStepReports.current {
            let deliver = self.deliver
            reports.hold { deliver(event) }
        } else {
            deliver(event)
        }
    }

    public init(backend: Backend, options: Options = Options(), emit: @escaping @Sendable (ApplyEvent) -> Void, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.init(store: backend.store, provider: backend.provider, options: options, emit: emit, shouldStop: shouldStop)
    }

    /// Carries out `plan` from what it holds alone (its changes, rollouts and
    /// desired specs): the configuration is not read again.
    /// `world` is what the plan was made from, when the caller read it under the
    /// same lock (as `ecsplan apply` does): it saves a second refresh.
    public func apply(_ plan: Plan, world: World? = nil, runID: String = UUID().uuidString.lowercased()) async throws {
        let run = RunRecord(id: runID, command: "apply", planSerial: plan.serial, startedAt: UTCTimestamp.now())
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
        // Independent of each other, so sent as the provider's pool allows, in its step groups.
        var revisionArns: [String: String] = [:]  // "web:7" → ARN
        for r in world.taskDefinitions { revisionArns[r.name] = r.arn }
        let registrations = try changes.filter { $0.address.kind == .taskDefinition && ($0.action == .create || $0.action == .newRevision) }
            .map { c in
                guard let spec = desired.taskDefinitions[c.address.name] else { throw missing(c.address) }
                return (change: c, spec: spec)
            }
        let registered = try await provider.grouped(registrations) { c, spec in
            try self.checkStop()
            var tagged = spec
            tagged.tags = ManagedMarker.adding(to: tagged.tags)
            tagged.keepRevisions = nil
            self.emit(ApplyEvent(.step, c.address.description, "registering \(c.revisionTo ?? c.address.name)"))
            // The plan's digest is of `spec`; the marker tag and keepRevisions are not part of it.
            let rev = try await self.provider.registerTaskDefinition(
                tagged, contentDigest: self.options.plannedHere ? c.desiredDigest : nil,
                step: self.step(runID, c.address, "register", c.revisionTo ?? ""))
            self.emit(ApplyEvent(.stepDone, c.address.description, "registered \(rev.name)", revision: rev.name))
            return (planned: c.revisionTo, rev: rev)
        }
        for (planned, rev) in registered {
            revisionArns[rev.name] = rev.arn
            if let planned, planned != rev.name { revisionArns[planned] = rev.arn }
        }

        // 3. Services, each after the tasks it runs before its rollout; one
        // whose task fails is left untouched (and not watched), the others go on.
        // Each service is independent of the others: sent through the same pool.
        var rollouts: [RolloutWatch] = []
        let serviceChanges = try changes.filter { $0.address.kind == .service && $0.action != .delete }.map { c in
            guard let s = desired.services[c.address] else { throw missing(c.address) }
            guard let target = c.revisionTo, let arn = revisionArns[target] else {
                throw ApplyError(failures: ["\(c.address): task definition \(c.revisionTo ?? "?") is not registered"])
            }
            return (change: c, service: s, target: target, arn: arn)
        }
        let arns = revisionArns
        let heldBackFailures = try await provider.grouped(serviceChanges) { c, s, target, arn -> (Address, String)? in
            try self.checkStop()
            if let failure = try await self.runBefore(c, service: s, revisionArns: arns, desired: desired, world: worldIndex, runID: runID) {
                return (c.address, failure)
            }
            try await self.submit(c, service: s, target: target, arn: arn, observed: worldIndex.services[s.cluster + "/" + s.name], runID: runID)
            return nil
        }.compactMap { $0 }
        let runBeforeFailures = heldBackFailures.map(\.1)
        let heldBack = Set(heldBackFailures.map(\.0))
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
            // Still ACTIVE in the fresh read, described or only listed (ECS).
            let active = Dictionary(index.activeRevisions(family: c.address.name).map { ($0.name, $0.arn) },
                                    uniquingKeysWith: { first, _ in first })
            for name in c.deregister {
                try checkStop()
                guard let arn = active[name] else { continue }
                emit(ApplyEvent(.step, c.address.description, "deregistering \(name)"))
                try await provider.deregisterTaskDefinition(arn: arn, step: step(runID, c.address, "deregister", name))
            }
        }
        for c in changes where c.address.kind == .cluster && c.action == .delete {
            try checkStop()
            emit(ApplyEvent(.step, c.address.description, "deleting cluster"))
            try await provider.deleteCluster(name: c.address.name, step: step(runID, c.address, "delete-cluster"))
            emit(ApplyEvent(.stepDone, c.address.description, "deleted"))
        }
    }

    /// CreateService, UpdateService, or both halves of a replace, for one service.
    func submit(_ c: Change, service s: Service, target: String, arn: String, observed: ServiceState?, runID: String) async throws {
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
            if Self.tagsUnchanged(c, observed: observed) { tagged.tags = nil }
            try await provider.updateService(tagged, taskDefinitionArn: arn, desiredCount: count, step: step(runID, c.address, "update-service", target))
        }
        emit(ApplyEvent(.stepDone, c.address.description, "service \(c.action == .create ? "created" : "updated")"))
    }

    /// An update whose plan shows no tag change, of a service already marked
    /// as managed, need not set tags again.
    static func tagsUnchanged(_ change: Change, observed: ServiceState?) -> Bool {
        guard let observed, observed.managed else { return false }
        return !change.fields.contains { $0.path == "tags" || $0.path.hasPrefix("tags.") || $0.path.hasPrefix("tags[") }
    }


}
