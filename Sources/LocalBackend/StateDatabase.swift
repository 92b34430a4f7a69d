import ECSPlanCore
import Foundation
import GRDB

/// The SQLite file behind the local backend, shared by its state store and its
/// simulated ECS provider. Every mutation is one
/// transaction that also bumps `serial`, so the file is never half-written.
public final class StateDatabase: Sendable {
    public let path: String
    let db: DatabaseQueue

    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    public static func open(path: String) throws -> StateDatabase {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            let handle: FileHandle
            do {
                handle = try FileError.openForReading(path, action: "cannot read the state file")
            } catch {
                throw StateStoreError(path: path, message: "cannot read the state file: \(error.problem)", hint: error.hint)
            }
            let header = handle.readData(ofLength: 16)
            try? handle.close()
            if !header.isEmpty && Array(header) != sqliteMagic {
                throw StateStoreError(path: path, message: "not an ecsplan state database (it is not SQLite); it was left untouched",
                                      hint: "point --state at the right file, or move this one away to start a new state")
            }
        } else {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        }
        var config = configuration
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Each step of a group is a savepoint, and a statement that changes
            // many rows keeps a statement journal: SQLite writes both to temp
            // files by default (a 1 000-service roll wrote 64 MB to /var/tmp in
            // 31 000 writes). In memory they cost a copy of each page.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // A rollout's step touches every active task row: with the default
            // 2 MB page cache the same roll read 67 MB back from the file.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            SQLTimings.process?.install(on: db)
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StateStoreError(explaining: error, path: path)
                ?? StateStoreError(path: path, message: "cannot open the state database: \(Self.describe(error))", hint: "the file may be corrupt; it was left untouched")
        }
        let store = StateDatabase(path: path, db: queue)
        try store.migrate()
        return store
    }

    /// An in-memory store for tests.
    public static func inMemory(lineage: String? = nil) throws -> StateDatabase {
        let store = StateDatabase(path: ":memory:", db: try DatabaseQueue(configuration: configuration))
        try store.migrate(lineage: lineage)
        return store
    }

    /// A step group (`inStepGroup`) keeps its transaction open between
    /// accesses, which GRDB refuses unless told.
    static var configuration: Configuration {
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        return config
    }

    init(path: String, db: DatabaseQueue) {
        self.path = path
        self.db = db
    }

    func migrate(lineage: String? = nil) throws {
        let migrator = Schema.migrator
        do {
            if try db.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StateStoreError(path: path, message: "this state was written by a newer version of ecsplan (unknown schema migrations)",
                                      hint: "upgrade ecsplan (this is \(ECSPlanVersion.current)); the file was left untouched")
            }
            try migrator.migrate(db)
            try db.write { db in
                if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lineage'") == nil {
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('lineage', ?), ('serial', '0')", arguments: [lineage ?? UUID().uuidString.lowercased()])
                }
                try ContentDigests.refresh(db)
            }
        } catch let e as StateStoreError {
            throw e
        } catch {
            if let explained = StateStoreError(explaining: error, path: path) { throw explained }
            throw StateStoreError(path: path, message: "cannot read the state database: \(Self.describe(error))",
                                  hint: "the file may be corrupt or not an ecsplan state; it was left untouched")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    /// Reads in one deferred transaction: a consistent snapshot. Not GRDB's
    /// `read`, which turns `PRAGMA query_only` on and off around the body:
    /// SQLite expires every prepared statement on each flag pragma, so every
    /// statement the simulator and the watch keep cached was compiled again
    /// after each read (a tenth of a 1 000-service roll).
    func snapshot<T>(_ body: (Database) throws -> T) throws -> T {
        try db.unsafeRead { db in
            // Inside a step group, whose writes this read must see.
            if db.isInsideTransaction { return try body(db) }
            var value: T?
            try db.inTransaction(.deferred) {
                value = try body(db)
                return .commit
            }
            // inTransaction ran the body or threw.
            guard let value else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the read did not run") }
            return value
        }
    }

    public func lineage() throws -> String {
        try snapshot { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'lineage'") ?? "" }
    }

    public func serial() throws -> Int {
        try snapshot { try Self.serial($0) }
    }

    static func serial(_ db: Database) throws -> Int {
        Int(try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'serial'")) ?? "0") ?? 0
    }

    /// Bumps the serial; called once inside every mutating transaction, so in
    /// one statement rather than a read and a write (an apply bumps it per step).
    @discardableResult
    static func bumpSerial(_ db: Database) throws -> Int {
        let next = try Int.fetchOne(db.cachedStatement(sql: """
            UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'serial'
            RETURNING CAST(value AS INTEGER)
            """))
        // A state without its serial row (none is made without one) counts
        // from 0, as `serial` reads it.
        return next ?? 1
    }

    /// `PRAGMA integrity_check`, for tests and `ecsplan state check`.
    public func integrityCheck() throws -> String {
        try db.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }
}
