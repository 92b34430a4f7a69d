/// One container of a task definition, with the ECS API's field names so that
/// `aws ecs describe-task-definition` output pastes in.
public struct ContainerDefinition: Codable, Sendable, Hashable {
    public var name: String?
    public var image: String?
    public var cpu: Int?
    public var memory: Int?
    public var memoryReservation: Int?
    public var essential: Bool?
    public var portMappings: [PortMapping]?
    public var environment: KeyValueList?
    public var environmentFiles: [EnvironmentFile]?
    public var secrets: [Secret]?
    public var command: [String]?
    public var entryPoint: [String]?
    public var workingDirectory: String?
    public var user: String?
    public var healthCheck: HealthCheck?
    public var logConfiguration: LogConfiguration?
    public var mountPoints: [MountPoint]?
    public var volumesFrom: [VolumeFrom]?
    public var dependsOn: [ContainerDependency]?
    public var ulimits: [Ulimit]?
    public var linuxParameters: LinuxParameters?
    public var stopTimeout: Int?
    public var startTimeout: Int?
    public var dockerLabels: [String: String]?
    public var hostname: String?
    public var links: [String]?
    public var privileged: Bool?
    public var readonlyRootFilesystem: Bool?
    public var interactive: Bool?
    public var pseudoTerminal: Bool?
    public var dnsServers: [String]?
    public var dnsSearchDomains: [String]?

    public init(name: String? = nil, image: String? = nil) {
        self.name = name
        self.image = image
    }
}

public struct PortMapping: Codable, Sendable, Hashable {
    public var containerPort: Int?
    public var hostPort: Int?
    public var `protocol`: String?
    public var name: String?
    public var appProtocol: String?
    public init(containerPort: Int? = nil, hostPort: Int? = nil, protocol: String? = nil) {
        self.containerPort = containerPort
        self.hostPort = hostPort
        self.protocol = `protocol`
    }
}

public struct EnvironmentFile: Codable, Sendable, Hashable {
    public var value: String
    public var type: String?
}

public struct Secret: Codable, Sendable, Hashable {
    public var name: String
    public var valueFrom: String
    public init(name: String, valueFrom: String) {
        self.name = name
        self.valueFrom = valueFrom
    }
}

public struct HealthCheck: Codable, Sendable, Hashable {
    public var command: [String]
    public var interval: Int?
    public var timeout: Int?
    public var retries: Int?
    public var startPeriod: Int?
}

public struct LogConfiguration: Codable, Sendable, Hashable {
    public var logDriver: String
    public var options: [String: String]?
    public var secretOptions: [Secret]?
}

public struct MountPoint: Codable, Sendable, Hashable {
    public var sourceVolume: String?
    public var containerPath: String?
    public var readOnly: Bool?
}

public struct VolumeFrom: Codable, Sendable, Hashable {
    public var sourceContainer: String
    public var readOnly: Bool?
}

public struct ContainerDependency: Codable, Sendable, Hashable {
    public var containerName: String
    public var condition: String
}

public struct Ulimit: Codable, Sendable, Hashable {
    public var name: String
    public var softLimit: Int
    public var hardLimit: Int
}

public struct LinuxParameters: Codable, Sendable, Hashable {
    public struct Capabilities: Codable, Sendable, Hashable {
        public var add: [String]?
        public var drop: [String]?
    }
    public var capabilities: Capabilities?
    public var initProcessEnabled: Bool?
    public var sharedMemorySize: Int?
    public var maxSwap: Int?
    public var swappiness: Int?
}
