extension PlanContext {
    /// Replays every rollout against the cluster's free capacity with the same
    /// placement engine the simulator uses; a surge that cannot be placed makes
    /// the rollout infeasible, reported now rather than discovered during apply.
    mutating func checkCapacity() {
        let byCluster = Dictionary(grouping: rolloutInputs.filter { rollouts[$0.rolloutIndex].feasible && !$0.daemon }, by: \.cluster)
        for (cluster, inputs) in byCluster.sorted(by: { $0.key < $1.key }) {
            let candidates = candidatesFor(cluster: cluster)
            if candidates.isEmpty && !isLocal { continue }  // remote capacity we cannot see (capacity providers, Fargate)
            // One index for the whole cluster: every rollout's tasks land on what the ones before left.
            var placement = PlacementIndex(candidates)
            let positions = placement.positions()
            var rng = SeededGenerator(seed: 42)
            for input in inputs {
                // Fargate tasks need no instance: there is nothing here to check them against.
                rollouts[input.rolloutIndex].preview?.capacityChecked = !input.requirements.fargate
                let engine = PlacementEngine(.init(requirements: input.requirements, group: input.group, constraints: input.constraints, strategies: input.strategies))
                var oldQueue = input.oldTasks.sorted { ($0.lastStatus == "RUNNING" ? 1 : 0, $0.id) < ($1.lastStatus == "RUNNING" ? 1 : 0, $1.id) }
                var failure: String?
                func place(_ n: Int) {
                    guard n > 0, failure == nil else { return }
                    if case .unplaceable(let reason)? = engine.place(n, on: &placement, rng: &rng).last { failure = reason }
                }
                for (i, batch) in input.schedule.batches.enumerated() where failure == nil {
                    place(i < input.schedule.starts.count ? input.schedule.starts[i] : 0)
                    for t in oldQueue.prefix(batch) {
                        if let id = t.containerInstanceId, let k = positions[id] {
                            placement.release(k, cpu: t.cpu, memory: t.memory, hostPorts: t.hostPorts, group: t.group)
                        }
                    }
                    oldQueue.removeFirst(min(batch, oldQueue.count))
                }
                if failure == nil {
                    let already = input.schedule.starts.prefix(input.schedule.batches.count).reduce(0, +)
                    place(max(0, rollouts[input.rolloutIndex].tasksToStart - already))
                }
                if let failure {
                    let address = rollouts[input.rolloutIndex].address
                    let message = "\(address): not enough capacity in cluster \(cluster) to roll out \(rollouts[input.rolloutIndex].targetRevision): \(failure)"
                    rollouts[input.rolloutIndex].feasible = false
                    rollouts[input.rolloutIndex].problem = message
                    errors.append(message)
                }
            }
        }
    }

    /// The cluster's instances as they are, or as the config will create them.
    func candidatesFor(cluster: String) -> [PlacementCandidate] {
        let configured = configIndex.clusters[cluster]
        if let instances = index.instancesByCluster[cluster], !instances.isEmpty {
            var candidates = PlacementCandidate.from(instances: instances, tasks: index.tasksByCluster[cluster] ?? [])
            // Capacity the plan adds to the cluster is usable by the rollout.
            if isLocal, let cap = configured?.capacity, cap.instances > instances.count {
                candidates += synthesize(cap, cluster: cluster, from: instances.count)
            }
            return candidates
        }
        guard isLocal else { return [] }
        return synthesize(configured?.capacity ?? .default, cluster: cluster, from: 0)
    }

    func synthesize(_ cap: Cluster.Capacity, cluster: String, from start: Int) -> [PlacementCandidate] {
        let zones = (cap.zones?.isEmpty ?? true) ? ["us-east-1a"] : cap.zones ?? []
        return (start..<max(start, cap.instances)).map { i in
            var attrs = cap.attributes ?? [:]
            attrs["ecs.availability-zone"] = zones[i % zones.count]
            attrs["ecs.instance-type"] = cap.instanceType ?? "m5.xlarge"
            attrs["ecs.os-type"] = "linux"
            return PlacementCandidate(id: "new-\(cluster)-\(i)", attributes: attrs, remainingCPU: cap.cpu ?? 4096, remainingMemory: cap.memory ?? 7680)
        }
    }
}
