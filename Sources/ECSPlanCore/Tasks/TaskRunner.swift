/// One-off tasks (`ecsplan run`, a service's `runBefore`): RunTask and
/// DescribeTasks in the model's own shapes, so the local simulator and ECS
/// answer alike. A refinement of `ECSProvider` because the planner never
/// runs standalone tasks.
public protocol TaskRunner: ECSProvider {
    /// Starts `request.count` tasks; what could not start comes back as failures.
    func runTask(_ request: ECS.RunTaskRequest) async throws -> ECS.RunTaskResponse

    /// Starts tasks as a step of an apply run (`runBefore`): the local state
    /// journals the start under `step`; ECS gets a clientToken derived from it,
    /// so a retried call starts nothing twice while a new run starts anew.
    func runTask(_ request: ECS.RunTaskRequest, step: StepRecord) async throws -> ECS.RunTaskResponse

    /// Journals how a step that ran tasks ended (`run-before-failed`, …), so a
    /// failed migration shows in the record; a backend without a journal keeps none.
    func recordStep(_ step: StepRecord) async throws

    /// The tasks as they are now, stopped ones included; unknown ARNs are failures (`MISSING`).
    func describeTasks(cluster: String, taskArns: [String]) async throws -> ECS.DescribeTasksResponse

    /// Lets time pass for one-off tasks: the simulator starts and finishes
    /// them; ECS is polled after an interval.
    func awaitTaskProgress() async throws
}

extension TaskRunner {
    public func awaitTaskProgress() async throws { try await awaitProgress() }
}
