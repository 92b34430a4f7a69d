/// Reads the current world from ECS (or its simulator) and performs changes.
/// The planner never sees one; the executor sees only this protocol, so the
/// simulator and Amazon ECS behave alike. Every mutation takes the
/// `StepRecord` that caused it: a provider that can journal it atomically with
/// its effect (the simulator, whose world lives in the state database) does.
public protocol ECSProvider: Sendable {
    /// A short description for messages ("Amazon ECS in eu-west-1 (…)").
    var label: String { get }

    /// A refresh of what `scope` names: clusters, their instances, services and
    /// active tasks, and the task-definition revisions of the families given and
    /// of every service. A provider may read more (the simulator reads it all).
    func readWorld(_ scope: ReadScope) async throws -> World

    /// True when `readWorld` reads everything whatever the scope (the local
    /// state), so the read can start before the configuration is loaded.
    var readsWholeState: Bool { get }

    /// Cheap per-service read used while rolling out: the service with its
    /// deployments and events, and its tasks that are not STOPPED.
    func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])?

    /// `readService` of several services, in their order (nil where a service
    /// does not exist), as each round of a watch reads them: a provider
    /// batches what it can (ECS describes ten services and a hundred tasks a
    /// request; the local state reads them all in one snapshot).
    func readServices(_ services: [ServiceName]) async throws -> [(ServiceState, [TaskState])?]

    /// The service's tasks that stopped since its oldest listed deployment
    /// began, newest first, with ECS's reasons (CannotPullContainerError,
    /// failed health checks, …); ECS keeps them about an hour. Read only when
    /// a rollout fails, to quote why: on ECS it is two more requests per read.
    func readStoppedTasks(cluster: String, service: String) async throws -> [TaskState]

    func createCluster(_ cluster: Cluster, step: StepRecord) async throws
    func updateCluster(_ cluster: Cluster, step: StepRecord) async throws
    func deleteCluster(name: String, step: StepRecord) async throws

    func registerTaskDefinition(_ definition: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision
    /// The same, with the digest of its normalized content
    /// (`Normalizer.contentDigest`) when the caller already worked it out:
    /// a backend that keeps digests (`World.revisionDigests`) stores it
    /// rather than normalize the definition again.
    func registerTaskDefinition(
        _ definition: TaskDefinition, contentDigest: String?, step: StepRecord
    ) async throws -> TaskDefinitionRevision
    func deregisterTaskDefinition(arn: String, step: StepRecord) async throws

    func createService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws
    func updateService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws
    func deleteService(cluster: String, name: String, step: StepRecord) async throws

    func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws

    /// Lets time pass: the simulator runs one scheduler step; ECS is polled
    /// after an interval.
    func awaitProgress() async throws

    /// True when `awaitProgress` moves a simulated clock (the local simulator):
    /// a deployment that shows no change across polls is then stuck, whereas on
    /// ECS it may be baking or waiting on health checks, and only the timeout ends it.
    var simulatesTime: Bool { get }

    /// How many independent operations (registrations, service updates) the
    /// executor may have in flight. 1 where they serialize anyway (the local
    /// database: one writer, and steps then journal in a fixed order); more where
    /// each costs a network round trip.
    var concurrentRequests: Int { get }

    /// The most steps `inStepGroup` may hold; the executor sends its
    /// registrations and service changes in groups of at most this many.
    var stepGroupLimit: Int { get }

    /// True when `inStepGroup` holds its steps until the group commits (the
    /// local database); false when each step is recorded as its call returns.
    var commitsStepsInGroups: Bool { get }

    /// Runs `body`, whose steps the provider may commit together: the local
    /// database commits a group in one transaction, each step in its own
    /// savepoint, so every step recorded is whole and a failed one leaves no
    /// trace. A group that is cut off (the process killed) loses only steps
    /// that are not recorded, which a resumed apply then does again.
    /// `committed` is called once the steps `body` finished are recorded (also
    /// when `body` throws: the steps before the error are kept), never when
    /// the commit fails. A group joined to an enclosing one calls it as its
    /// body ends: the enclosing one's owner reports what it commits.
    func inStepGroup<T: Sendable>(
        _ body: @Sendable () async throws -> T, committed: @escaping @Sendable () -> Void
    ) async throws -> T
}

extension ECSProvider {
    public func readWorld() async throws -> World { try await readWorld(.everything) }

    public var readsWholeState: Bool { false }

    public var simulatesTime: Bool { false }

    public var concurrentRequests: Int { 1 }

    /// Backends that keep no digests register as without one.
    public func registerTaskDefinition(
        _ definition: TaskDefinition, contentDigest: String?, step: StepRecord
    ) async throws -> TaskDefinitionRevision {
        try await registerTaskDefinition(definition, step: step)
    }

    /// One `readService` after another, or as many at once as the provider allows.
    public func readServices(_ services: [ServiceName]) async throws -> [(ServiceState, [TaskState])?] {
        try await ConcurrentRequests.map(services, limit: concurrentRequests) { s in
            try await readService(cluster: s.cluster, name: s.name)
        }
    }

    /// Without groups (ECS: each step is its own request), one group holds all.
    public var stepGroupLimit: Int { .max }

    public var commitsStepsInGroups: Bool { false }

    /// Each step is recorded as its call returns: nothing waits for a commit.
    public func inStepGroup<T: Sendable>(
        _ body: @Sendable () async throws -> T, committed: @escaping @Sendable () -> Void
    ) async throws -> T {
        defer { committed() }
        return try await body()
    }

    public func inStepGroup<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await inStepGroup(body, committed: {})
    }

    /// `ConcurrentRequests.map` over `items`, in step groups of at most
    /// `stepGroupLimit`: a group is committed before the next one starts.
    /// Where the provider commits in groups, the steps' "done" reports are
    /// held until their group is committed (`HeldStepReports`).
    public func grouped<T: Sendable, R: Sendable>(
        _ items: [T], _ body: @escaping @Sendable (T) async throws -> R
    ) async throws -> [R] {
        let size = max(1, stepGroupLimit), limit = concurrentRequests
        var results: [R] = []
        results.reserveCapacity(items.count)
        var start = 0
        while start < items.count {
            let end = start + min(size, items.count - start)
            let group = Array(items[start..<end])
            let run: @Sendable () async throws -> [R] = {
                try await ConcurrentRequests.map(group, limit: limit, body)
            }
            // A group inside another (reports already held) is released with the outer one.
            if commitsStepsInGroups, HeldStepReports.current == nil {
                let reports = HeldStepReports()
                results += try await HeldStepReports.$current.withValue(reports) {
                    try await inStepGroup(run, committed: { reports.release() })
                }
            } else {
                results += try await inStepGroup(run, committed: {})
            }
            start = end
        }
        return results
    }

    /// Loads the configuration and reads the world it needs. When the provider
    /// reads its whole state anyway, the read runs on another core while `load`
    /// runs here (at 10 000 services each takes about a second); otherwise the
    /// read waits for the configuration that defines its scope.
    /// Returns nil when `load` does (the configuration had errors).
    public func readWorld<C>(loading load: () throws -> C?, scope: (C) -> ReadScope) async throws -> (C, World)? {
        if readsWholeState {
            async let world = readWorld(.everything)
            guard let config = try load() else { return nil }
            return (config, try await world)
        }
        guard let config = try load() else { return nil }
        return (config, try await readWorld(scope(config)))
    }
}
