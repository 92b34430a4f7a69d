import ECSPlanCore
import GRDB

extension SimulatedECSProvider {
    /// Writes a whole world into an empty state in one transaction, bypassing
    /// the simulator: its services with their deployments and events. For
    /// benchmarks and large fixtures, where applying thousands of services step
    /// by step would measure the wrong thing.
    public func seed(_ world: World) throws {
        try write { db in
            let serial = try StateDatabase.bumpSerial(db)
            for c in world.clusters {
                try db.execute(sql: "INSERT INTO clusters(name, arn, status, managed, spec) VALUES (?, ?, ?, ?, ?)",
                               arguments: [c.name, c.arn, c.status, c.managed, try JSON.string(c.spec)])
            }
            for (position, i) in world.containerInstances.enumerated() {
                try db.execute(sql: "INSERT INTO container_instances(id, cluster, arn, attributes, cpu, memory, status, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [i.id, i.cluster, i.arn, try JSON.string(i.attributes), i.cpu, i.memory, i.status, position])
            }
            let digests = Parallel.map(world.taskDefinitions) { ContentDigests.stored($0.spec) }
            for (r, digest) in zip(world.taskDefinitions, digests) {
                try db.execute(sql: """
                    INSERT INTO task_definitions(family, revision, arn, status, managed, spec, content_digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.family, r.revision, r.arn, r.status, r.managed, try JSON.spec(r.spec), digest])
            }
            for s in world.services {
                try db.execute(sql: """
                    INSERT INTO services(cluster, name, arn, status, managed, task_definition_arn, desired_count, spec) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [s.cluster, s.name, s.arn, s.status, s.managed, s.taskDefinitionArn, s.desiredCount,
                                     try JSON.spec(s.spec)])
                // Its events, oldest first, as a service's history is kept.
                for message in s.events {
                    try db.cachedStatement(sql: """
                        INSERT INTO service_events(cluster, service, serial, message) VALUES (?, ?, ?, ?)
                        """).execute(arguments: [s.cluster, s.name, serial, message])
                }
                for d in s.deployments {
                    try db.execute(sql: """
                        INSERT INTO deployments(id, cluster, service, status, task_definition_arn, desired_count, failed_tasks, rollout_state, created_serial)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [d.id, s.cluster, s.name, d.status, d.taskDefinitionArn, d.desiredCount, d.failedTasks, d.rolloutState, serial])
                }
            }
            for t in world.tasks {
                try Rows.insert(t, service: t.serviceName, serial: serial, db)
            }
        }
    }
}
