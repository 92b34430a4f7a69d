import ECSPlanCore
import GRDB

extension SimulatedECSProvider {
    /// Many services, with their deployments, newest 10 events and tasks not
    /// STOPPED, in four statements: each round of a watch reads every service
    /// it follows, and four statements per service were most of a
    /// 1 000-service round. Answers in the order asked, nil for a service
    /// that does not exist; each service's tasks by id, its events oldest first.
    func services(_ db: Database, _ names: [ServiceName]) throws -> [(ServiceState, [TaskState])?] {
        guard !names.isEmpty else { return [] }
        var seen = Set<ServiceName>()
        let unique = names.filter { seen.insert($0).inserted }
        let keys = ServiceKeys.json(unique)
        let asked = ServiceKeys.rows

        var found: [ServiceName: ServiceState] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT \(Rows.serviceColumns) FROM services WHERE (cluster, name) IN (\(asked))"),
            arguments: [keys])
        {
            let s = try Rows.service(row, written: writtenServices)
            found[ServiceName(cluster: s.cluster, name: s.name)] = s
        }
        guard !found.isEmpty else { return names.map { _ in nil } }

        var deployments: [ServiceName: [Deployment]] = [:]
        let deploymentRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT \(Rows.deploymentColumns) FROM deployments WHERE (cluster, service) IN (\(asked))
                ORDER BY created_serial DESC
                """),
            arguments: [keys])
        while let row = try deploymentRows.next() {
            let name = ServiceName(cluster: row[8], name: row[9])
            deployments[name, default: []].append(Rows.deployment(row))
        }

        // Each service's newest ten, oldest first: a walk of ten index entries per service.
        var events: [ServiceName: [String]] = [:]
        let eventRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                WITH k(c, s) AS (\(asked))
                SELECT k.c, k.s, e.message FROM k, service_events e
                WHERE e.id IN (\(Rows.newestEventIDs(cluster: "k.c", service: "k.s", limit: 10)))
                ORDER BY e.id
                """),
            arguments: [keys])
        while let row = try eventRows.next() {
            events[ServiceName(cluster: row[0], name: row[1]), default: []].append(row[2])
        }

        var tasks: [ServiceName: [TaskState]] = [:]
        let serviceColumn = Int32(Rows.taskColumnCount)
        try TaskRowReader.forEach(
            db,
            sql: """
                SELECT \(Rows.taskColumns), service FROM tasks
                WHERE (cluster, service) IN (\(asked)) AND last_status != 'STOPPED'
                """,
            arguments: [keys]
        ) { task, extra in
            let name = ServiceName(cluster: task.cluster, name: extra(serviceColumn) ?? "")
            tasks[name, default: []].append(task)
        }

        return names.map { name in
            guard var s = found[name] else { return nil }
            // By id, as one service's read orders them: sorting each service's
            // few here costs less than SQLite sorting every row of the round.
            let mine = (tasks[name] ?? []).sorted { $0.id < $1.id }
            s.deployments = Rows.counting(deployments[name] ?? [], tasks: mine)
            s.events = events[name] ?? []
            return (s, mine)
        }
    }
}
