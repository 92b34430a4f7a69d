/// A backend reads the current world and performs changes. The planner never
/// sees one; the executor sees only this protocol, so local and ECS behave alike.
public protocol Backend: Sendable {
    /// A short description for messages ("local state .ecsplan/state.db").
    var label: String { get }

    /// A refresh of what `scope` names: clusters, their instances, services and
    /// active tasks, and the task-definition revisions of the families given and
    /// of every service. A backend may read more (the local one reads it all).
    func readWorld(_ scope: ReadScope) async throws -> World

    /// True when `readWorld` reads everything whatever the scope (the local
    /// state), so the read can start before the configuration is loaded.
    var readsWholeState: Bool { get }

    /// Cheap per-service read used while rolling out.
    func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])?

    func createCluster(_ cluster: Cluster, step: StepRecord) async throws
    func updateCluster(_ cluster: Cluster, step: StepRecord) async throws
    func deleteCluster(name: String, step: StepRecord) async throws

    func registerTaskDefinition(_ definition: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision
    func deregisterTaskDefinition(arn: String, step: StepRecord) async throws

    func createService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws
    func updateService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws
    func deleteService(cluster: String, name: String, step: StepRecord) async throws

    func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws

    /// Lets time pass: the local simulator runs one scheduler step; a remote
    /// backend waits a poll interval.
    func awaitProgress() async throws

    /// True when `awaitProgress` moves a simulated clock (the local backend):
    /// a deployment that shows no change across polls is then stuck, whereas on
    /// ECS it may be baking or waiting on health checks, and only the timeout ends it.
    var simulatesTime: Bool { get }

    /// Takes the state lock for a state-changing command; fails at once (or
    /// after `timeout`) naming the holder. Returns the lock id.
    func acquireLock(operation: String, timeout: Duration) async throws -> String
    func releaseLock(id: String) async throws

    /// Journal of an apply run: records that a run started, and its outcome.
    func beginRun(_ run: RunRecord) async throws
    func finishRun(id: String, outcome: String) async throws
}

/// What a refresh must cover. `clusters == nil` means every cluster (needed to prune).
public struct ReadScope: Sendable, Equatable {
    public var clusters: [String]?
    public var families: [String]
    public init(clusters: [String]?, families: [String]) {
        self.clusters = clusters
        self.families = families
    }
    public static let everything = ReadScope(clusters: nil, families: [])

    /// What planning `config` needs to see.
    public init(config: Config, prune: Bool) {
        clusters = prune ? nil : config.clusters.map(\.spec.name)
        families = config.taskDefinitions.map(\.spec.family)
    }
}

extension Backend {
    public func readWorld() async throws -> World { try await readWorld(.everything) }

    public var readsWholeState: Bool { false }

    public var simulatesTime: Bool { false }

    /// Loads the configuration and reads the world it needs. When the backend
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

/// What an apply run is doing, recorded with each mutation in the same
/// transaction (local backend), so an interrupted apply can be explained and resumed.
public struct StepRecord: Sendable, Codable, Hashable {
    public var runID: String
    public var address: String
    public var action: String
    public var detail: String

    public init(runID: String, address: String, action: String, detail: String = "") {
        self.runID = runID
        self.address = address
        self.action = action
        self.detail = detail
    }

    public static func adhoc(_ address: String, _ action: String) -> StepRecord { StepRecord(runID: "adhoc", address: address, action: action) }
}

public struct RunRecord: Sendable, Codable {
    public var id: String
    public var command: String
    public var planSerial: Int
    public var startedAt: String
    public init(id: String, command: String, planSerial: Int, startedAt: String) {
        self.id = id
        self.command = command
        self.planSerial = planSerial
        self.startedAt = startedAt
    }
}

/// Errors a backend reports, with the address they concern and what to do.
public struct BackendError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { hint.map { "\(message)\n  hint: \($0)" } ?? message }
}
