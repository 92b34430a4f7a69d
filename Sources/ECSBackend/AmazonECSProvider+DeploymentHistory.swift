import ECSModel
import ECSPlanCore
import Foundation

/// ECS keeps a service's deployments (ListServiceDeployments) with the service
/// revision each one deployed; DescribeServiceRevisions names the task
/// definition of each. This is what `ecsplan rollback` goes back to.
extension AmazonECSProvider: DeploymentHistoryReader {
    /// The newest 100 deployments (one page: a rollback looks a few back, not a year).
    public func deploymentHistory(cluster: String, service: String) async throws -> [ServiceDeploymentRecord] {
        let page = try await client.call(ECS.Operations.listServiceDeployments,
                                         ECS.ListServiceDeploymentsRequest(service: service, cluster: cluster, maxResults: 100))
        let briefs = (page.serviceDeployments ?? []).sorted {
            ($0.createdAt ?? $0.startedAt ?? .init(secondsSince1970: 0)) > ($1.createdAt ?? $1.startedAt ?? .init(secondsSince1970: 0))
        }
        var seen = Set<String>()
        let revisionArns = briefs.compactMap(\.targetServiceRevisionArn).filter { seen.insert($0).inserted }
        var taskDefinitions: [String: String] = [:]
        for chunk in Self.chunks(revisionArns, of: 20) {
            let r = try await client.call(ECS.Operations.describeServiceRevisions, ECS.DescribeServiceRevisionsRequest(serviceRevisionArns: chunk))
            for revision in r.serviceRevisions ?? [] {
                if let arn = revision.serviceRevisionArn, let td = revision.taskDefinition { taskDefinitions[arn] = td }
            }
        }
        return briefs.compactMap { b in
            guard let revision = b.targetServiceRevisionArn, let td = taskDefinitions[revision] else { return nil }
            return ServiceDeploymentRecord(id: b.serviceDeploymentArn ?? revision, taskDefinitionArn: td, status: b.status?.rawValue ?? "UNKNOWN",
                                           startedAt: b.startedAt.map { Self.iso8601($0.date) }, finishedAt: b.finishedAt.map { Self.iso8601($0.date) })
        }
    }
}
