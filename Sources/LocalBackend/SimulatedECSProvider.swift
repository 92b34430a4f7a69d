import ECSPlanCore
import Foundation
import GRDB

/// The local backend's ECS provider: a simulator of the ECS control plane
/// (instances, revisions, services, deployments, tasks, placement and a
/// scheduler) whose world lives in the state database, beside the
/// `LocalStateStore` that holds the lock and the run journal. Every mutation is
/// one transaction that bumps `serial` and journals the step that caused it.
public final class SimulatedECSProvider: ECSProvider {
    public let database: StateDatabase
    let naming: Naming
    let registered = RegisteredRevisions()
    let writtenServices = WrittenServices()

    public init(database: StateDatabase, region: String = "us-east-1") {
        self.database = database
        self.naming = Naming(region: region)
    }

    public var label: String { "local state \(database.path)" }
    var simulator: Simulator {
        Simulator(naming: naming, registered: registered, services: writtenServices)
    }
    var db: DatabaseQueue { database.db }

    // Synchronous access: the work is short and local, and staying synchronous
    // keeps each mutation one transaction without Sendable closure plumbing.
    func read<T>(_ body: (Database) throws -> T) throws -> T { try database.snapshot(body) }
    /// One transaction; inside a step group, one savepoint of the group's transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try db.writeWithoutTransaction { db in
            if db.isInsideTransaction { return try Self.inStepSavepoint(db, body) }
            var value: T?
            try db.inTransaction {
                value = try body(db)
                return .commit
            }
            // inTransaction ran the body or threw.
            guard let value else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the write did not run") }
            return value
        }
    }

    // MARK: Reading

    /// The local state is small and local: it is always read whole.
    public var readsWholeState: Bool { true }

    public func readWorld(_ scope: ReadScope) async throws -> World {
        try read { db in try self.world(db) }
    }

    /// The newest events of each service a plan reads (`ServiceState.events`).
    static let worldEventsPerService = 5

    func world(_ db: Database) throws -> World {
        let lineage = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'lineage'")) ?? ""
        var w = World(lineage: lineage, serial: try StateDatabase.serial(db), region: naming.region)
        w.clusters = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM clusters WHERE status = 'ACTIVE' ORDER BY name")).map(Rows.cluster)
        w.containerInstances = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM container_instances WHERE status = 'ACTIVE' ORDER BY cluster, position")).map(Rows.instance)
        let revisionRows = try Row.fetchAll(db.cachedStatement(
            sql: "SELECT \(Rows.revisionColumns) FROM task_definitions ORDER BY family, revision"))
        let revisionSpecs = try Rows.specs(TaskDefinition.self, of: revisionRows, column: Rows.revisionSpecColumn)
        w.taskDefinitions = zip(revisionRows, revisionSpecs).map(Rows.revision)
        for (row, revision) in zip(revisionRows, w.taskDefinitions) {
            if let digest = ContentDigests.digest(row[Rows.revisionDigestColumn]) {
                w.revisionDigests[revision.arn] = digest
            }
        }
        let serviceRows = try Row.fetchAll(db.cachedStatement(
            sql: "SELECT \(Rows.serviceColumns) FROM services WHERE status != 'INACTIVE' ORDER BY cluster, name"))
        let serviceSpecs = try Rows.specs(Service.self, of: serviceRows, column: Rows.serviceSpecColumn)
        var services = zip(serviceRows, serviceSpecs).map(Rows.service)
        var deployments: [String: [Deployment]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(
            sql: "SELECT \(Rows.deploymentColumns) FROM deployments ORDER BY created_serial DESC")) {
            deployments[(row[8] as String) + "/" + (row[9] as String), default: []].append(Rows.deployment(row))
        }
        // Each service's newest five, a walk of five index entries per service: a
        // state keeps up to 100 per service, and reading them all (a million rows
        // at 10 000 services) took longer than the rest of the plan.
        var events: [String: [(id: Int, message: String)]] = [:]
        let eventRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT s.cluster, s.name, e.id, e.message FROM services s, service_events e
            WHERE s.status != 'INACTIVE' AND e.id IN
              (\(Rows.newestEventIDs(cluster: "s.cluster", service: "s.name", limit: Self.worldEventsPerService)))
            """))
        while let row = try eventRows.next() {
            events[(row[0] as String) + "/" + (row[1] as String), default: []].append((row[2], row[3]))
        }
        // In table order, then sorted here: SQLite sorted them through a temporary
        // B-tree that spilled to disk, a third of reading 100 000 tasks.
        w.tasks = try Rows.tasks(db, sql: "SELECT \(Rows.taskColumns) FROM tasks WHERE last_status != 'STOPPED'")
        w.tasks.sort { $0.cluster != $1.cluster ? $0.cluster < $1.cluster : $0.id < $1.id }
        let tasksByService = TaskSubset.byService(w.tasks)
        for i in services.indices {
            let key = services[i].cluster + "/" + services[i].name
            services[i].deployments = Rows.counting(deployments[key] ?? [], tasks: tasksByService[key] ?? .empty)
            services[i].events = (events[key] ?? []).sorted { $0.id < $1.id }.map(\.message)
        }
        w.services = services
        return w
    }

    public func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])? {
        let name = ServiceName(cluster: cluster, name: name)
        return try read { db in try self.services(db, [name]).first ?? nil }
    }

    /// In one snapshot: the round of a watch that reads a thousand finished
    /// rollouts opened a read transaction for each.
    public func readServices(_ services: [ServiceName]) async throws -> [(ServiceState, [TaskState])?] {
        try read { db in try self.services(db, services) }
    }

    /// The newest 20, as `aws ecs list-tasks --desired-status STOPPED` shows them.
    public func readStoppedTasks(
        cluster: String, service: String
    ) async throws -> [TaskState] {
        try read { db in
            let since = try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT MIN(created_serial) FROM deployments WHERE cluster = ? AND service = ?"),
                arguments: [cluster, service]) ?? 0
            return try Rows.tasks(db, sql: """
                SELECT \(Rows.taskColumns) FROM tasks
                WHERE cluster = ? AND service = ? AND last_status = 'STOPPED' AND stopped_serial >= ?
                ORDER BY stopped_serial DESC LIMIT 20
                """, arguments: [cluster, service, since])
        }
    }

    // MARK: Mutations

    /// Runs `body` in one write transaction that journals `step` and bumps the serial.
    /// The provider, not the state store, writes the step row: only inside the
    /// transaction of the change itself is the journal never ahead of or behind
    /// the state, so an interrupted apply is explained and resumed exactly.
    func mutate<T>(_ step: StepRecord, _ body: (Database, Int) throws -> T) throws -> T {
        try write { db in
            let serial = try StateDatabase.bumpSerial(db)
            let result = try body(db, serial)
            try db.cachedStatement(sql: "INSERT INTO journal(run_id, address, action, detail, serial) VALUES (?, ?, ?, ?, ?)").execute(
                           arguments: [step.runID, step.address, step.action, step.detail, serial])
            return result
        }
    }

    public func createCluster(_ cluster: Cluster, step: StepRecord) async throws {
        let lineage = try database.lineage()
        try mutate(step) { db, _ in
            if let status = try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM clusters WHERE name = ?"), arguments: [cluster.name]), status == "ACTIVE" {
                throw BackendError("cluster \(cluster.name) already exists")
            }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO clusters(name, arn, status, managed, spec) VALUES (?, ?, 'ACTIVE', 1, ?)").execute(
                           arguments: [cluster.name, self.naming.clusterArn(cluster.name), try JSON.string(cluster)])
            try self.syncInstances(cluster, lineage: lineage, db)
        }
    }

    public func updateCluster(_ cluster: Cluster, step: StepRecord) async throws {
        let lineage = try database.lineage()
        try mutate(step) { db, _ in
            try db.cachedStatement(sql: "UPDATE clusters SET spec = ? WHERE name = ?").execute(arguments: [try JSON.string(cluster), cluster.name])
            guard db.changesCount > 0 else { throw BackendError("cluster \(cluster.name) does not exist") }
            try self.syncInstances(cluster, lineage: lineage, db)
        }
    }

    /// Makes the cluster's container instances match its capacity: adds
    /// instances, and removes idle ones from the end when capacity shrinks.
    func syncInstances(_ cluster: Cluster, lineage: String, _ db: Database) throws {
        let cap = cluster.capacity ?? .default
        let zones = (cap.zones?.isEmpty ?? true) ? ["us-east-1a"] : cap.zones ?? []
        let existing = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, position FROM container_instances WHERE cluster = ? AND status = 'ACTIVE' ORDER BY position"),
                                        arguments: [cluster.name])
        for position in 0..<cap.instances {
            var attributes = cap.attributes ?? [:]
            attributes["ecs.availability-zone"] = zones[position % zones.count]
            attributes["ecs.instance-type"] = cap.instanceType ?? "m5.xlarge"
            attributes["ecs.os-type"] = "linux"
            attributes["ecs.cpu-architecture"] = "x86_64"
            let id = Naming.instanceID(lineage: lineage, cluster: cluster.name, position: position)
            try db.cachedStatement(sql: """
                INSERT INTO container_instances(id, cluster, arn, attributes, cpu, memory, status, position) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)
                ON CONFLICT(id) DO UPDATE SET attributes = excluded.attributes, cpu = excluded.cpu, memory = excluded.memory, status = 'ACTIVE'
                """).execute(arguments: [id, cluster.name, naming.containerInstanceArn(cluster: cluster.name, id: id), try JSON.string(attributes),
                                 cap.cpu ?? 4096, cap.memory ?? 7680, position])
        }
        for row in existing where (row["position"] as Int) >= cap.instances {
            let id: String = row["id"]
            let busy = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM tasks WHERE container_instance_id = ? AND last_status != 'STOPPED'"), arguments: [id]) ?? 0
            if busy > 0 {
                throw BackendError("cannot remove container instance \(id) from \(cluster.name): \(busy) tasks still run on it",
                                   hint: "scale the services on it down first, or keep the capacity")
            }
            try db.cachedStatement(sql: "UPDATE container_instances SET status = 'INACTIVE' WHERE id = ?").execute(arguments: [id])
        }
    }

    public func deleteCluster(name: String, step: StepRecord) async throws {
        try mutate(step) { db, _ in
            let services = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM services WHERE cluster = ? AND status = 'ACTIVE'"), arguments: [name]) ?? 0
            if services > 0 { throw BackendError("cluster \(name) still has \(services) active services", hint: "delete them first (--prune does this in order)") }
            try db.cachedStatement(sql: "UPDATE clusters SET status = 'INACTIVE' WHERE name = ?").execute(arguments: [name])
            try db.cachedStatement(sql: "UPDATE container_instances SET status = 'INACTIVE' WHERE cluster = ?").execute(arguments: [name])
        }
    }

    public func registerTaskDefinition(_ definition: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision {
        try await registerTaskDefinition(definition, contentDigest: nil, step: step)
    }

    public func registerTaskDefinition(
        _ definition: TaskDefinition, contentDigest: String?, step: StepRecord
    ) async throws -> TaskDefinitionRevision {
        // The simulator runs no containers, so it keeps only digests of secret-looking
        // environment values: the state file never holds their plaintext. Both are
        // worked out before the write, which then holds the file only to write.
        let stored = SecretDigest.redacting(definition)
        let json = try JSON.spec(stored)
        // Redacting does not change the digest: normalization redacts too.
        let digest = contentDigest.map(ContentDigests.stored(digest:)) ?? ContentDigests.stored(stored)
        return try mutate(step) { db, _ in
            // Revisions only go up, even past deregistered (INACTIVE) ones.
            let last = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(revision) FROM task_definitions WHERE family = ?"), arguments: [definition.family]) ?? 0
            let rev = TaskDefinitionRevision(family: definition.family, revision: last + 1,
                                             arn: self.naming.taskDefinitionArn(family: definition.family, revision: last + 1),
                                             managed: true, spec: stored)
            try db.cachedStatement(sql: """
                INSERT INTO task_definitions(family, revision, arn, status, managed, spec, content_digest)
                VALUES (?, ?, ?, 'ACTIVE', 1, ?, ?)
                """).execute(arguments: [rev.family, rev.revision, rev.arn, json, digest])
            self.registered.remember(rev.arn, json: json, spec: stored)
            return rev
        }
    }

    public func deregisterTaskDefinition(arn: String, step: StepRecord) async throws {
        try mutate(step) { db, _ in
            try db.cachedStatement(sql: "UPDATE task_definitions SET status = 'INACTIVE' WHERE arn = ?").execute(arguments: [arn])
            guard db.changesCount > 0 else { throw BackendError("task definition \(arn) does not exist") }
        }
    }

    public func createService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try mutate(step) { db, serial in
            guard try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM clusters WHERE name = ? AND status = 'ACTIVE'"), arguments: [service.cluster]) != nil else {
                throw BackendError("cluster \(service.cluster) does not exist")
            }
            if try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM services WHERE cluster = ? AND name = ? AND status != 'INACTIVE'"),
                                   arguments: [service.cluster, service.name]) != nil {
                throw BackendError("service \(service.cluster)/\(service.name) already exists")
            }
            try Self.requireRevision(taskDefinitionArn, db)
            var spec = service
            spec.taskDefinition = taskDefinitionArn
            spec.desiredCount = desiredCount
            try db.cachedStatement(sql: "DELETE FROM services WHERE cluster = ? AND name = ?").execute(arguments: [service.cluster, service.name])
            let json = try JSON.spec(spec)
            try db.cachedStatement(sql: """
                INSERT INTO services(cluster, name, arn, status, managed, task_definition_arn, desired_count, spec) VALUES (?, ?, ?, 'ACTIVE', 1, ?, ?, ?)
                """).execute(arguments: [service.cluster, service.name, self.naming.serviceArn(cluster: service.cluster, name: service.name),
                                 taskDefinitionArn, desiredCount, json])
            self.remember(spec, writtenAs: json)
            try self.startDeployment(cluster: service.cluster, service: service.name, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, serial: serial, db)
        }
    }

    /// Keeps a service spec just written for the reads that follow, as its
    /// JSON reads back (a revision's ARN by name), not as given.
    func remember(_ spec: Service, writtenAs json: String) {
        writtenServices.remember(ServiceName(cluster: spec.cluster, name: spec.name), json: json, spec: spec.readBack)
    }

    public func updateService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try mutate(step) { db, serial in
            // Only what the update needs of the stored service: not its whole spec decoded.
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT task_definition_arn, json_extract(spec, '$.tags') FROM services
                    WHERE cluster = ? AND name = ? AND status = 'ACTIVE'
                    """),
                arguments: [service.cluster, service.name])
            else {
                throw BackendError("service \(service.cluster)/\(service.name) does not exist")
            }
            try Self.requireRevision(taskDefinitionArn, db)
            var spec = service
            spec.taskDefinition = taskDefinitionArn
            spec.desiredCount = desiredCount
            // nil tags mean "leave them", as UpdateService does on ECS.
            if spec.tags == nil, let kept: String = row[1] { spec.tags = try Service.decodeTags(jsonText: kept) }
            let json = try JSON.spec(spec)
            try db.cachedStatement(sql: "UPDATE services SET task_definition_arn = ?, desired_count = ?, spec = ? WHERE cluster = ? AND name = ?").execute(
                arguments: [taskDefinitionArn, desiredCount, json, service.cluster, service.name])
            self.remember(spec, writtenAs: json)
            if (row[0] as String) != taskDefinitionArn {
                try self.startDeployment(cluster: service.cluster, service: service.name, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, serial: serial, db)
            } else {
                try db.cachedStatement(sql: "UPDATE deployments SET desired_count = ? WHERE cluster = ? AND service = ? AND status = 'PRIMARY'").execute(
                               arguments: [desiredCount, service.cluster, service.name])
            }
        }
    }

    static func requireRevision(_ arn: String, _ db: Database) throws {
        guard try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM task_definitions WHERE arn = ?"), arguments: [arn]) != nil else {
            throw BackendError("task definition \(arn) does not exist")
        }
    }

    /// A new PRIMARY deployment; the previous ones become ACTIVE. The simulated
    /// deployment controller replaces their tasks step by step.
    func startDeployment(cluster: String, service: String, taskDefinitionArn: String, desiredCount: Int, serial: Int, _ db: Database) throws {
        _ = try SimDeployment.start(db, cluster: cluster, service: service, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, serial: serial)
    }

    public func deleteService(cluster: String, name: String, step: StepRecord) async throws {
        try mutate(step) { db, serial in
            try db.cachedStatement(sql: """
                UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = 'Service deleted', stopped_serial = ?,
                  \(TaskExpiry.stampStoppedAt)
                WHERE cluster = ? AND service = ? AND last_status != 'STOPPED'
                """).execute(arguments: [serial, cluster, name])
            try db.cachedStatement(sql: "UPDATE services SET status = 'INACTIVE', desired_count = 0 WHERE cluster = ? AND name = ?").execute(arguments: [cluster, name])
            try db.cachedStatement(sql: "DELETE FROM deployments WHERE cluster = ? AND service = ?").execute(arguments: [cluster, name])
        }
    }

    public func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws {
        guard !taskArns.isEmpty else { return }
        try mutate(step) { db, serial in
            for arn in taskArns {
                try db.cachedStatement(sql: """
                    UPDATE tasks SET last_status = 'STOPPED', desired_status = 'STOPPED', stopped_reason = ?, stopped_serial = ?,
                      \(TaskExpiry.stampStoppedAt)
                    WHERE id = ? AND arn = ? AND cluster = ? AND last_status != 'STOPPED'
                    """).execute(arguments: [reason, serial, TaskState.id(fromArn: arn), arn, cluster])
            }
        }
    }

    public var simulatesTime: Bool { true }

    public func awaitProgress() async throws {
        _ = try write { db in try self.simulator.step(db) }
    }

    // MARK: Simulator knobs (local backend only)

    /// Makes tasks of a revision fail to start (`CannotPullContainerError`), for
    /// circuit-breaker and rollout-failure tests. `nil` clears it.
    public func setStartFailure(taskDefinitionArn: String, failing: Bool) throws {
        try db.write { db in
            if failing {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO faults(task_definition_arn, mode) VALUES (?, 'fail-start')").execute(arguments: [taskDefinitionArn])
            } else {
                try db.cachedStatement(sql: "DELETE FROM faults WHERE task_definition_arn = ?").execute(arguments: [taskDefinitionArn])
            }
        }
    }

    /// Runs scheduler steps until nothing is PENDING and every service has its
    /// tasks (or `limit` steps pass). Returns the number of steps taken.
    @discardableResult
    public func settle(limit: Int = 50) async throws -> Int {
        for i in 0..<limit {
            let changed = try write { db in try self.simulator.step(db) }
            if !changed { return i }
        }
        return limit
    }
}

extension SimulatedECSProvider {
    /// Changes desiredCount without recording it as applied, as autoscaling or
    /// a console edit would: the next plan shows it as drift.
    public func setDesiredCountOutOfBand(cluster: String, name: String, count: Int) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE services SET desired_count = ? WHERE cluster = ? AND name = ? AND status = 'ACTIVE'").execute(arguments: [count, cluster, name])
            guard db.changesCount > 0 else { throw BackendError("service \(cluster)/\(name) does not exist") }
            try db.cachedStatement(sql: "UPDATE deployments SET desired_count = ? WHERE cluster = ? AND service = ? AND status = 'PRIMARY'").execute(arguments: [count, cluster, name])
            try StateDatabase.bumpSerial(db)
        }
    }
}
