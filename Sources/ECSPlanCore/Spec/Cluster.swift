/// A cluster as configured. `capacity` only matters to the local backend,
/// where it becomes the simulated container instances.
public struct Cluster: Codable, Sendable, Hashable, HasReadOnlyFields {
    public var name: String
    public var capacity: Capacity?
    public var settings: [Setting]?
    public var tags: Tags?

    public init(name: String, capacity: Capacity? = nil) {
        self.name = name
        self.capacity = capacity
    }

    public struct Setting: Codable, Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public struct Capacity: Codable, Sendable, Hashable {
        public var instances: Int
        public var cpu: Int?
        public var memory: Int?
        public var zones: [String]?
        public var instanceType: String?
        public var attributes: [String: String]?

        public init(instances: Int, cpu: Int? = nil, memory: Int? = nil, zones: [String]? = nil) {
            self.instances = instances
            self.cpu = cpu
            self.memory = memory
            self.zones = zones
        }

        /// What a cluster without `capacity` gets in the local backend (the plan says so).
        public static let `default` = Capacity(instances: 2, cpu: 4096, memory: 7680, zones: ["us-east-1a", "us-east-1b"])
    }

    static let readOnlyFields: Set<String> = [
        "clusterArn", "clusterName", "status", "registeredContainerInstancesCount", "runningTasksCount",
        "pendingTasksCount", "activeServicesCount", "statistics", "capacityProviders", "defaultCapacityProviderStrategy",
    ]
}
