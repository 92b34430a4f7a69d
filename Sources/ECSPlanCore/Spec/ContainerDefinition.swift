/// One container of a task definition, with the ECS API's field names so that
/// `aws ecs describe-task-definition` output pastes in.
///
/// 20 000 of these are alive in a large plan. Lists, maps and the common
/// fields are stored inline; the wide fields containers seldom set (strings,
/// numbers, flags, `linuxParameters`) share one copy-on-write box that is
/// absent when none is set (the struct went from 456 to 304 bytes).
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
    public var workingDirectory: String? { get { rare.workingDirectory } set { rare.workingDirectory = newValue } }
    public var user: String? { get { rare.user } set { rare.user = newValue } }
    public var healthCheck: HealthCheck?
    public var logConfiguration: LogConfiguration?
    public var mountPoints: [MountPoint]?
    public var volumesFrom: [VolumeFrom]?
    public var dependsOn: [ContainerDependency]?
    public var ulimits: [Ulimit]?
    public var linuxParameters: LinuxParameters? { get { rare.linuxParameters } set { rare.linuxParameters = newValue } }
    public var stopTimeout: Int? { get { rare.stopTimeout } set { rare.stopTimeout = newValue } }
    public var startTimeout: Int? { get { rare.startTimeout } set { rare.startTimeout = newValue } }
    public var dockerLabels: [String: String]?
    public var hostname: String? { get { rare.hostname } set { rare.hostname = newValue } }
    public var links: [String]?
    public var privileged: Bool? { get { rare.privileged } set { rare.privileged = newValue } }
    public var readonlyRootFilesystem: Bool? { get { rare.readonlyRootFilesystem } set { rare.readonlyRootFilesystem = newValue } }
    public var interactive: Bool? { get { rare.interactive } set { rare.interactive = newValue } }
    public var pseudoTerminal: Bool? { get { rare.pseudoTerminal } set { rare.pseudoTerminal = newValue } }
    public var dnsServers: [String]?
    public var dnsSearchDomains: [String]?
    private var rare = RareFields()

    public init(name: String? = nil, image: String? = nil) {
        self.name = name
        self.image = image
    }

    // Written out (the boxed fields are not stored properties), in the order
    // the synthesized conformance used: decoding asks for every key, which is
    // how unknown keys are found, and encoding writes the same form as before.
    private enum CodingKeys: String, CodingKey {
        case name, image, cpu, memory, memoryReservation, essential, portMappings, environment, environmentFiles, secrets
        case command, entryPoint, workingDirectory, user, healthCheck, logConfiguration, mountPoints, volumesFrom, dependsOn
        case ulimits, linuxParameters, stopTimeout, startTimeout, dockerLabels, hostname, links, privileged
        case readonlyRootFilesystem, interactive, pseudoTerminal, dnsServers, dnsSearchDomains
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        image = try c.decodeIfPresent(String.self, forKey: .image)
        cpu = try c.decodeIfPresent(Int.self, forKey: .cpu)
        memory = try c.decodeIfPresent(Int.self, forKey: .memory)
        memoryReservation = try c.decodeIfPresent(Int.self, forKey: .memoryReservation)
        essential = try c.decodeIfPresent(Bool.self, forKey: .essential)
        portMappings = try c.decodeIfPresent([PortMapping].self, forKey: .portMappings)
        environment = try c.decodeIfPresent(KeyValueList.self, forKey: .environment)
        environmentFiles = try c.decodeIfPresent([EnvironmentFile].self, forKey: .environmentFiles)
        secrets = try c.decodeIfPresent([Secret].self, forKey: .secrets)
        command = try c.decodeIfPresent([String].self, forKey: .command)
        entryPoint = try c.decodeIfPresent([String].self, forKey: .entryPoint)
        workingDirectory = try c.decodeIfPresent(String.self, forKey: .workingDirectory)
        user = try c.decodeIfPresent(String.self, forKey: .user)
        healthCheck = try c.decodeIfPresent(HealthCheck.self, forKey: .healthCheck)
        logConfiguration = try c.decodeIfPresent(LogConfiguration.self, forKey: .logConfiguration)
        mountPoints = try c.decodeIfPresent([MountPoint].self, forKey: .mountPoints)
        volumesFrom = try c.decodeIfPresent([VolumeFrom].self, forKey: .volumesFrom)
        dependsOn = try c.decodeIfPresent([ContainerDependency].self, forKey: .dependsOn)
        ulimits = try c.decodeIfPresent([Ulimit].self, forKey: .ulimits)
        linuxParameters = try c.decodeIfPresent(LinuxParameters.self, forKey: .linuxParameters)
        stopTimeout = try c.decodeIfPresent(Int.self, forKey: .stopTimeout)
        startTimeout = try c.decodeIfPresent(Int.self, forKey: .startTimeout)
        dockerLabels = try c.decodeIfPresent([String: String].self, forKey: .dockerLabels)
        hostname = try c.decodeIfPresent(String.self, forKey: .hostname)
        links = try c.decodeIfPresent([String].self, forKey: .links)
        privileged = try c.decodeIfPresent(Bool.self, forKey: .privileged)
        readonlyRootFilesystem = try c.decodeIfPresent(Bool.self, forKey: .readonlyRootFilesystem)
        interactive = try c.decodeIfPresent(Bool.self, forKey: .interactive)
        pseudoTerminal = try c.decodeIfPresent(Bool.self, forKey: .pseudoTerminal)
        dnsServers = try c.decodeIfPresent([String].self, forKey: .dnsServers)
        dnsSearchDomains = try c.decodeIfPresent([String].self, forKey: .dnsSearchDomains)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(image, forKey: .image)
        try c.encodeIfPresent(cpu, forKey: .cpu)
        try c.encodeIfPresent(memory, forKey: .memory)
        try c.encodeIfPresent(memoryReservation, forKey: .memoryReservation)
        try c.encodeIfPresent(essential, forKey: .essential)
        try c.encodeIfPresent(portMappings, forKey: .portMappings)
        try c.encodeIfPresent(environment, forKey: .environment)
        try c.encodeIfPresent(environmentFiles, forKey: .environmentFiles)
        try c.encodeIfPresent(secrets, forKey: .secrets)
        try c.encodeIfPresent(command, forKey: .command)
        try c.encodeIfPresent(entryPoint, forKey: .entryPoint)
        try c.encodeIfPresent(workingDirectory, forKey: .workingDirectory)
        try c.encodeIfPresent(user, forKey: .user)
        try c.encodeIfPresent(healthCheck, forKey: .healthCheck)
        try c.encodeIfPresent(logConfiguration, forKey: .logConfiguration)
        try c.encodeIfPresent(mountPoints, forKey: .mountPoints)
        try c.encodeIfPresent(volumesFrom, forKey: .volumesFrom)
        try c.encodeIfPresent(dependsOn, forKey: .dependsOn)
        try c.encodeIfPresent(ulimits, forKey: .ulimits)
        try c.encodeIfPresent(linuxParameters, forKey: .linuxParameters)
        try c.encodeIfPresent(stopTimeout, forKey: .stopTimeout)
        try c.encodeIfPresent(startTimeout, forKey: .startTimeout)
        try c.encodeIfPresent(dockerLabels, forKey: .dockerLabels)
        try c.encodeIfPresent(hostname, forKey: .hostname)
        try c.encodeIfPresent(links, forKey: .links)
        try c.encodeIfPresent(privileged, forKey: .privileged)
        try c.encodeIfPresent(readonlyRootFilesystem, forKey: .readonlyRootFilesystem)
        try c.encodeIfPresent(interactive, forKey: .interactive)
        try c.encodeIfPresent(pseudoTerminal, forKey: .pseudoTerminal)
        try c.encodeIfPresent(dnsServers, forKey: .dnsServers)
        try c.encodeIfPresent(dnsSearchDomains, forKey: .dnsSearchDomains)
    }
}

