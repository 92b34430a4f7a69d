/// Deletions too large to make by accident. `--prune` with a configuration that
/// lost its objects (a wrong path, a half-finished move between files) would
/// otherwise plan to delete whole clusters; such a plan is refused unless the
/// user says `--allow-destroy-all`.
public enum DestroyGuard {
    /// More deletions than this in one plan need `--allow-destroy-all`.
    public static let threshold = 10

    /// Why the plan's deletions need `--allow-destroy-all`; empty when they do not.
    public static func reasons(for plan: Plan, world: World) -> [String] {
        let deletes = plan.changes.filter { $0.action == .delete }.map(\.address)
        guard !deletes.isEmpty else { return [] }
        let managed = managedCount(world)
        if deletes.count >= managed {
            return ["it deletes every object ecsplan manages (\(deletes.count))"]
        }
        var reasons: [String] = []
        for cluster in deletes where cluster.kind == .cluster {
            let services = deletes.filter { $0.kind == .service && $0.name.hasPrefix(cluster.name + "/") }.count
            reasons.append("it deletes \(cluster)" + (services > 0 ? " and the \(services) managed service\(services == 1 ? "" : "s") in it" : ""))
        }
        if deletes.count > threshold {
            reasons.append("it deletes \(deletes.count) objects, more than \(threshold)")
        }
        return reasons
    }

    /// Managed objects that a plan could delete: active clusters and services,
    /// and families with an active revision.
    static func managedCount(_ world: World) -> Int {
        let clusters = world.clusters.filter { $0.managed && $0.status == "ACTIVE" }.count
        let services = world.services.filter { $0.managed && $0.status == "ACTIVE" }.count
        let families = Set(world.taskDefinitions.filter { $0.managed && $0.status == "ACTIVE" }.map(\.family)).count
        return clusters + services + families
    }
}
