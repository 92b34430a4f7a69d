/// A service as configured: keeps `desiredCount` tasks of one task definition running.
public struct Service: Codable, Sendable, Hashable, HasReadOnlyFields {
    public var name: String
    public var cluster: String
    /// A family managed here (its latest revision) or `family:revision`.
    public var taskDefinition: String
    public var desiredCount: Int?
    public var launchType: String?
    public var schedulingStrategy: String?
    public var deploymentConfiguration: DeploymentConfiguration?
    public var placementStrategy: [PlacementStrategy]?
    public var placementConstraints: [PlacementConstraint]?
    public var networkConfiguration: NetworkConfiguration?
    public var loadBalancers: [LoadBalancer]?
    public var healthCheckGracePeriodSeconds: Int?
    public var enableExecuteCommand: Bool?
    public var propagateTags: String?
    public var platformVersion: String?
    public var tags: Tags?
    /// Fields owned by something else (autoscaling, CI): the plan keeps the live value.
    public var ignoreChanges: [String]?

    public init(name: String, cluster: String, taskDefinition: String, desiredCount: Int? = nil) {
        self.name = name
        self.cluster = cluster
        self.taskDefinition = taskDefinition
        self.desiredCount = desiredCount
    }

    static let readOnlyFields: Set<String> = [
        "serviceArn", "serviceName", "clusterArn", "status", "runningCount", "pendingCount", "deployments",
        "events", "createdAt", "createdBy", "roleArn", "taskSets", "deploymentController",
    ]

    public var isDaemon: Bool { schedulingStrategy == "DAEMON" }
}

public struct DeploymentConfiguration: Codable, Sendable, Hashable {
    public struct CircuitBreaker: Codable, Sendable, Hashable {
        public var enable: Bool
        public var rollback: Bool
        public init(enable: Bool, rollback: Bool) {
            self.enable = enable
            self.rollback = rollback
        }
    }
    public var minimumHealthyPercent: Int?
    public var maximumPercent: Int?
    public var deploymentCircuitBreaker: CircuitBreaker?
    public init(minimumHealthyPercent: Int? = nil, maximumPercent: Int? = nil, deploymentCircuitBreaker: CircuitBreaker? = nil) {
        self.minimumHealthyPercent = minimumHealthyPercent
        self.maximumPercent = maximumPercent
        self.deploymentCircuitBreaker = deploymentCircuitBreaker
    }
}

public struct NetworkConfiguration: Codable, Sendable, Hashable {
    public struct AwsVpc: Codable, Sendable, Hashable {
        public var subnets: [String]
        public var securityGroups: [String]?
        public var assignPublicIp: String?
    }
    public var awsvpcConfiguration: AwsVpc?
}

public struct LoadBalancer: Codable, Sendable, Hashable {
    public var targetGroupArn: String?
    public var loadBalancerName: String?
    public var containerName: String?
    public var containerPort: Int?
}
