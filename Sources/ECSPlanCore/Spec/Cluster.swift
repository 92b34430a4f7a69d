/// A cluster as configured: CreateCluster's request (every member of AWS's
/// model) with its name kept apart (`name` or `clusterName`). `capacity` is
/// ecsplan's own and matters only to the local backend, where it becomes the
/// simulated container instances.
@dynamicMemberLookup
public struct Cluster: Sendable, Hashable {
    public var name: String
    public var capacity: Capacity?
    /// Every other member; its clusterName stays nil.
    public var definition = ECS.CreateClusterRequest()

    public init(name: String, capacity: Capacity? = nil) {
        self.name = name
        self.capacity = capacity
    }

    public subscript<V>(dynamicMember member: WritableKeyPath<ECS.CreateClusterRequest, V>) -> V {
        get { definition[keyPath: member] }
        set { definition[keyPath: member] = newValue }
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
}

extension Cluster: Codable, HasReadOnlyFields {
    private enum Keys: String, CodingKey { case name, clusterName, capacity }

    static let readOnlyFields = Set(Overlay.outputOnlyMembers(section: "clusters"))

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        var definition = try ECS.CreateClusterRequest(from: decoder)
        guard let name = try c.decodeIfPresent(String.self, forKey: .name) ?? definition.clusterName else {
            throw Service.missing("name", decoder)  // JSON: a thrown DecodingError
        }
        definition.clusterName = nil
        self.name = name
        self.definition = definition
        capacity = try c.decodeIfPresent(Capacity.self, forKey: .capacity)
    }

    public func encode(to encoder: any Encoder) throws {
        try definition.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(capacity, forKey: .capacity)
    }
}
