import ECSPlanCore
import Foundation
import GRDB

/// Who holds the state lock. A second state-changing command fails at once and names the holder.
public struct LockInfo: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var pid: Int32
    public var host: String
    public var operation: String
    public var startedAt: String

    public var description: String { "\(operation) (lock \(id), pid \(pid) on \(host), since \(startedAt))" }

    /// True when the holder ran on this host and its process is gone.
    public var holderIsDead: Bool {
        guard host == ProcessInfo.processInfo.hostName else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}

public struct LockError: Error, Sendable, CustomStringConvertible {
    public var holder: LockInfo
    public var waited: Bool
    public var description: String {
        var text = "the state is locked by \(holder)"
        if waited { text += "; gave up waiting" }
        if holder.holderIsDead {
            text += "\n  hint: process \(holder.pid) no longer exists; if no other ecsplan is running, run `ecsplan state unlock \(holder.id)`"
        } else {
            text += "\n  hint: wait for it to finish, or pass --lock-timeout 5m to wait"
        }
        return text
    }
}

extension StateDatabase {
    public func currentLock() throws -> LockInfo? {
        try snapshot { try Self.lock($0) }
    }

    static func lock(_ db: Database) throws -> LockInfo? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM locks LIMIT 1") else { return nil }
        return LockInfo(id: row["id"], pid: Int32(row["pid"] as Int), host: row["host"], operation: row["operation"], startedAt: row["started_at"])
    }

    /// Takes the lock, waiting up to `timeout` for a live holder to finish.
    public func acquireLock(operation: String, timeout: Duration = .zero) async throws -> LockInfo {
        let deadline = ContinuousClock.now + timeout
        while true {
            let mine = LockInfo(id: UUID().uuidString.lowercased().prefix(8).description, pid: getpid(), host: ProcessInfo.processInfo.hostName,
                                operation: operation, startedAt: UTCTimestamp.now())
            let holder: LockInfo? = try await db.write { db in
                if let existing = try Self.lock(db) { return existing }
                try db.execute(sql: "INSERT INTO locks(id, pid, host, operation, started_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [mine.id, Int(mine.pid), mine.host, mine.operation, mine.startedAt])
                return nil
            }
            guard let holder else { return mine }
            if ContinuousClock.now >= deadline || holder.holderIsDead {
                throw LockError(holder: holder, waited: timeout > .zero)
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    public func releaseLock(id: String) throws {
        try db.write { try $0.execute(sql: "DELETE FROM locks WHERE id = ?", arguments: [id]) }
    }

    /// `ecsplan state unlock ID`: breaks a lock left behind by a dead process.
    public func forceUnlock(id: String) throws -> Bool {
        try db.write { db in
            try db.execute(sql: "DELETE FROM locks WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }
}

extension StateDatabase {
    /// Records a lock as if another process held it (tests of dead-holder detection).
    public func plantLockForTesting(id: String, pid: Int32) throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO locks(id, pid, host, operation, started_at) VALUES (?, ?, ?, 'ecsplan apply', '2026-01-01T00:00:00Z')",
                           arguments: [id, Int(pid), ProcessInfo.processInfo.hostName])
        }
    }
}
