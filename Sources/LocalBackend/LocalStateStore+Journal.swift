import ECSPlanCore
import GRDB

/// The apply journal as recorded: what each run did, step by step, in order.
extension LocalStateStore {
    public func journal(runID: String) throws -> [StepRecord] {
        try database.snapshot { db in
            try Row.fetchAll(db, sql: "SELECT address, action, detail FROM journal WHERE run_id = ? ORDER BY id", arguments: [runID]).map {
                StepRecord(runID: runID, address: $0["address"], action: $0["action"], detail: $0["detail"])
            }
        }
    }
}
