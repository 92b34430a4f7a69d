import ECSPlanCore
import Foundation

/// `ecsplan run` against ECS: RunTask with a clientToken, DescribeTasks in
/// batches of 100 (the API's maximum).
extension AmazonECSProvider: TaskRunner {
    public func runTask(_ request: ECS.RunTaskRequest) async throws -> ECS.RunTaskResponse {
        var request = request
        // One token per invocation: the client's retries of this call send the
        // same one, so a retried request whose response was lost starts nothing twice.
        if request.clientToken == nil {
            let step = StepRecord(runID: UUID().uuidString, address: "task-definition/" + request.taskDefinition, action: "run",
                                  detail: request.startedBy ?? "")
            request.clientToken = ClientToken.make(for: step)
        }
        return try await client.call(ECS.Operations.runTask, request)
    }

    public func describeTasks(cluster: String, taskArns: [String]) async throws -> ECS.DescribeTasksResponse {
        var out = ECS.DescribeTasksResponse(tasks: [], failures: [])
        for chunk in Self.chunks(taskArns, of: 100) {
            let r = try await client.call(ECS.Operations.describeTasks, ECS.DescribeTasksRequest(cluster: cluster, tasks: chunk))
            out.tasks? += r.tasks ?? []
            out.failures? += r.failures ?? []
        }
        return out
    }
}
