import ECSPlanCore
import Foundation
import LocalBackend

/// A local backend in memory plus helpers to plan and apply YAML text, for
/// tests that exercise the planner and executor against the real simulator.
public struct Harness: Sendable {
    /// The local backend: its state store and the simulator.
    public let backend: Backend
    /// The simulator, for reads and its knobs (failing starts, drift, steps).
    public let simulator: SimulatedECSProvider
    /// The state store, for the journal of runs and steps.
    public let store: LocalStateStore
    public let env: [String: String]

    public init(lineage: String = "00000000-test-lineage", env: [String: String] = [:]) throws {
        self.init(database: try StateDatabase.inMemory(lineage: lineage), env: env)
    }

    public init(database: StateDatabase, env: [String: String] = [:]) {
        simulator = SimulatedECSProvider(database: database)
        store = LocalStateStore(database: database)
        backend = Backend(store: store, provider: simulator)
        self.env = env
    }

    public func config(_ yaml: String, env extra: [String: String] = [:]) throws -> Config {
        let dir = TempDir()
        defer { dir.cleanup() }
        let file = dir.write("config.yaml", yaml)
        let result = ConfigLoader(environment: env.merging(extra) { $1 }).load(paths: [file])
        let diagnostics = result.diagnostics + Validator().validate(result.config)
        if diagnostics.hasErrors { throw ConfigError(diagnostics.errors) }
        return result.config
    }

    public func plan(_ yaml: String, env extra: [String: String] = [:], prune: Bool = false, targets: [Address] = []) async throws -> Plan {
        let cfg = try config(yaml, env: extra)
        let world = try await simulator.readWorld()
        return Planner.plan(PlanRequest(config: cfg, world: world, backend: "local", configPaths: ["config.yaml"], targets: targets, prune: prune))
    }

    /// Plans and applies; returns the plan that was applied.
    @discardableResult
    public func apply(_ yaml: String, env extra: [String: String] = [:], prune: Bool = false, options: Executor.Options = Executor.Options(),
                      events: EventLog = EventLog()) async throws -> Plan {
        let cfg = try config(yaml, env: extra)
        let world = try await simulator.readWorld()
        let plan = Planner.plan(PlanRequest(config: cfg, world: world, backend: "local", configPaths: ["config.yaml"], prune: prune))
        try await Executor(backend: backend, options: options, emit: { events.append($0) }).apply(plan, runID: "test-run")
        return plan
    }
}

/// Collects apply events from a @Sendable closure.
public final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ApplyEvent] = []
    public init() {}
    public func append(_ e: ApplyEvent) { lock.lock(); items.append(e); lock.unlock() }
    public var events: [ApplyEvent] { lock.lock(); defer { lock.unlock() }; return items }
}
