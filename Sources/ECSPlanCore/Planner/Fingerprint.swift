/// What a plan read about one address, field by field, so a stale saved plan
/// can say exactly what moved (`desiredCount 4 → 6`).
public enum Fingerprint {
    public static func of(_ address: Address, in index: World.Index, local: Bool) -> [String: String] {
        switch address.kind {
        case .cluster:
            guard let c = index.clusters[address.name] else { return ["exists": "no"] }
            return ["exists": "yes", "settings": PlanContext.digest(Normalizer.cluster(c.spec, includeCapacity: local))]
        case .taskDefinition:
            let latest = index.latestRevision(family: address.name)
            return ["latestRevision": latest?.name ?? "none", "latestStatus": latest?.status ?? "none"]
        case .service:
            guard let s = index.services[address.name], s.status == "ACTIVE" else { return ["exists": "no"] }
            return [
                "taskDefinition": index.revisionName(arn: s.taskDefinitionArn),
                "desiredCount": String(s.desiredCount),
                "deployment": s.primary?.id ?? "none",
            ]
        }
    }

    /// Human descriptions of every field that moved since the plan was made.
    public static func staleness(of plan: Plan, against world: World) -> [String] {
        if plan.lineage != world.lineage {
            return ["the state's lineage is \(world.lineage), but the plan was made for \(plan.lineage) (a different state)"]
        }
        let index = World.Index(world)
        var out: [String] = []
        for (address, recorded) in plan.fingerprints.sorted(by: { $0.key < $1.key }) {
            guard let a = Address(parsing: address) else { continue }
            let now = of(a, in: index, local: plan.backend == "local")
            for key in Set(recorded.keys).union(now.keys).sorted() where recorded[key] != now[key] {
                let before = recorded[key] ?? "-", after = now[key] ?? "-"
                if key == "exists" {
                    out.append("\(address): \(after == "yes" ? "was created" : "was deleted") since the plan was made")
                } else if key == "settings" {
                    out.append("\(address): settings changed since the plan was made")
                } else {
                    out.append("\(address): \(key) \(before) → \(after) since the plan was made")
                }
            }
        }
        return out
    }
}
