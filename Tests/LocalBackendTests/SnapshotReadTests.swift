import GRDB
import GRDBSQLite
import Testing
@testable import LocalBackend

@Suite struct SnapshotReadTests {
    /// GRDB's `read` turns `PRAGMA query_only` on and off, and SQLite expires
    /// every prepared statement on a flag pragma: the statements the simulator
    /// and the watch keep cached were compiled again after every read.
    @Test func aSnapshotReadKeepsCachedStatementsCompiled() throws {
        let store = try StateDatabase.inMemory(lineage: "lineage-1")
        let statement = try store.db.unsafeRead { try $0.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'serial'") }
        func run() throws -> String? { try store.db.unsafeRead { _ in try String.fetchOne(statement) } }
        #expect(try run() == "0")
        for _ in 0..<3 { #expect(try store.snapshot { try StateDatabase.serial($0) } == 0) }
        #expect(try run() == "0")
        #expect(sqlite3_stmt_status(statement.sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0) == 0)
    }

    @Test func aSnapshotReadReturnsOptionalsAndRethrows() throws {
        let store = try StateDatabase.inMemory(lineage: "lineage-1")
        let none: String? = try store.snapshot { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'absent'") }
        #expect(none == nil)
        #expect(throws: DatabaseError.self) { try store.snapshot { try $0.execute(sql: "SELECT * FROM no_such_table") } }
        // The failed read left no transaction open.
        #expect(try store.lineage() == "lineage-1")
    }
}
