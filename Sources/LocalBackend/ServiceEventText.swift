/// Service events, deployment reasons and stopped-task reasons worded as ECS
/// words them, so what `ecsplan state show` prints reads like `aws ecs
/// describe-services` output and the watcher handles both alike.
enum ServiceEventText {
    static func started(_ service: String, _ taskIDs: [String]) -> String {
        "(service \(service)) has started \(taskIDs.count) tasks: "
            + taskIDs.map { "(task \($0))" }.joined(separator: " ") + "."
    }

    static func stopped(_ service: String, _ taskIDs: [String]) -> String {
        "(service \(service)) has stopped \(taskIDs.count) running tasks: "
            + taskIDs.map { "(task \($0))" }.joined(separator: " ") + "."
    }

    static func steadyState(_ service: String) -> String {
        "(service \(service)) has reached a steady state."
    }

    static func deploymentCompleted(_ service: String, _ deployment: String) -> String {
        "(service \(service)) (deployment \(deployment)) deployment completed."
    }

    static func deploymentFailed(_ service: String, _ deployment: String, _ why: String) -> String {
        "(service \(service)) (deployment \(deployment)) deployment failed: \(why)."
    }

    static func rollingBack(_ service: String, _ deployment: String) -> String {
        "(service \(service)) rolling back to deployment \(deployment)."
    }

    static func unableToPlace(_ service: String, _ reason: String) -> String {
        "(service \(service)) was unable to place a task. Reason: \(reason)."
    }

    static func trafficShifted(_ service: String, _ deployment: String, percent: Int) -> String {
        "(service \(service)) shifted \(percent)% of production traffic to deployment \(deployment)."
    }

    static func hookInvoked(
        _ service: String, _ hook: String, stage: String, result: String
    ) -> String {
        "(service \(service)) lifecycle hook \(hook) at \(stage): \(result)."
    }

    // rolloutStateReason texts.
    static func inProgress(_ deployment: String) -> String {
        "ECS deployment \(deployment) in progress."
    }
    static func completed(_ deployment: String) -> String {
        "ECS deployment \(deployment) completed."
    }
    static let breakerTripped = "ECS deployment circuit breaker: tasks failed to start."
    static func breakerRollback(to deployment: String) -> String {
        "ECS deployment circuit breaker: rolling back to deploymentId \(deployment)."
    }
    static func alarmTripped(_ names: [String]) -> String {
        "ECS deployment alarm(s) \(names.joined(separator: ", ")) in ALARM state."
    }
    static func alarmRollback(to deployment: String) -> String {
        "ECS deployment alarms: rolling back to deploymentId \(deployment)."
    }
    static func hookFailed(_ hook: String, stage: String) -> String {
        "ECS deployment lifecycle hook \(hook) failed at \(stage)."
    }
    static func hookRollback(to deployment: String) -> String {
        "ECS deployment lifecycle hook: rolling back to deploymentId \(deployment)."
    }

    // stoppedReason texts.
    static func scalingActivity(_ deployment: String) -> String {
        "Scaling activity initiated by (deployment \(deployment))"
    }
    static let cannotPull =
        "CannotPullContainerError: pull image manifest has been retried 5 time(s): simulated start failure"
}
