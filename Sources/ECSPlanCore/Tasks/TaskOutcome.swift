/// What a finished one-off task means for `ecsplan run`'s exit code: the exit
/// code of its essential container, or 1 when it never got that far.
public struct TaskOutcome: Sendable, Equatable {
    public var taskArn: String
    public var stoppedReason: String?
    public var containers: [(name: String, exitCode: Int?, reason: String?)]
    /// The essential container's exit code; nil when it has none (the task did not start).
    public var essentialExitCode: Int?

    public static func == (a: TaskOutcome, b: TaskOutcome) -> Bool {
        a.taskArn == b.taskArn && a.stoppedReason == b.stoppedReason && a.essentialExitCode == b.essentialExitCode
            && a.containers.map(\.name) == b.containers.map(\.name) && a.containers.map(\.exitCode) == b.containers.map(\.exitCode)
    }

    /// `essential` names the containers the revision marks essential (ECS's default is true).
    public init(_ task: ECS.Task, essential: Set<String>) {
        taskArn = task.taskArn ?? ""
        stoppedReason = task.stoppedReason
        containers = (task.containers ?? []).map { ($0.name ?? "", $0.exitCode, $0.reason) }
        // The first essential container with a code: the one whose exit stopped the task.
        let codes = containers.filter { essential.contains($0.name) }.compactMap(\.exitCode)
        essentialExitCode = codes.first { $0 != 0 } ?? codes.first
    }

    /// The command's exit code: the essential container's, 1 when there is none.
    public var exitCode: Int32 { essentialExitCode.map { Int32(truncatingIfNeeded: $0) } ?? 1 }
}

extension TaskDefinition {
    /// The containers whose exit stops the task.
    public var essentialContainers: Set<String> {
        Set(definition.containerDefinitions.filter { $0.essential ?? true }.compactMap(\.name))
    }
}
