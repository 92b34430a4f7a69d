import GRDB

/// A deployment row as the simulated controller drives it: what DescribeServices
/// shows, plus where a traffic-shifting strategy stands and when its wait ends.
struct SimDeployment {
    var id: String
    var status: String
    var taskDefinitionArn: String
    var desiredCount: Int
    var failedTasks: Int
    var rolloutState: String
    var rolloutStateReason: String?
    var stage: String?
    /// Clock second at which the current bake ends.
    var stageUntil: Int?
    /// Share of production traffic (BLUE_GREEN, LINEAR, CANARY).
    var trafficPercent: Double

    /// The columns `init(_:)` reads, by position (a step reads every moving
    /// service's deployments, and GRDB lowercases a name at each lookup); the
    /// service's key follows (`cluster`, `service`: 10 and 11).
    static let columns = """
        id, status, task_definition_arn, desired_count, failed_tasks, rollout_state, rollout_state_reason,
        stage, stage_until, traffic_percent, cluster, service
        """

    init(_ row: Row) {
        id = row[0]
        status = row[1]
        taskDefinitionArn = row[2]
        desiredCount = row[3]
        failedTasks = row[4]
        rolloutState = row[5]
        rolloutStateReason = row[6]
        stage = row[7]
        stageUntil = row[8]
        trafficPercent = row[9] ?? 0
    }

    /// Newest first, as DescribeServices lists them.
    static let order = "ORDER BY created_serial DESC, rowid DESC"

    static func all(_ db: Database, cluster: String, service: String) throws -> [SimDeployment] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(columns) FROM deployments WHERE cluster = ? AND service = ? \(order)"),
            arguments: [cluster, service]
        ).map(SimDeployment.init)
    }

    /// Writes the fields the controller changes.
    func save(_ db: Database, now: Int) throws {
        try db.cachedStatement(sql: """
            UPDATE deployments SET status = ?, failed_tasks = ?, rollout_state = ?, rollout_state_reason = ?, stage = ?, stage_until = ?,
            traffic_percent = ?, updated_at = ? WHERE id = ?
            """).execute(arguments: [status, failedTasks, rolloutState, rolloutStateReason, stage, stageUntil, trafficPercent, now, id])
    }

    /// A new PRIMARY deployment of `taskDefinitionArn`; older ones become ACTIVE.
    static func start(
        _ db: Database, cluster: String, service: String, taskDefinitionArn: String,
        desiredCount: Int, serial: Int,
        reason: String? = nil
    ) throws -> String {
        let id = Naming.deploymentID(cluster: cluster, service: service, serial: serial)
        try db.cachedStatement(sql: "UPDATE deployments SET status = 'ACTIVE' WHERE cluster = ? AND service = ? AND status = 'PRIMARY'")
            .execute(arguments: [cluster, service])
        // The clock is read in the statement: every service an apply updates starts one.
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO deployments(id, cluster, service, status, task_definition_arn, desired_count, failed_tasks, rollout_state,
                                                   rollout_state_reason, created_serial, created_at, updated_at)
                SELECT ?, ?, ?, 'PRIMARY', ?, ?, 0, 'IN_PROGRESS', ?, ?, now, now
                FROM (SELECT COALESCE(\(SimulatedClock.nowSQL), 0) AS now)
                """
        ).execute(
            arguments: [
                id, cluster, service, taskDefinitionArn, desiredCount,
                reason ?? ServiceEventText.inProgress(id), serial,
            ])
        return id
    }
}
