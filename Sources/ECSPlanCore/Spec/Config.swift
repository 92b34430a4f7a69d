import Foundation
import YAML

/// A spec and where it is defined, so validation and planning can point at
/// `file:line:col` of it, or (through `Config.sources`) of any field in it.
public struct Sourced<Spec: Sendable>: Sendable {
    public var spec: Spec
    /// Where the object starts. Only this is kept, not its nodes: every file's
    /// nodes next to the decoded specs doubled a load's memory. `SourceFiles`
    /// finds the nodes again when a diagnostic needs a field's position.
    public var mark: Mark
    public init(_ spec: Spec, mark: Mark) {
        self.spec = spec
        self.mark = mark
    }
}

/// Finds configuration objects' nodes again, for diagnostics: the first message
/// that needs a position inside an object parses that object's file again (once,
/// kept for the next message). Errors are the exception, so a valid config never
/// pays for it. Positions come from the file as it is then: an object no longer
/// found at its mark (the file is gone or was edited) falls back to that mark.
public final class SourceFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var objects: [String: [Mark: Node]] = [:]

    public init() {}

    /// The node of the object that starts at `mark`.
    public func node(at mark: Mark) -> Node? {
        lock.lock()
        defer { lock.unlock() }
        let file = mark.file
        if objects[file] == nil { objects[file] = Self.objects(in: file) }
        return objects[file]?[mark]
    }

    /// Uses `loaded`'s nodes for its file rather than parsing it again.
    public func keep(_ loaded: LoadedFile) {
        let index = Self.objects(in: loaded)
        lock.lock()
        defer { lock.unlock() }
        objects[loaded.file] = index
    }

    /// The mark of the field at `path` below `object`, or of its deepest existing ancestor.
    public func mark<S>(of object: Sourced<S>, at path: [FieldPath.Component]) -> Mark {
        guard !path.isEmpty else { return object.mark }
        return node(at: object.mark)?.mark(at: path) ?? object.mark
    }

    /// Every item of every top-level list, by its mark.
    private static func objects(in file: String) -> [Mark: Node] {
        guard let loaded = try? YAMLLoader.load(contentsOf: file) else { return [:] }
        return objects(in: loaded)
    }

    private static func objects(in loaded: LoadedFile) -> [Mark: Node] {
        var out: [Mark: Node] = [:]
        for document in loaded.documents {
            guard let root = document.mapping else { continue }
            for pair in root.pairs {
                guard let list = pair.value.sequence else { continue }
                for item in list.items { out[item.mark] = item }
            }
        }
        return out
    }
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
    /// Positions of fields inside objects, for diagnostics (see `SourceFiles`).
    public let sources = SourceFiles()

    public init() {}

    public var summary: String {
        Self.summary(clusters: clusters.count, taskDefinitions: taskDefinitions.count, services: services.count)
    }

    static func summary(clusters: Int, taskDefinitions: Int, services: Int) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [
            count(clusters, "cluster", "clusters"),
            count(taskDefinitions, "task definition", "task definitions"),
            count(services, "service", "services"),
        ].joined(separator: ", ")
    }

    public func taskDefinition(family: String) -> Sourced<TaskDefinition>? {
        taskDefinitions.first { $0.spec.family == family }
    }

    /// Lookups by name in O(1), so planning 10 000 services stays linear.
    /// Holds positions, not copies: a dictionary of 10 000 copied service
    /// structs was the largest allocation of a validated load.
    public struct Index: Sendable {
        public let clusters: Lookup<String, Cluster>
        public let taskDefinitions: Lookup<String, TaskDefinition>
        public let services: Lookup<Address, Service>

        public init(_ config: Config) {
            clusters = Lookup(config.clusters) { $0.name }
            taskDefinitions = Lookup(config.taskDefinitions) { $0.family }
            services = Lookup(config.services) { .service(cluster: $0.cluster, name: $0.name) }
        }
    }

    /// Specs by key; when a key repeats, the last definition wins (as assigning
    /// into a dictionary did).
    public struct Lookup<Key: Hashable & Sendable, Spec: Sendable>: Sendable {
        private let items: [Sourced<Spec>]
        private let positions: [Key: Int]

        init(_ items: [Sourced<Spec>], key: (Spec) -> Key) {
            self.items = items
            var positions: [Key: Int] = [:]
            positions.reserveCapacity(items.count)
            for (i, item) in items.enumerated() { positions[key(item.spec)] = i }
            self.positions = positions
        }

        public subscript(key: Key) -> Spec? { positions[key].map { items[$0].spec } }
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
