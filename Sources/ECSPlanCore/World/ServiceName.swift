/// A service as ECS names it: its cluster and its name.
public struct ServiceName: Hashable, Sendable {
    public var cluster: String
    public var name: String

    public init(cluster: String, name: String) {
        self.cluster = cluster
        self.name = name
    }
}
