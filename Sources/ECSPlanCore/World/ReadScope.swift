/// What a refresh must cover. `clusters == nil` means every cluster (needed to prune).
public struct ReadScope: Sendable, Equatable {
    public var clusters: [String]?
    public var families: [String]
    public init(clusters: [String]?, families: [String]) {
        self.clusters = clusters
        self.families = families
    }
    public static let everything = ReadScope(clusters: nil, families: [])

    /// What planning `config` needs to see.
    public init(config: Config, prune: Bool) {
        clusters = prune ? nil : config.clusters.map(\.spec.name)
        families = config.taskDefinitions.map(\.spec.family)
    }
}
