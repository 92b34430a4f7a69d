/// The desired spec of every object a plan changes (and of every service it
/// rolls out), fully interpolated: what the executor carries out, so applying
/// a plan never reads the configuration again, and a saved plan applies in
/// another directory without the files or their environment variables.
/// Secret-looking values are kept as they are here (a saved plan is written
/// with mode 0600); renderers never show this part.
public struct DesiredSpecs: Codable, Sendable, Equatable {
    public var clusters: [Cluster]
    public var taskDefinitions: [TaskDefinition]
    public var services: [Service]

    public init(clusters: [Cluster] = [], taskDefinitions: [TaskDefinition] = [], services: [Service] = []) {
        self.clusters = clusters
        self.taskDefinitions = taskDefinitions
        self.services = services
    }

    /// Specs by address, for the executor; a repeated address keeps its last spec.
    public struct Index: Sendable {
        public let clusters: [String: Cluster]
        public let taskDefinitions: [String: TaskDefinition]
        public let services: [Address: Service]

        public init(_ d: DesiredSpecs) {
            clusters = Dictionary(d.clusters.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
            taskDefinitions = Dictionary(d.taskDefinitions.map { ($0.family, $0) }, uniquingKeysWith: { $1 })
            services = Dictionary(d.services.map { (Address.service(cluster: $0.cluster, name: $0.name), $0) }, uniquingKeysWith: { $1 })
        }
    }
}
