/// One-off tasks (`ecsplan run`): RunTask and DescribeTasks in the model's own
/// shapes, so the local simulator and ECS answer alike. A refinement of
/// `ECSProvider` because the planner and the executor never run standalone tasks.
public protocol TaskRunner: ECSProvider {
    /// Starts `request.count` tasks; what could not start comes back as failures.
    func runTask(_ request: ECS.RunTaskRequest) async throws -> ECS.RunTaskResponse

    /// The tasks as they are now, stopped ones included; unknown ARNs are failures (`MISSING`).
    func describeTasks(cluster: String, taskArns: [String]) async throws -> ECS.DescribeTasksResponse

    /// Lets time pass for one-off tasks: the simulator starts and finishes
    /// them; ECS is polled after an interval.
    func awaitTaskProgress() async throws
}

extension TaskRunner {
    public func awaitTaskProgress() async throws { try await awaitProgress() }
}
