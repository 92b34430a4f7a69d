import ECSPlanCore

/// Shapes of the ECS API that ecsplan reads and writes (only the fields it uses).
struct APITag: Codable, Sendable { var key: String; var value: String? }
struct APIFailure: Codable, Sendable { var arn: String?; var reason: String?; var detail: String? }
struct Page: Codable, Sendable { var nextToken: String? }

struct ListClustersRequest: Encodable { var maxResults = 100; var nextToken: String? }
struct ListClustersResponse: Decodable { var clusterArns: [String]; var nextToken: String? }
struct DescribeClustersRequest: Encodable { var clusters: [String]; var include = ["TAGS", "SETTINGS"] }
struct DescribeClustersResponse: Decodable { var clusters: [APICluster]?; var failures: [APIFailure]? }
struct APICluster: Decodable { var clusterArn: String; var clusterName: String; var status: String?; var tags: [APITag]?; var settings: [Cluster.Setting]? }
struct CreateClusterRequest: Encodable { var clusterName: String; var tags: [APITag]?; var settings: [Cluster.Setting]? }
struct UpdateClusterRequest: Encodable { var cluster: String; var settings: [Cluster.Setting] }
struct DeleteClusterRequest: Encodable { var cluster: String }
struct TagResourceRequest: Encodable { var resourceArn: String; var tags: [APITag] }

struct ListServicesRequest: Encodable { var cluster: String; var maxResults = 100; var nextToken: String? }
struct ListServicesResponse: Decodable { var serviceArns: [String]; var nextToken: String? }
struct DescribeServicesRequest: Encodable { var cluster: String; var services: [String]; var include = ["TAGS"] }
struct DescribeServicesResponse: Decodable { var services: [APIService]?; var failures: [APIFailure]? }
/// UpdateService answers with the service, ARN included.
struct UpdateServiceResponse: Decodable { var service: ServiceARN?; struct ServiceARN: Decodable { var serviceArn: String } }
struct APIDeployment: Decodable {
    var id: String; var status: String; var taskDefinition: String; var desiredCount: Int?; var runningCount: Int?; var pendingCount: Int?
    var failedTasks: Int?; var rolloutState: String?; var rolloutStateReason: String?
}
struct APIEvent: Decodable { var message: String? }
struct APIService: Decodable {
    var serviceArn: String; var serviceName: String; var clusterArn: String?; var status: String?; var desiredCount: Int?
    var taskDefinition: String?; var launchType: String?; var schedulingStrategy: String?
    var deploymentConfiguration: DeploymentConfiguration?; var placementStrategy: [PlacementStrategy]?; var placementConstraints: [PlacementConstraint]?
    var networkConfiguration: NetworkConfiguration?; var loadBalancers: [LoadBalancer]?; var healthCheckGracePeriodSeconds: Int?
    var enableExecuteCommand: Bool?; var propagateTags: String?; var platformVersion: String?; var tags: [APITag]?
    var deployments: [APIDeployment]?; var events: [APIEvent]?
}

/// CreateService and UpdateService share their settings.
struct ServiceRequest: Encodable {
    var cluster: String
    var serviceName: String?
    var service: String?
    var taskDefinition: String
    var desiredCount: Int?
    var launchType: String?
    var schedulingStrategy: String?
    var deploymentConfiguration: DeploymentConfiguration?
    var placementStrategy: [PlacementStrategy]?
    var placementConstraints: [PlacementConstraint]?
    var networkConfiguration: NetworkConfiguration?
    var loadBalancers: [LoadBalancer]?
    var healthCheckGracePeriodSeconds: Int?
    var enableExecuteCommand: Bool?
    var propagateTags: String?
    var platformVersion: String?
    var tags: [APITag]?
}
struct DeleteServiceRequest: Encodable { var cluster: String; var service: String; var force = true }

struct ListContainerInstancesRequest: Encodable { var cluster: String; var maxResults = 100; var nextToken: String? }
struct ListContainerInstancesResponse: Decodable { var containerInstanceArns: [String]; var nextToken: String? }
struct DescribeContainerInstancesRequest: Encodable { var cluster: String; var containerInstances: [String] }
struct DescribeContainerInstancesResponse: Decodable { var containerInstances: [APIContainerInstance]? }
struct APIResource: Decodable { var name: String; var integerValue: Int? }
struct APIAttribute: Decodable { var name: String; var value: String? }
struct APIContainerInstance: Decodable {
    var containerInstanceArn: String; var ec2InstanceId: String?; var status: String?
    var registeredResources: [APIResource]?; var attributes: [APIAttribute]?
}

struct ListTasksRequest: Encodable { var cluster: String; var maxResults = 100; var nextToken: String?; var serviceName: String? }
struct ListTasksResponse: Decodable { var taskArns: [String]; var nextToken: String? }
struct DescribeTasksRequest: Encodable { var cluster: String; var tasks: [String] }
struct DescribeTasksResponse: Decodable { var tasks: [APITask]? }
struct APITask: Decodable {
    var taskArn: String; var clusterArn: String?; var taskDefinitionArn: String; var containerInstanceArn: String?
    var lastStatus: String?; var desiredStatus: String?; var group: String?; var startedBy: String?; var stoppedReason: String?
    var cpu: String?; var memory: String?
}
struct StopTaskRequest: Encodable { var cluster: String; var task: String; var reason: String }
