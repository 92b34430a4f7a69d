/// A task-definition family as configured. Each content change registers revision N+1.
public struct TaskDefinition: Codable, Sendable, Hashable, HasReadOnlyFields {
    public var family: String
    public var containerDefinitions: [ContainerDefinition]
    public var networkMode: String?
    public var cpu: ResourceQuantity?
    public var memory: ResourceQuantity?
    public var volumes: [Volume]?
    public var taskRoleArn: String?
    public var executionRoleArn: String?
    public var requiresCompatibilities: [String]?
    public var placementConstraints: [PlacementConstraint]?
    public var runtimePlatform: RuntimePlatform?
    public var pidMode: String?
    public var ipcMode: String?
    public var tags: Tags?
    /// ecsplan's own: deregister older revisions not in use, keeping the newest N.
    public var keepRevisions: Int?

    public init(family: String, containerDefinitions: [ContainerDefinition]) {
        self.family = family
        self.containerDefinitions = containerDefinitions
    }

    static let readOnlyFields: Set<String> = [
        "taskDefinitionArn", "revision", "status", "registeredAt", "registeredBy", "deregisteredAt",
        "requiresAttributes", "compatibilities", "inferenceAccelerators", "enableFaultInjection",
    ]

    public var isFargate: Bool { requiresCompatibilities?.contains("FARGATE") ?? false }
}

public struct Volume: Codable, Sendable, Hashable {
    public struct Host: Codable, Sendable, Hashable { public var sourcePath: String? }
    public struct EFS: Codable, Sendable, Hashable {
        public var fileSystemId: String
        public var rootDirectory: String?
        public var transitEncryption: String?
    }
    public struct DockerVolume: Codable, Sendable, Hashable {
        public var scope: String?
        public var autoprovision: Bool?
        public var driver: String?
        public var driverOpts: [String: String]?
        public var labels: [String: String]?
    }
    public var name: String
    public var host: Host?
    public var efsVolumeConfiguration: EFS?
    public var dockerVolumeConfiguration: DockerVolume?
}

public struct PlacementConstraint: Codable, Sendable, Hashable {
    public var type: String
    public var expression: String?
    public init(type: String, expression: String? = nil) {
        self.type = type
        self.expression = expression
    }
}

public struct PlacementStrategy: Codable, Sendable, Hashable {
    public var type: String
    public var field: String?
    public init(type: String, field: String? = nil) {
        self.type = type
        self.field = field
    }
}

public struct RuntimePlatform: Codable, Sendable, Hashable {
    public var cpuArchitecture: String?
    public var operatingSystemFamily: String?
}
