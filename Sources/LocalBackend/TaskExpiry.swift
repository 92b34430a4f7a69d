import GRDB

/// Stopped tasks are forgotten an hour after they stop, as ECS forgets them
/// ("stopped tasks appear in the console and DescribeTasks for at least an
/// hour"). Without it the local state kept every task it ever stopped: each
/// roll of N tasks added N rows for good, and every read of a service's
/// stopped tasks sorted all of them.
///
/// The hour is the simulator's clock (`SimulatedClock`), on which the rest of
/// the simulated world runs; a step that moves the world also prunes.
enum TaskExpiry {
    static let retainedSeconds = 3600

    /// The `SET` term every statement that stops a task carries: the clock
    /// read once per statement, not a trigger firing per row.
    static let stampStoppedAt = "stopped_at = \(SimulatedClock.nowSQL)"

    /// Deletes the tasks stopped more than `retainedSeconds` before `now`, with
    /// what RunTask kept of them. The partial index finds only those rows.
    static func prune(_ db: Database, now: Int) throws {
        let before = now - retainedSeconds
        try db.cachedStatement(sql: """
            DELETE FROM one_off_tasks WHERE task_id IN
              (SELECT id FROM tasks WHERE stopped_at IS NOT NULL AND stopped_at < ?)
            """).execute(arguments: [before])
        try db.cachedStatement(sql: "DELETE FROM tasks WHERE stopped_at IS NOT NULL AND stopped_at < ?")
            .execute(arguments: [before])
    }

    /// Adds the stop time. Tasks already stopped count as stopped now, so an
    /// existing state loses nothing until its clock moves an hour on.
    static func migrate(_ db: Database) throws {
        try db.alter(table: "tasks") { t in t.add(column: "stopped_at", .integer) }
        try db.execute(sql: "UPDATE tasks SET \(stampStoppedAt) WHERE last_status = 'STOPPED'")
        try db.execute(sql: "CREATE INDEX tasks_stopped_at ON tasks(stopped_at) WHERE stopped_at IS NOT NULL")
    }
}
