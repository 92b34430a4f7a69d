import ECSPlanCore
import Foundation
import GRDB

/// The local backend's state store: the lock and the journal of apply runs,
/// in the same state database as the simulated world (whose provider journals
/// each step with its change). Lineage and serial live there too, and are read
/// with the world.
public struct LocalStateStore: StateStore {
    public let database: StateDatabase

    public init(database: StateDatabase) {
        self.database = database
    }

    public var label: String { "local state \(database.path)" }

    public func acquireLock(operation: String, timeout: Duration) async throws -> String {
        try await database.acquireLock(operation: operation, timeout: timeout).id
    }

    public func releaseLock(id: String) async throws {
        try database.releaseLock(id: id)
    }

    public func beginRun(_ run: RunRecord) async throws {
        try await database.db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO runs(id, command, plan_serial, started_at) VALUES (?, ?, ?, ?)",
                           arguments: [run.id, run.command, run.planSerial, run.startedAt])
        }
    }

    public func finishRun(id: String, outcome: String) async throws {
        try await database.db.write { db in
            try db.execute(sql: "UPDATE runs SET finished_at = ?, outcome = ? WHERE id = ?",
                           arguments: [UTCTimestamp.now(), outcome, id])
        }
    }
}
