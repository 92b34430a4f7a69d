import Foundation

extension PlanContext {
    /// Managed objects missing from the configuration: deleted with --prune,
    /// otherwise listed in a note. Unmanaged objects are never touched.
    mutating func planPrune() {
        let config = request.config
        let wantedServices = Set(config.services.map { $0.spec.cluster + "/" + $0.spec.name })
        let wantedFamilies = Set(config.taskDefinitions.map(\.spec.family))
        let wantedClusters = Set(config.clusters.map(\.spec.name))
        var orphans: [Change] = []
        for s in request.world.services where s.status == "ACTIVE" && s.managed && !wantedServices.contains(s.cluster + "/" + s.name) {
            let address = Address.service(cluster: s.cluster, name: s.name)
            guard inScope(address) || scope == nil else { continue }
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)
            orphans.append(Change(address: address, action: .delete, reason: "not in the configuration; scaled to 0 and deleted",
                                  revisionFrom: index.revisionsByArn[s.taskDefinitionArn]?.name))
        }
        let survivingServiceRevisions = Set(request.world.services.filter { wantedServices.contains($0.cluster + "/" + $0.name) }.map(\.taskDefinitionArn))
        for (family, revisions) in index.revisionsByFamily.sorted(by: { $0.key < $1.key }) where !wantedFamilies.contains(family) {
            let active = revisions.filter { $0.status == "ACTIVE" && $0.managed }
            guard !active.isEmpty else { continue }
            let address = Address.taskDefinition(family)
            guard scope == nil || inScope(address) else { continue }
            if active.contains(where: { survivingServiceRevisions.contains($0.arn) }) { continue }  // still used by a kept service
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)
            orphans.append(Change(address: address, action: .delete, reason: "not in the configuration; revisions deregistered", deregister: active.map(\.name)))
        }
        for c in request.world.clusters where c.managed && c.status == "ACTIVE" && !wantedClusters.contains(c.name) {
            let address = Address.cluster(c.name)
            guard scope == nil || inScope(address) else { continue }
            let unmanaged = request.world.services.filter { $0.cluster == c.name && $0.status == "ACTIVE" && !$0.managed }
            if request.prune && !unmanaged.isEmpty {
                errors.append("\(address): cannot delete, it still runs services ecsplan does not manage (\(unmanaged.map(\.name).sorted().joined(separator: ", ")))")
                continue
            }
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)
            orphans.append(Change(address: address, action: .delete, reason: "not in the configuration"))
        }
        guard !orphans.isEmpty else { return }
        if request.prune {
            changes += orphans
        } else {
            let list = orphans.map(\.address.description).sorted()
            notes.append("\(list.count) managed object\(list.count == 1 ? " is" : "s are") not in the configuration (run with --prune to delete): \(list.joined(separator: ", "))")
        }
    }

    func finish() -> Plan {
        let digest = Self.digest(.list(digests.sorted().map(Value.string)))
        var plan = Plan(backend: request.backend, lineage: request.world.lineage, serial: request.world.serial, configDigest: digest,
                    configPaths: request.configPaths, targets: request.targets.map(\.description), prune: request.prune,
                    changes: changes.sorted { $0.address < $1.address }, rollouts: rollouts.sorted { $0.address < $1.address },
                    errors: errors, notes: notes, fingerprints: fingerprints)
        plan.desired = desiredSpecs(of: plan)
        plan.region = request.world.region
        plan.account = request.world.account
        plan.summary = plan.computeSummary()
        return plan
    }
}
