import YAML

/// A spec together with the YAML node it was decoded from, so validation and
/// planning can point at `file:line:col` of any field.
public struct Sourced<Spec: Sendable>: Sendable {
    public var spec: Spec
    public var node: Node
    public init(_ spec: Spec, node: Node) {
        self.spec = spec
        self.node = node
    }

    public var mark: Mark { node.mark }

    /// The mark of the field at `path` below this object, or of its deepest existing ancestor.
    public func mark(_ path: [FieldPath.Component]) -> Mark { node.mark(at: path) }
}

/// The whole desired configuration, merged across files.
public struct Config: Sendable {
    public var clusters: [Sourced<Cluster>] = []
    public var taskDefinitions: [Sourced<TaskDefinition>] = []
    public var services: [Sourced<Service>] = []
    /// The files that were read, in load order.
    public var files: [String] = []
    /// Paths whose values failed to decode (wrong type, bad interpolation). The
    /// validator stays quiet below them, so one typo does not cascade into
    /// misleading follow-up errors.
    public var decodeErrorPaths: Set<String> = []

    public init() {}

    public var summary: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [
            count(clusters.count, "cluster", "clusters"),
            count(taskDefinitions.count, "task definition", "task definitions"),
            count(services.count, "service", "services"),
        ].joined(separator: ", ")
    }

    public func taskDefinition(family: String) -> Sourced<TaskDefinition>? {
        taskDefinitions.first { $0.spec.family == family }
    }

    /// Lookups by name in O(1), so planning 10 000 services stays linear.
    public struct Index: Sendable {
        public var clusters: [String: Cluster] = [:]
        public var taskDefinitions: [String: TaskDefinition] = [:]
        public var services: [Address: Service] = [:]

        public init(_ config: Config) {
            for c in config.clusters { clusters[c.spec.name] = c.spec }
            for t in config.taskDefinitions { taskDefinitions[t.spec.family] = t.spec }
            for s in config.services { services[.service(cluster: s.spec.cluster, name: s.spec.name)] = s.spec }
        }
    }
}

extension Node {
    public func mark(at path: [FieldPath.Component]) -> Mark {
        var node = self
        for component in path {
            switch (component, node) {
            case (.key(let k), .mapping(let m)):
                guard let next = m.pair(for: k) else { return node.mark }
                node = next.value
            case (.index(let i), .sequence(let s)) where i >= 0 && i < s.items.count:
                node = s.items[i]
            default:
                return node.mark
            }
        }
        return node.mark
    }
}
