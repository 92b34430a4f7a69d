import ECSPlanCore
import Foundation
import GRDB
import Testing
import TestSupport
@testable import LocalBackend

/// A state store that keeps what the executor asks of it in memory: a store
/// that shares nothing with the provider beside it.
final class RecordingStateStore: StateStore, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    var calls: [String] { lock.withLock { recorded } }
    private func record(_ call: String) { lock.withLock { recorded.append(call) } }

    var label: String { "a recording store" }
    func acquireLock(operation: String, timeout: Duration) async throws -> String {
        record("lock \(operation)")
        return "recorded"
    }
    func releaseLock(id: String) async throws { record("unlock \(id)") }
    func beginRun(_ run: RunRecord) async throws { record("begin \(run.id) \(run.command)") }
    func finishRun(id: String, outcome: String) async throws { record("finish \(id) \(outcome)") }
}

/// The executor talks to a state store and an ECS provider through their two
/// protocols: they need not be one object, nor share a database.
@Suite struct BackendSplitTests {
    static let config = """
        clusters:
          - name: prod
            capacity: {instances: 2, cpu: 4096, memory: 8192}
        taskDefinitions:
          - family: web
            containerDefinitions:
              - {name: app, image: "nginx:1.27", cpu: 256, memory: 512}
        services:
          - {name: web, cluster: prod, taskDefinition: web, desiredCount: 2}
        """

    func runs(_ database: StateDatabase) throws -> [String] {
        try database.db.read { try String.fetchAll($0, sql: "SELECT id || ' ' || COALESCE(outcome, '') FROM runs ORDER BY id") }
    }

    func journaledRuns(_ database: StateDatabase) throws -> Set<String> {
        try database.db.read { Set(try String.fetchAll($0, sql: "SELECT run_id FROM journal")) }
    }

    @Test func anApplyJournalsItsRunInTheStoreItIsGivenAndItsStepsWithTheProvider() async throws {
        let h = try Harness()
        let plan = try await h.plan(Self.config)
        let store = RecordingStateStore()
        try await Executor(store: store, provider: h.simulator, emit: { _ in }).apply(plan, runID: "split")

        #expect(store.calls == ["begin split apply", "finish split succeeded"])
        // The provider journaled each step with its change; the run itself
        // went to the recording store, not to the local store's table.
        #expect(try journaledRuns(h.simulator.database) == ["split"])
        #expect(try runs(h.simulator.database).isEmpty)
        let (service, tasks) = try #require(try await h.simulator.readService(cluster: "prod", name: "web"))
        #expect(!tasks.isEmpty && tasks.allSatisfy { $0.taskDefinitionArn == service.taskDefinitionArn && $0.lastStatus == "RUNNING" })
        #expect(try await h.plan(Self.config).hasChanges == false)
    }

    @Test func aFailedApplyRecordsItsFailureInTheSeparateStore() async throws {
        let h = try Harness()
        let plan = try await h.plan(Self.config)
        let store = RecordingStateStore()
        try await Executor(store: store, provider: h.simulator, emit: { _ in }).apply(plan, runID: "first")
        // The same plan again: its cluster now exists, and the provider says so.
        await #expect(throws: BackendError.self) {
            try await Executor(store: store, provider: h.simulator, emit: { _ in }).apply(plan, runID: "again")
        }
        let last = try #require(store.calls.last)
        #expect(last.hasPrefix("finish again failed: ") && last.contains("cluster prod already exists"))
        #expect(try runs(h.simulator.database).isEmpty)
    }

    @Test func theLocalBackendJournalsRunsInItsStateDatabase() async throws {
        let h = try Harness()
        try await h.apply(Self.config)
        #expect(try runs(h.simulator.database) == ["test-run succeeded"])
        #expect(try journaledRuns(h.simulator.database) == ["test-run"])
    }
}
