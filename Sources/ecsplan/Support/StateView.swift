import ECSPlanCore

/// Text views of the recorded state for `state list` and `state show`.
enum StateView {
    static func list(_ world: World) -> String {
        let index = World.Index(world)
        var rows: [(String, String, String)] = []
        for c in world.clusters {
            let instances = index.instancesByCluster[c.name]?.count ?? 0
            let tasks = index.tasksByCluster[c.name]?.count ?? 0
            rows.append((Address.cluster(c.name).description, "\(instances) instance\(instances == 1 ? "" : "s")", "\(tasks) task\(tasks == 1 ? "" : "s")" + (c.managed ? "" : "  (unmanaged)")))
        }
        for (family, revisions) in index.revisionsByFamily.sorted(by: { $0.key < $1.key }) {
            guard let latest = revisions.last else { continue }
            let active = revisions.filter { $0.status == "ACTIVE" }.count
            rows.append((Address.taskDefinition(family).description, latest.name, "\(active) active, \(revisions.count - active) inactive"))
        }
        for s in world.services where s.status == "ACTIVE" {
            let tasks = index.tasks(ofService: s.cluster + "/" + s.name)
            let running = tasks.filter { $0.lastStatus == "RUNNING" && $0.taskDefinitionArn == s.taskDefinitionArn }.count
            let old = tasks.filter { $0.taskDefinitionArn != s.taskDefinitionArn }.count
            let rev = index.revisionName(arn: s.taskDefinitionArn)
            rows.append((Address.service(cluster: s.cluster, name: s.name).description, rev, "\(running)/\(s.desiredCount) running" + (old > 0 ? ", \(old) on old revisions" : "")))
        }
        if rows.isEmpty { return "The state is empty (lineage \(world.lineage), serial \(world.serial))." }
        let w0 = rows.map(\.0.count).max() ?? 0, w1 = rows.map(\.1.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: w0, withPad: " ", startingAt: 0) + "  " + $0.1.padding(toLength: w1, withPad: " ", startingAt: 0) + "  " + $0.2 }
            .joined(separator: "\n")
    }

    static func show(_ address: Address, revision: Int?, in world: World) -> String? {
        let index = World.Index(world)
        switch address.kind {
        case .cluster:
            guard let c = index.clusters[address.name] else { return nil }
            var out = "# \(address)  (\(c.arn))\n" + YAMLWriter.write(encodable: c.spec)
            out += "containerInstances:\n"
            let tasks = index.tasksByCluster[c.name] ?? []
            for i in index.instancesByCluster[c.name] ?? [] {
                let mine = tasks.filter { $0.containerInstanceId == i.id }
                let cpu = mine.reduce(0) { $0 + $1.cpu }, mem = mine.reduce(0) { $0 + $1.memory }
                out += "  - \(i.id)  \(i.attributes["ecs.availability-zone"] ?? "")  cpu \(cpu)/\(i.cpu)  memory \(mem)/\(i.memory) MiB  \(mine.count) tasks\n"
            }
            return out
        case .taskDefinition:
            let revisions = index.revisionsByFamily[address.name] ?? []
            guard let r = revision.flatMap({ n in revisions.first { $0.revision == n } }) ?? revisions.last else { return nil }
            return "# \(r.name)  \(r.status)  (\(r.arn))\n" + YAMLWriter.write(encodable: r.spec)
        case .service:
            guard let s = index.services[address.name] else { return nil }
            var out = "# \(address)  \(s.status)  (\(s.arn))\n" + YAMLWriter.write(encodable: s.spec)
            out += "deployments:\n"
            for d in s.deployments {
                out += "  - \(d.status) \(index.revisionName(arn: d.taskDefinitionArn)) \(d.rolloutState)"
                    + (d.failedTasks > 0 ? ", \(d.failedTasks) failed" : "") + (d.rolloutStateReason.map { " (\($0))" } ?? "") + "\n"
            }
            let tasks = index.tasks(ofService: address.name)
            out += "tasks:\n"
            let byRevision = Dictionary(grouping: tasks) { index.revisionName(arn: $0.taskDefinitionArn) }
            for (rev, ts) in byRevision.sorted(by: { $0.key < $1.key }) {
                let running = ts.filter { $0.lastStatus == "RUNNING" }.count
                out += "  \(rev): \(running) running, \(ts.count - running) pending\n"
                let byInstance = Dictionary(grouping: ts) { $0.containerInstanceId ?? "fargate" }
                for (inst, its) in byInstance.sorted(by: { $0.key < $1.key }) { out += "    \(inst): \(its.count)\n" }
            }
            if !s.events.isEmpty {
                out += "events:\n" + s.events.map { "  - \($0)\n" }.joined()
            }
            return out
        }
    }
}
