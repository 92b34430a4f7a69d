import ECSPlanCore
import Foundation

/// `ecsplan run` against ECS: RunTask with a clientToken, DescribeTasks in
/// batches of 100 (the API's maximum).
extension AmazonECSProvider: TaskRunner {
    /// One token per invocation: the client's retries of this call send the
    /// same one, so a retried request whose response was lost starts nothing twice.
    public func runTask(_ request: ECS.RunTaskRequest) async throws -> ECS.RunTaskResponse {
        let step = StepRecord(runID: UUID().uuidString, address: "task-definition/" + request.taskDefinition, action: "run",
                              detail: request.startedBy ?? "")
        return try await runTask(request, step: step)
    }

    /// The token comes from the apply run and its step: a rerun after a
    /// failure sends another, so ECS starts the task again.
    public func runTask(_ request: ECS.RunTaskRequest, step: StepRecord) async throws -> ECS.RunTaskResponse {
        var request = request
        if request.clientToken == nil { request.clientToken = ClientToken.make(for: step) }
        return try await client.call(ECS.Operations.runTask, request)
    }

    /// ECS keeps no apply journal (as `beginRun` and `finishRun` keep none).
    public func recordStep(_ step: StepRecord) async throws {}

    public func describeTasks(cluster: String, taskArns: [String]) async throws -> ECS.DescribeTasksResponse {
        var out = ECS.DescribeTasksResponse(tasks: [], failures: [])
        for chunk in Self.chunks(taskArns, of: 100) {
            let r = try await describeTaskChunk(cluster: cluster, chunk)
            out.tasks? += r.tasks ?? []
            out.failures? += r.failures ?? []
        }
        return out
    }
}
