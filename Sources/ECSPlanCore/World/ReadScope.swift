/// What a refresh must cover. `clusters == nil` means every cluster (needed to prune).
public struct ReadScope: Sendable, Equatable {
    public var clusters: [String]?
    public var families: [String]
    /// Families whose every ACTIVE revision must be listed (`World.listedRevisions`):
    /// those kept to their newest revisions (`keepRevisions`).
    public var revisionLists: [String]
    public init(clusters: [String]?, families: [String], revisionLists: [String] = []) {
        self.clusters = clusters
        self.families = families
        self.revisionLists = revisionLists
    }
    public static let everything = ReadScope(clusters: nil, families: [])

    /// What planning `config` needs to see.
    public init(config: Config, prune: Bool) {
        clusters = prune ? nil : config.clusters.map(\.spec.name)
        families = config.taskDefinitions.map(\.spec.family)
        revisionLists = config.taskDefinitions.filter { $0.spec.keepRevisions != nil }.map(\.spec.family)
    }
}
