import ECSPlanCore
import GRDB

/// The simulator's record of every deployment a service had, as ECS's
/// ListServiceDeployments keeps it: `ecsplan rollback` reads which revision a
/// service ran before from here. The controller deletes deployments once they
/// are done (as DescribeServices forgets them), so triggers copy each one into
/// the history as it starts and as its rollout state changes, whichever part
/// of the simulator changes it.
extension SimulatedECSProvider: DeploymentHistoryReader {
    public func deploymentHistory(cluster: String, service: String) async throws -> [ServiceDeploymentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, task_definition_arn, status, started_at, finished_at FROM service_deployments
                WHERE cluster = ? AND service = ? ORDER BY serial DESC, rowid DESC
                """, arguments: [cluster, service]).map { row in
                ServiceDeploymentRecord(id: row["id"], taskDefinitionArn: row["task_definition_arn"], status: row["status"],
                                        startedAt: row["started_at"], finishedAt: row["finished_at"])
            }
        }
    }
}

extension Schema {
    /// ECS's ServiceDeploymentStatus for a deployment's rollout state.
    static func historyStatus(_ rolloutState: String) -> String {
        "CASE \(rolloutState) WHEN 'COMPLETED' THEN 'SUCCESSFUL' WHEN 'FAILED' THEN 'STOPPED' ELSE 'IN_PROGRESS' END"
    }
    static let now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

    static func deploymentHistory(_ db: Database) throws {
        try db.create(table: "service_deployments") { t in
            t.primaryKey("id", .text)
            t.column("cluster", .text).notNull()
            t.column("service", .text).notNull()
            t.column("task_definition_arn", .text).notNull()
            t.column("status", .text).notNull()
            t.column("serial", .integer).notNull()
            t.column("started_at", .text)
            t.column("finished_at", .text)
        }
        try db.create(index: "service_deployments_by_service", on: "service_deployments", columns: ["cluster", "service", "serial"])
        // What states written before this migration still hold.
        try db.execute(sql: """
            INSERT INTO service_deployments(id, cluster, service, task_definition_arn, status, serial)
            SELECT id, cluster, service, task_definition_arn, \(historyStatus("rollout_state")), created_serial
            FROM deployments
            """)
        try db.execute(sql: """
            CREATE TRIGGER service_deployment_started AFTER INSERT ON deployments BEGIN
                INSERT OR REPLACE INTO service_deployments(id, cluster, service, task_definition_arn, status, serial, started_at, finished_at)
                VALUES (NEW.id, NEW.cluster, NEW.service, NEW.task_definition_arn, \(historyStatus("NEW.rollout_state")), NEW.created_serial, \(now),
                        CASE WHEN NEW.rollout_state = 'IN_PROGRESS' THEN NULL ELSE \(now) END);
            END;
            CREATE TRIGGER service_deployment_ended AFTER UPDATE OF rollout_state ON deployments
            WHEN NEW.rollout_state != OLD.rollout_state BEGIN
                UPDATE service_deployments SET status = \(historyStatus("NEW.rollout_state")), finished_at = \(now) WHERE id = NEW.id;
            END;
            CREATE TRIGGER service_deployment_superseded AFTER DELETE ON deployments WHEN OLD.rollout_state = 'IN_PROGRESS' BEGIN
                UPDATE service_deployments SET status = 'STOPPED', finished_at = \(now) WHERE id = OLD.id AND status = 'IN_PROGRESS';
            END;
            CREATE TRIGGER service_deployments_forgotten AFTER UPDATE OF status ON services WHEN NEW.status = 'INACTIVE' BEGIN
                DELETE FROM service_deployments WHERE cluster = NEW.cluster AND service = NEW.name;
            END;
            """)
    }
}