/// The seldom-set wide fields of a container, boxed: one pointer inline, no
/// allocation while all are nil. The box is immutable and replaced on change,
/// so copies share it safely (copy on write) and it is trivially Sendable.
@dynamicMemberLookup
struct RareFields: Sendable, Hashable {
    struct Values: Sendable, Hashable {
        var workingDirectory: String?
        var user: String?
        var linuxParameters: LinuxParameters?
        var stopTimeout: Int?
        var startTimeout: Int?
        var hostname: String?
        var privileged: Bool?
        var readonlyRootFilesystem: Bool?
        var interactive: Bool?
        var pseudoTerminal: Bool?
    }

    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private var box: Box?

    /// Every field reads through here: absent box, all nil.
    subscript<V>(dynamicMember keyPath: WritableKeyPath<Values, V>) -> V {
        get { (box?.values ?? Values())[keyPath: keyPath] }
        set {
            var values = box?.values ?? Values()
            values[keyPath: keyPath] = newValue
            box = values == Values() ? nil : Box(values)
        }
    }

    static func == (a: RareFields, b: RareFields) -> Bool {
        a.box === b.box || (a.box?.values ?? Values()) == (b.box?.values ?? Values())
    }

    func hash(into hasher: inout Hasher) { hasher.combine(box?.values ?? Values()) }
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
