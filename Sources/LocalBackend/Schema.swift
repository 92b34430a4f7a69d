import GRDB

/// Versioned migrations. A database whose applied migrations include one this
/// build does not know was written by a newer ecsplan and is refused.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-state") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "clusters") { t in
                t.primaryKey("name", .text)
                t.column("arn", .text).notNull()
                t.column("status", .text).notNull()
                t.column("managed", .boolean).notNull()
                t.column("spec", .text).notNull()
            }
            try db.create(table: "container_instances") { t in
                t.primaryKey("id", .text)
                t.column("cluster", .text).notNull().indexed()
                t.column("arn", .text).notNull()
                t.column("attributes", .text).notNull()
                t.column("cpu", .integer).notNull()
                t.column("memory", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "task_definitions") { t in
                t.column("family", .text).notNull()
                t.column("revision", .integer).notNull()
                t.column("arn", .text).notNull().unique()
                t.column("status", .text).notNull()
                t.column("managed", .boolean).notNull()
                t.column("spec", .text).notNull()
                t.primaryKey(["family", "revision"])
            }
            try db.create(table: "services") { t in
                t.column("cluster", .text).notNull()
                t.column("name", .text).notNull()
                t.column("arn", .text).notNull()
                t.column("status", .text).notNull()
                t.column("managed", .boolean).notNull()
                t.column("task_definition_arn", .text).notNull()
                t.column("desired_count", .integer).notNull()
                t.column("spec", .text).notNull()
                t.primaryKey(["cluster", "name"])
            }
            try db.create(table: "deployments") { t in
                t.primaryKey("id", .text)
                t.column("cluster", .text).notNull()
                t.column("service", .text).notNull()
                t.column("status", .text).notNull()
                t.column("task_definition_arn", .text).notNull()
                t.column("desired_count", .integer).notNull()
                t.column("failed_tasks", .integer).notNull().defaults(to: 0)
                t.column("rollout_state", .text).notNull()
                t.column("rollout_state_reason", .text)
                t.column("created_serial", .integer).notNull()
            }
            try db.create(index: "deployments_by_service", on: "deployments", columns: ["cluster", "service"])
            try db.create(table: "tasks") { t in
                t.primaryKey("id", .text)
                t.column("arn", .text).notNull()
                t.column("cluster", .text).notNull()
                t.column("service", .text)
                t.column("group_name", .text).notNull()
                t.column("started_by", .text)
                t.column("task_definition_arn", .text).notNull()
                t.column("container_instance_id", .text)
                t.column("last_status", .text).notNull()
                t.column("desired_status", .text).notNull()
                t.column("stopped_reason", .text)
                t.column("cpu", .integer).notNull()
                t.column("memory", .integer).notNull()
                t.column("host_ports", .text).notNull()
                t.column("created_serial", .integer).notNull()
                t.column("stopped_serial", .integer)
            }
            // Most reads want the tasks that are not STOPPED; keep that set cheap to find.
            try db.create(index: "tasks_active", on: "tasks", columns: ["last_status", "cluster"])
            try db.create(index: "tasks_by_service", on: "tasks", columns: ["cluster", "service", "last_status"])
            try db.create(table: "service_events") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("cluster", .text).notNull()
                t.column("service", .text).notNull()
                t.column("serial", .integer).notNull()
                t.column("message", .text).notNull()
            }
            try db.create(index: "events_by_service", on: "service_events", columns: ["cluster", "service"])
            try db.create(table: "faults") { t in
                t.primaryKey("task_definition_arn", .text)
                t.column("mode", .text).notNull()
            }
            try db.create(table: "runs") { t in
                t.primaryKey("id", .text)
                t.column("command", .text).notNull()
                t.column("plan_serial", .integer).notNull()
                t.column("started_at", .text).notNull()
                t.column("finished_at", .text)
                t.column("outcome", .text)
            }
            try db.create(table: "journal") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .text).notNull().indexed()
                t.column("address", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
                t.column("serial", .integer).notNull()
            }
            try db.create(table: "locks") { t in
                t.primaryKey("id", .text)
                t.column("pid", .integer).notNull()
                t.column("host", .text).notNull()
                t.column("operation", .text).notNull()
                t.column("started_at", .text).notNull()
            }
        }
        // StopTask finds tasks by ARN; without this index every stop scanned the
        // whole task table (the 1 000-service rollout benchmark found it).
        m.registerMigration("v2-task-arn-index") { db in
            try db.create(index: "tasks_by_arn", on: "tasks", columns: ["arn"])
        }
        // Tasks placed through a capacity-provider strategy record their provider.
        m.registerMigration("v3-task-capacity-provider") { db in
            try db.alter(table: "tasks") { t in t.add(column: "capacity_provider", .text) }
        }
        // `state show` prints when each task started. Triggers stamp the moment a
        // task turns RUNNING, whichever part of the simulator turns it.
        m.registerMigration("v4-task-started-at") { db in
            try db.alter(table: "tasks") { t in t.add(column: "started_at", .text) }
            for event in ["INSERT", "UPDATE OF last_status"] {
                let name = event == "INSERT" ? "tasks_started_on_insert" : "tasks_started_on_update"
                try db.execute(sql: """
                    CREATE TRIGGER \(name) AFTER \(event) ON tasks
                    WHEN NEW.last_status = 'RUNNING' AND NEW.started_at IS NULL
                    BEGIN UPDATE tasks SET started_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END
                    """)
            }
        }
        // The deployment controller runs on a simulated clock (seconds, kept in
        // `meta` so a resumed apply continues it). Deployments record their
        // strategy's stage and when its wait ends;
        // alarm states and lifecycle-hook results are settable for tests.
        m.registerMigration("v5-deployment-controller") { db in
            try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('clock', '0')")
            try db.alter(table: "deployments") { t in
                t.add(column: "stage", .text)
                t.add(column: "stage_until", .integer)
                t.add(column: "traffic_percent", .double).notNull().defaults(to: 0)
                t.add(column: "created_at", .integer).notNull().defaults(to: 0)
                t.add(column: "updated_at", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "simulated_alarms") { t in
                t.primaryKey("name", .text)
                t.column("state", .text).notNull()
            }
            try db.create(table: "simulated_hook_results") { t in
                t.primaryKey("hook_target_arn", .text)
                t.column("result", .text).notNull()
            }
            try db.create(table: "hook_invocations") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("cluster", .text).notNull()
                t.column("service", .text).notNull()
                t.column("deployment_id", .text).notNull()
                t.column("stage", .text).notNull()
                t.column("hook_target_arn", .text).notNull()
                t.column("result", .text).notNull()
                t.column("at", .integer).notNull()
            }
        }
        // `ecsplan run`: one-off tasks and their exit codes (SimulatedECSProvider+RunTask.swift).
        m.registerMigration("daytwo-one-off-tasks", migrate: Schema.oneOffTasks)
        // `ecsplan rollback`: every deployment a service had (LocalBackend+DeploymentHistory.swift).
        m.registerMigration("v6-service-deployment-history", migrate: Schema.deploymentHistory)
        // Stopped tasks are forgotten after an hour of simulated time (TaskExpiry.swift).
        m.registerMigration("v7-stopped-task-expiry", migrate: TaskExpiry.migrate)
        // Tasks are found by the id their ARN ends with (the primary key), so the
        // ARN index only cost every task INSERT of a rollout a random-key write.
        m.registerMigration("v8-drop-task-arn-index") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS tasks_by_arn")
        }
        // Only PENDING tasks are looked up by status alone (each step starts them),
        // and tasks_by_service serves every per-service and per-cluster read. The
        // (last_status, cluster) index cost each start and each stop of a rollout
        // one more index entry moved; a partial index holds only the pending ones,
        // so a stop does not touch it at all.
        m.registerMigration("v9-pending-task-index") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS tasks_active;
                CREATE INDEX tasks_pending ON tasks(created_serial) WHERE last_status = 'PENDING';
                """)
        }
        // Each revision's normalized-content digest, so a plan need not normalize
        // an unchanged family again (ContentDigests).
        m.registerMigration("v10-revision-content-digest", migrate: ContentDigests.migrate)
        // v4's triggers cost more than the column they stamp. An insert trigger makes
        // each INSERT a statement that may write several rows, so SQLite opened a
        // statement journal for every task a step started; the update trigger ran
        // its WHEN as a sub-program for each of the thousands of rows a step stops.
        // The one statement that turns tasks RUNNING stamps started_at itself
        // (Simulator.step), as does every insert (TaskInsert inserts PENDING tasks,
        // Rows.insert stamps RUNNING ones).
        m.registerMigration("v11-drop-task-started-triggers") { db in
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS tasks_started_on_insert;
                DROP TRIGGER IF EXISTS tasks_started_on_update;
                """)
        }
        return m
    }
}
