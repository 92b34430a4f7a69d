import Foundation
import GRDB
import Testing
@testable import LocalBackend

/// `ECSPLAN_SQL_TIMINGS`: each statement's runs and time, summed by its SQL,
/// slowest first, and nothing from a database it was not installed on.
@Suite struct SQLTimingsTests {
    @Test func statementsAreSummedByTheirSQL() throws {
        let timings = SQLTimings(path: "/unused")
        let queue = try DatabaseQueue()
        try queue.inDatabase { db in
            timings.install(on: db)
            try db.execute(sql: "CREATE TABLE t(x INTEGER)")
            for x in 0..<3 {
                try db.cachedStatement(sql: "INSERT INTO t(x) VALUES (?)").execute(arguments: [x])
            }
            #expect(try Int.fetchOne(db, sql: "SELECT\n  SUM(x)\nFROM t") == 3)
        }
        let recorded = timings.recorded
        #expect(recorded["INSERT INTO t(x) VALUES (?)"]?.runs == 3)
        #expect(recorded["CREATE TABLE t(x INTEGER)"]?.runs == 1)
        #expect(recorded["SELECT\n  SUM(x)\nFROM t"]?.runs == 1)
        #expect(recorded.values.allSatisfy { $0.seconds >= 0 })

        // A database it was not installed on records nothing.
        try DatabaseQueue().inDatabase { db in try db.execute(sql: "CREATE TABLE u(y)") }
        #expect(timings.recorded.count == recorded.count)
    }

    @Test func theReportListsTheSlowestFirstOnOneLineEach() {
        let timings = SQLTimings(path: "/unused")
        timings.record("SELECT 1", seconds: 0.001)
        timings.record("UPDATE t\n  SET x = 1", seconds: 0.004)
        timings.record("SELECT 1", seconds: 0.002)
        let lines = timings.report().split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "7.0 ms in 3 statements (2 distinct)")
        #expect(lines[1].hasSuffix("4.0 ms        1  UPDATE t SET x = 1"), "\(lines[1])")
        #expect(lines[2].hasSuffix("3.0 ms        2  SELECT 1"), "\(lines[2])")
    }

    @Test func theReportIsWrittenToItsFile() throws {
        let path = NSTemporaryDirectory() + "sql-timings-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let timings = SQLTimings(path: path)
        timings.record("SELECT 1", seconds: 0.5)
        timings.writeReport()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == timings.report())
    }
}
