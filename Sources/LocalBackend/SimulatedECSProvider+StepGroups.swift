import ECSPlanCore
import GRDB

/// Group commit of an apply's steps. Each registration or service update was
/// its own write transaction, a quarter of its cost in a 1 000-service roll;
/// a group commits up to `stepGroupLimit` of them at once. Each step still runs
/// in its own savepoint (`write`), with its serial bump and journal row, so a
/// committed group holds only whole steps, and a failed step is rolled back
/// alone while the steps before it are kept.
extension SimulatedECSProvider {
    public var stepGroupLimit: Int { 100 }

    public var commitsStepsInGroups: Bool { true }

    public func inStepGroup<T: Sendable>(
        _ body: @Sendable () async throws -> T, committed: @escaping @Sendable () -> Void
    ) async throws -> T {
        guard try openGroup() else {
            // Joined: the enclosing group or transaction commits these steps, and
            // its owner reports them; nothing here is held back.
            defer { committed() }
            return try await body()
        }
        let value: T
        do {
            value = try await body()
        } catch {
            // Keep the steps that finished: an interrupted or failed apply
            // reports them as done, and a resumed one must not redo them.
            if (try? commitGroup()) != nil { committed() }
            throw error
        }
        try commitGroup()
        committed()
        return value
    }

    /// Runs one step of an open group in a savepoint of its own, through
    /// statements compiled once: GRDB's `inSavepoint` compiles its SAVEPOINT
    /// and RELEASE again for every step, 4 % of a 1 000-service roll. A step
    /// that throws is rolled back alone; the group's earlier steps stay.
    static func inStepSavepoint<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.cachedStatement(sql: "SAVEPOINT step").execute()
        do {
            let value = try body(db)
            // SQLite rolls a whole transaction back by itself on some errors
            // (a full disk); then there is no savepoint left to release.
            guard db.isInsideTransaction else {
                throw DatabaseError(
                    resultCode: .SQLITE_ABORT, message: "the step group's transaction was rolled back")
            }
            try db.cachedStatement(sql: "RELEASE SAVEPOINT step").execute()
            return value
        } catch {
            if db.isInsideTransaction {
                try? db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT step").execute()
                try? db.cachedStatement(sql: "RELEASE SAVEPOINT step").execute()
            }
            throw error
        }
    }

    /// False when a group (or a caller's transaction) is open already: it is joined.
    private func openGroup() throws -> Bool {
        try db.writeWithoutTransaction { db in
            if db.isInsideTransaction { return false }
            try db.beginTransaction(.immediate)
            return true
        }
    }

    private func commitGroup() throws {
        try db.writeWithoutTransaction { db in
            // SQLite may have rolled the transaction back itself (a full disk).
            guard db.isInsideTransaction else { return }
            do {
                try db.commit()
            } catch {
                try? db.rollback()
                throw error
            }
        }
    }
}
