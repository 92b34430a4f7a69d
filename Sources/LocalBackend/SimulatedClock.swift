import ECSPlanCore
import GRDB

/// The simulator's clock, in seconds since the state was created. It is kept in
/// the state (`meta.clock`), so an interrupted apply resumes where time stood,
/// and it moves only when the simulator steps: a scheduler step costs `tick`
/// seconds, and a step where only bake timers are waiting jumps straight to
/// the earliest one, so an hour of bake time costs one step of wall time.
enum SimulatedClock {
    /// A step is the time ECS takes to start a task and see it healthy: the
    /// same figure the plan's rollout estimates use.
    static let tick = DeploymentTiming.taskStartSeconds

    /// The clock read inside a statement (NULL in a state without one).
    static let nowSQL = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'clock')"

    static func now(_ db: Database) throws -> Int {
        Int(try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'clock'")) ?? "0") ?? 0
    }

    static func set(_ db: Database, _ seconds: Int) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('clock', ?)",
            arguments: [String(seconds)])
    }
}
