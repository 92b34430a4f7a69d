import ECSPlanCore
import GRDB

/// What the simulated deployment controller reads from the world outside ECS,
/// kept in the state and set by tests or by `ecsplan state simulate`:
/// CloudWatch alarm states (default OK) and lifecycle-hook results (default
/// SUCCEEDED). Nothing here exists on the `ecs` backend, where CloudWatch and
/// the hooks' Lambda functions answer for themselves.
extension SimulatedECSProvider {
    /// One recorded lifecycle-hook invocation.
    public struct HookInvocation: Sendable, Hashable {
        public var deploymentID: String
        public var stage: String
        public var hookTargetArn: String
        public var result: String
        /// Simulated seconds.
        public var at: Int
    }

    /// Sets a CloudWatch alarm's simulated state: `ALARM` fails (or rolls back)
    /// a deployment whose `alarms` name it; `OK` clears it.
    public func setAlarmState(name: String, state: String) throws {
        try write { db in
            if state == "OK" {
                try db.execute(
                    sql: "DELETE FROM simulated_alarms WHERE name = ?", arguments: [name])
            } else {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO simulated_alarms(name, state) VALUES (?, ?)",
                    arguments: [name, state])
            }
        }
    }

    /// Sets what the lifecycle hook with this target ARN answers: `SUCCEEDED`
    /// (the default) or `FAILED`, which rolls the deployment back.
    public func setHookResult(hookTargetArn: String, result: String) throws {
        try write { db in
            if result == "SUCCEEDED" {
                try db.execute(
                    sql: "DELETE FROM simulated_hook_results WHERE hook_target_arn = ?",
                    arguments: [hookTargetArn])
            } else {
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO simulated_hook_results(hook_target_arn, result) VALUES (?, ?)",
                    arguments: [hookTargetArn, result])
            }
        }
    }

    /// Every lifecycle-hook invocation of a service, oldest first.
    public func hookInvocations(cluster: String, service: String) throws -> [HookInvocation] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM hook_invocations WHERE cluster = ? AND service = ? ORDER BY id",
                arguments: [cluster, service]
            ).map {
                HookInvocation(
                    deploymentID: $0["deployment_id"], stage: $0["stage"],
                    hookTargetArn: $0["hook_target_arn"], result: $0["result"], at: $0["at"])
            }
        }
    }

    /// The simulated clock, in seconds.
    public func simulatedClock() throws -> Int {
        try read { db in try SimulatedClock.now(db) }
    }
}
