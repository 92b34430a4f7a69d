import Foundation
import GRDB

/// Each SQL statement's time, for finding where a local command's SQLite time
/// goes (BENCHMARKS.md): with `ECSPLAN_SQL_TIMINGS=FILE`, every state database
/// the process opens records its statements, and FILE gets them at exit,
/// slowest first. SQLite times a statement from its first step to its reset,
/// so one read row by row also counts what its caller did between the rows;
/// and its clock counts whole milliseconds, so a fast statement's total is the
/// ticks its runs crossed: right summed over many runs, not for one. Off
/// unless the variable is set: the trace hook costs a call per statement.
/// Sendable by its lock: SQLite calls the hook on whichever thread runs the statement.
final class SQLTimings: @unchecked Sendable {
    struct Entry: Equatable, Sendable {
        var seconds: Double
        var runs: Int
    }

    static let variable = "ECSPLAN_SQL_TIMINGS"

    /// The process's timings when the variable names a file, written there at exit.
    static let process: SQLTimings? = {
        guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else { return nil }
        let timings = SQLTimings(path: path)
        atexit { SQLTimings.process?.writeReport() }
        return timings
    }()

    let path: String
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    init(path: String) {
        self.path = path
    }

    func install(on db: Database) {
        db.trace(options: .profile) { [self] event in
            if case .profile(let statement, let duration) = event { record(statement.sql, seconds: duration) }
        }
    }

    func record(_ sql: String, seconds: Double) {
        lock.withLock {
            var entry = entries[sql] ?? Entry(seconds: 0, runs: 0)
            entry.seconds += seconds
            entry.runs += 1
            entries[sql] = entry
        }
    }

    var recorded: [String: Entry] { lock.withLock { entries } }

    /// One line a statement, slowest first: total milliseconds, runs, and the
    /// SQL on one line; the sum first.
    func report() -> String {
        let sorted = recorded.sorted {
            $0.value.seconds != $1.value.seconds ? $0.value.seconds > $1.value.seconds : $0.key < $1.key
        }
        let total = sorted.reduce(0) { $0 + $1.value.seconds }
        var out = String(format: "%.1f ms in %ld statements (%ld distinct)\n",
                         total * 1000, sorted.reduce(0) { $0 + $1.value.runs }, sorted.count)
        for (sql, entry) in sorted {
            let line = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            out += String(format: "%10.1f ms %8ld  ", entry.seconds * 1000, entry.runs) + line + "\n"
        }
        return out
    }

    func writeReport() {
        do {
            try Data(report().utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            FileHandle.standardError.write(Data("ecsplan: cannot write \(Self.variable) to \(path): \(error)\n".utf8))
        }
    }
}
