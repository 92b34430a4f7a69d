import GRDB
import Testing
@testable import LocalBackend

/// Every index on `tasks` is a B-tree write on each start and stop of a
/// rollout's tasks; these pin which ones exist and that the per-step lookup
/// of PENDING tasks uses the small partial index, not a scan of all tasks.
@Suite struct TaskIndexTests {
    @Test func tasksKeepOnlyTheIndexesTheSimulatorReads() throws {
        let store = try StateDatabase.inMemory(lineage: "lineage-1")
        let names = try store.snapshot {
            try String.fetchAll($0, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tasks' ORDER BY name
                """)
        }
        #expect(names == ["sqlite_autoindex_tasks_1", "tasks_by_service", "tasks_pending", "tasks_stopped_at"])
    }

    @Test func pendingTasksAreFoundThroughThePartialIndex() throws {
        let store = try StateDatabase.inMemory(lineage: "lineage-1")
        let plan = try store.snapshot {
            try Row.fetchAll($0, sql: """
                EXPLAIN QUERY PLAN UPDATE tasks SET last_status = 'RUNNING'
                WHERE last_status = 'PENDING' AND created_serial < 7
                """).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX tasks_pending") }, "\(plan)")
    }
}
