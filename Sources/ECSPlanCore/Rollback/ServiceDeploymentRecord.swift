/// One deployment in a service's history, as ECS's ListServiceDeployments and
/// DescribeServiceRevisions tell it (the local simulator keeps the same record):
/// which revision it deployed and how it ended. Newest first in a history.
public struct ServiceDeploymentRecord: Sendable, Codable, Hashable {
    public var id: String
    public var taskDefinitionArn: String
    /// ECS's ServiceDeploymentStatus: SUCCESSFUL, IN_PROGRESS, ROLLBACK_SUCCESSFUL, STOPPED, …
    public var status: String
    /// When it started and finished, as ISO 8601 text (or the simulated clock's
    /// `t+SECONDSs` on the local backend); nil when not reported.
    public var startedAt: String?
    public var finishedAt: String?

    public init(id: String, taskDefinitionArn: String, status: String, startedAt: String? = nil, finishedAt: String? = nil) {
        self.id = id
        self.taskDefinitionArn = taskDefinitionArn
        self.status = status
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }

    /// The deployment brought every task to its revision and stayed there.
    public var succeeded: Bool { status == "SUCCESSFUL" }
}

/// A backend that can say which revisions a service ran before: what
/// `ecsplan rollback` goes back to, read rather than guessed from revision numbers.
public protocol DeploymentHistoryReader: Backend {
    /// The service's deployments, newest first; empty when none is recorded.
    func deploymentHistory(cluster: String, service: String) async throws -> [ServiceDeploymentRecord]
}
