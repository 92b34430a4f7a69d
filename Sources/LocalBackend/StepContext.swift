import ECSPlanCore
import GRDB

/// What one simulator step shares: its transaction, serial and time, the
/// revisions it has decoded (each at most once per step), and what it writes
/// in bulk. A step of a large rollout starts thousands of tasks and writes an
/// event or three per service: the tasks are inserted through one statement
/// bound directly, and the events in one statement, when the step flushes them.
final class StepContext {
    let db: Database
    let serial: Int
    let now: Int
    let naming: Naming
    var ids = TaskIDGenerator()
    let registered: RegisteredRevisions?
    private var revisions: [String: TaskDefinitionRevision?] = [:]
    private var events = JSONRows()
    private var touched: Set<ServiceName> = []
    private var launches: [TaskInsert] = []
    private var completions = JSONRows()

    init(
        db: Database, serial: Int, now: Int, naming: Naming, registered: RegisteredRevisions? = nil
    ) {
        self.db = db
        self.serial = serial
        self.now = now
        self.naming = naming
        self.registered = registered
    }

    func revision(_ arn: String) throws -> TaskDefinitionRevision? {
        if let cached = revisions[arn] { return cached }
        let r = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(Rows.revisionColumns) FROM task_definitions WHERE arn = ?"),
            arguments: [arn])
            .map { row in
                if let spec = registered?.spec(arn, json: row[Rows.revisionSpecColumn]) {
                    return Rows.revision(row, spec: spec)
                }
                return try Rows.revision(row)
            }
        revisions[arn] = r
        return r
    }

    func revisionName(_ arn: String) -> String {
        ((try? revision(arn)) ?? nil)?.name ?? arn
    }

    // MARK: Events

    /// Records a service event; written, in order, by `flushEvents`.
    func event(cluster: String, service: String, _ message: String) {
        events.append(cluster, service, message)
        touched.insert(ServiceName(cluster: cluster, name: service))
    }

    /// Writes the step's events in one statement, then keeps the newest 100
    /// of each service it touched, as ECS keeps a bounded event list: per
    /// service, everything at or below its 101st newest id goes (a walk of 101
    /// index entries).
    func flushEvents() throws {
        guard !events.isEmpty else { return }
        defer {
            events.removeAll()
            touched.removeAll(keepingCapacity: true)
        }
        try db.cachedStatement(sql: """
            INSERT INTO service_events(cluster, service, serial, message)
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), ?, json_extract(value, '$[2]')
            FROM json_each(?)
            """).execute(arguments: [serial, events.text])
        try db.cachedStatement(sql: """
            WITH k(c, s) AS (\(ServiceKeys.rows)),
            cut AS (SELECT c, s, (SELECT id FROM service_events x WHERE x.cluster = k.c AND x.service = k.s
                                  ORDER BY id DESC LIMIT 1 OFFSET 100) AS id FROM k)
            DELETE FROM service_events WHERE id IN
              (SELECT e.id FROM cut JOIN service_events e ON e.cluster = cut.c AND e.service = cut.s AND e.id <= cut.id)
            """).execute(arguments: [ServiceKeys.json(touched)])
    }

    // MARK: Completed deployments

    /// Records that `deployment` (its other fields already written) completed,
    /// so its service's older deployments go; written by `flushCompletions`.
    func complete(_ deployment: SimDeployment, cluster: String, service: String) {
        completions.append(deployment.id, deployment.rolloutStateReason ?? "", cluster, service)
    }

    /// Marks the step's completed deployments COMPLETED (no stage, no bake),
    /// then deletes their services' ACTIVE deployments: two statements for a
    /// step that completes a thousand rollouts, where two per service were a
    /// fifth of it.
    func flushCompletions() throws {
        guard !completions.isEmpty else { return }
        defer { completions.removeAll() }
        let rows = completions.text
        try db.cachedStatement(sql: """
            UPDATE deployments SET rollout_state = 'COMPLETED', rollout_state_reason = j.reason,
              stage = NULL, stage_until = NULL, updated_at = ?
            FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS reason
                  FROM json_each(?)) AS j
            WHERE deployments.id = j.id
            """).execute(arguments: [now, rows])
        try db.cachedStatement(sql: """
            DELETE FROM deployments WHERE status = 'ACTIVE' AND (cluster, service) IN
              (SELECT json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?))
            """).execute(arguments: [rows])
    }

    // MARK: Task inserts

    /// Records a PENDING task of `service` the step started; inserted by `flushLaunches`.
    func launch(_ t: TaskInsert) { launches.append(t) }

    /// Inserts them; after a failure (which fails the step) they are gone too.
    func flushLaunches() throws {
        defer { launches.removeAll(keepingCapacity: true) }
        try TaskInsert.insert(launches, serial: serial, db)
    }
}
