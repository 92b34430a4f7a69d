/// What the capacity check needs for one service's rollout.
struct RolloutInput {
    var rolloutIndex: Int
    var cluster: String
    var group: String
    var requirements: TaskRequirements
    var constraints: [PlacementConstraint]
    var strategies: [PlacementStrategy]
    var schedule: RolloutMath.Schedule
    var startsAfter: Int
    var oldTasks: [TaskState]
    var daemon: Bool
}


extension PlanContext {
    /// The per-service normalization, independent of every other service, so
    /// `planServices` runs it on all cores before the ordered pass.
    struct PreparedService: Sendable {
        /// The live service (ACTIVE only), and the spec to apply: the configured
        /// one, with the live desiredCount when ignoreChanges names it.
        var observed: ServiceState?
        var desiredSpec: Service
        var desired: Value
        var digest: String
        var live: Value?
        var lastApplied: Value?
        /// Live equals desired and nothing is ignored: the values are dropped
        /// (in the worker, where freeing them is parallel too).
        var identical = false
        /// A service to create: every desired field, diffed in the worker.
        var createFields: [FieldChange] = []
    }

    static func prepare(_ spec: Service, index: World.Index) -> PreparedService {
        let observed = index.services[spec.cluster + "/" + spec.name].flatMap { $0.status == "ACTIVE" ? $0 : nil }
        var desiredSpec = spec
        if let observed, (spec.ignoreChanges ?? []).contains("desiredCount") { desiredSpec.desiredCount = observed.desiredCount }
        let desired = Normalizer.service(desiredSpec)
        var digested: [String: Value] = ["service": desired, "taskDefinition": .string(spec.taskDefinition)]
        // What runs before the rollout is part of what was planned (present only when set).
        if let tasks = spec.runBefore, !tasks.isEmpty { digested["runBefore"] = .list(tasks.map { ModelNormalizer.value(of: $0) }) }
        var prepared = PreparedService(observed: observed, desiredSpec: desiredSpec, desired: desired, digest: digest(.object(digested)))
        if let observed {
            // Live values: the settings as last applied, with what ECS reports live.
            var liveSpec = observed.spec
            liveSpec.desiredCount = observed.desiredCount
            // Normalizing is a function of the request's members alone (not of the
            // identity: the state keeps the task definition as an ARN, the
            // configuration as a family), so the same members need no second
            // normalization to compare. The local state keeps the spec applied:
            // an unchanged service is the common case there.
            let noIgnores = (spec.ignoreChanges ?? []).isEmpty
            let same = noIgnores && Self.sameSpec(liveSpec.definition, desiredSpec.definition)
            let live = same ? desired : Normalizer.service(liveSpec)
            if live == desired && noIgnores {
                prepared.identical = true
                prepared.desired = .null
            } else {
                prepared.live = live
                prepared.lastApplied = Normalizer.service(observed.spec)
            }
        } else {
            Differ.diff(.object([:]), desired, into: &prepared.createFields)
            prepared.desired = .null
        }
        return prepared
    }

    mutating func planServices() {
        let inScopeServices = request.config.services.filter { inScope(.service(cluster: $0.spec.cluster, name: $0.spec.name)) }
        let worldIndex = index
        let preparedServices = Parallel.map(inScopeServices) { PlanContext.prepare($0.spec, index: worldIndex) }
        for (s, prepared) in zip(inScopeServices, preparedServices) {
            let spec = s.spec
            let address = Address.service(cluster: spec.cluster, name: spec.name)
            let observed = prepared.observed
            let ignore = Set(spec.ignoreChanges ?? [])

            // The revision this service should run.
            let ref = TaskDefinitionRef(spec.taskDefinition)
            var target: (name: String, spec: TaskDefinition)?
            if let rev = ref.revision {
                if let r = index.revision(family: ref.family, number: rev) {
                    target = (r.name, r.spec)
                    if r.status != "ACTIVE" { notes.append("\(address) pins \(r.name), which is INACTIVE (ECS still runs it for existing services)") }
                } else if let planned = targetRevisions[ref.family], planned.name == "\(ref.family):\(rev)" {
                    target = planned
                } else {
                    errors.append("\(address): task definition \(ref.family):\(rev) does not exist (\(s.mark))")
                    continue
                }
            } else if let planned = targetRevisions[ref.family] {
                target = planned
            }
            guard var target else {
                errors.append("\(address): task definition \(ref.family) is not defined in the configuration (\(s.mark))")
                continue
            }
            let currentRevision = observed.map { index.revisionName(arn: $0.taskDefinitionArn) }
            var ignored: [String] = []
            if ignore.contains("taskDefinition"), let observed, let current = index.revisionsByArn[observed.taskDefinitionArn] {
                if current.name != target.name { ignored.append("taskDefinition (keeps \(current.name); ignoreChanges)") }
                target = (current.name, current.spec)
            }

            let desiredSpec = prepared.desiredSpec
            if ignore.contains("desiredCount"), let observed, (spec.desiredCount ?? 0) != observed.desiredCount && !spec.isDaemon {
                ignored.append("desiredCount (keeps live \(observed.desiredCount); ignoreChanges)")
            }
            var desired = prepared.desired
            let digest = prepared.digest
            digests.append(address.description + "=" + digest)

            guard let observed else {
                fingerprints[address.description] = ["exists": "no"]
                var fields = prepared.createFields
                fields.insert(FieldChange(path: FieldPath().key("taskDefinition"), before: nil, after: .string(target.name)), at: 0)
                var change = Change(address: address, action: .create, fields: fields, revisionTo: target.name, ignored: ignored, desiredDigest: digest)
                change.desiredCount = desiredSpec.desiredCount ?? 0
                change.runBefore = runBeforeSteps(of: s, address: address)
                changes.append(change)
                addRollout(address: address, spec: desiredSpec, target: target, observed: nil, desiredCount: desiredSpec.desiredCount ?? 0)
                continue
            }
            fingerprints[address.description] = Fingerprint.of(address, in: index, local: isLocal)

            let live = prepared.live ?? .object([:])
            let lastApplied = prepared.lastApplied ?? .object([:])
            // Other ignored fields keep their live value.
            if case .object(var d) = desired, case .object(let l) = live {
                for field in ignore where field != "desiredCount" && field != "taskDefinition" {
                    if d[field] != l[field] { ignored.append("\(field) (keeps live value; ignoreChanges)") }
                    d[field] = l[field]
                }
                desired = .object(d)
            }
            var fields: [FieldChange] = []
            if !prepared.identical { Differ.diff(live, desired, into: &fields) }
            for i in fields.indices {
                let top = fields[i].path.split(separator: ".").first.map(String.init) ?? fields[i].path
                if case .object(let l) = live, case .object(let a) = lastApplied, l[top] != a[top] { fields[i].drift = true }
            }
            var action: Action = fields.isEmpty ? .noop : .update
            var reason: String?
            if currentRevision != target.name {
                action = .update
                let drifted = observed.taskDefinitionArn != observed.spec.taskDefinition
                var fc = FieldChange(path: FieldPath().key("taskDefinition"), before: .string(currentRevision ?? "none"), after: .string(target.name))
                fc.drift = drifted && index.revisionsByArn[observed.spec.taskDefinition]?.name == target.name
                fields.insert(fc, at: 0)
                reason = Self.olderRevisionReason(running: index.revisionsByArn[observed.taskDefinitionArn], target: target.name, index: index)
            }
            // Members UpdateService cannot change (the overlay's `replace` list) mean a replace.
            let forcing = Set(fields.compactMap { f in
                f.path.split(whereSeparator: { $0 == "." || $0 == "[" }).first.map(String.init)
            }).filter { Overlay.forcesReplace(shape: ECS.CreateServiceRequest.shapeName, member: $0) }.sorted()
            if !forcing.isEmpty {
                action = .replace
                reason = forcing.map { "\($0) cannot be changed in place" }.joined(separator: "; ")
            }
            var change = Change(address: address, action: action, reason: reason, fields: fields,
                                revisionFrom: currentRevision != target.name ? currentRevision : nil,
                                revisionTo: target.name, ignored: ignored, desiredDigest: digest)
            change.desiredCount = desiredSpec.desiredCount ?? observed.desiredCount
            // Nothing runs before a rollout that keeps the revision.
            if currentRevision != target.name { change.runBefore = runBeforeSteps(of: s, address: address) }
            changes.append(change)
            addRollout(address: address, spec: desiredSpec, target: target, observed: observed, desiredCount: desiredSpec.desiredCount ?? observed.desiredCount,
                       replace: action == .replace, changed: action != .noop)
        }
    }

    /// Records the rollout of a service whose tasks will move: created, scaled
    /// up, pointed at a new revision, or still running old revisions.
    mutating func addRollout(address: Address, spec: Service, target: (name: String, spec: TaskDefinition), observed: ServiceState?, desiredCount: Int,
                             replace: Bool = false, changed: Bool = true) {
        let key = spec.cluster + "/" + spec.name
        let all = index.tasks(ofService: key)
        let daemon = spec.isDaemon
        var desired = desiredCount
        if daemon {
            let instances = index.instancesByCluster[spec.cluster]?.count
                ?? (configIndex.clusters[spec.cluster]?.capacity ?? .default).instances
            desired = observed?.desiredCount ?? instances
        }
        // A service's tasks mostly share one revision: its name is looked up once.
        var named: (arn: String, onTarget: Bool)?
        func isOnTarget(_ t: TaskState) -> Bool {
            if replace { return false }
            if let named, named.arn == t.taskDefinitionArn { return named.onTarget }
            let onTarget = index.revisionName(arn: t.taskDefinitionArn) == target.name
            named = (t.taskDefinitionArn, onTarget)
            return onTarget
        }
        // Counted before anything is copied: most services of a plan have no rollout.
        var active = 0, onTargetCount = 0
        for i in all.indices where all[i].isActive {
            active += 1
            if isOnTarget(all[i]) { onTargetCount += 1 }
        }
        let toStart = max(0, desired - onTargetCount)
        // Starting tasks is the scheduler's job. On ECS it runs by itself, so an
        // unchanged service that is still starting tasks is not work for this plan;
        // the local simulator's scheduler only runs while apply drives it.
        guard active > onTargetCount || (toStart > 0 && (changed || isLocal)) else { return }
        let old = all.filter { $0.isActive && !isOnTarget($0) }
        var counts: [String: Rollout.RevisionCount] = [:]
        for t in all where t.isActive {
            let name = index.revisionName(arn: t.taskDefinitionArn)
            counts[name, default: .init(revision: name, running: 0, pending: 0)].running += t.lastStatus == "RUNNING" ? 1 : 0
            counts[name, default: .init(revision: name, running: 0, pending: 0)].pending += t.lastStatus == "RUNNING" ? 0 : 1
        }
        let percents = DeploymentPercents(spec)
        let settings = DeploymentStrategySettings(spec)
        let schedule: RolloutMath.Schedule
        if replace {
            schedule = RolloutMath.Schedule(starts: [desired], batches: old.isEmpty ? [] : [old.count], problem: nil)
        } else if settings.shiftsTraffic && !old.isEmpty {
            // A green fleet starts whole beside the blue one, which stops after the bake.
            schedule = RolloutMath.Schedule(starts: [toStart], batches: [old.count], problem: nil)
        } else {
            schedule = RolloutMath.schedule(desired: desired, old: old.count, new: onTargetCount, percents: percents)
        }
        var rollout = Rollout(address: address, targetRevision: target.name, desiredCount: desired, current: counts.values.sorted { $0.revision < $1.revision },
                              tasksToReplace: old.count, tasksToStart: toStart, minimumHealthy: percents.minimumHealthy(desired: desired),
                              maximumTasks: percents.maximumTasks(desired: desired), batches: schedule.batches, feasible: schedule.problem == nil,
                              problem: schedule.problem.map { "\(address): \($0)" })
        if let p = rollout.problem { errors.append(p) }
        if old.isEmpty { rollout.batches = [] }
        let requirements = TaskRequirements(target.spec, launchType: spec.launchType)
        let input = StrategyMath.Input(settings: settings, desired: desired, old: old.count, onTarget: onTargetCount,
                                       schedule: schedule, replace: replace)
        rollout.preview = Self.preview(input, requirements: requirements, providers: spec.capacityProviderStrategy ?? [])
        rolloutInputs.append(RolloutInput(
            rolloutIndex: rollouts.count, cluster: spec.cluster, group: "service:" + spec.name,
            requirements: requirements,
            constraints: (spec.placementConstraints ?? []) + (target.spec.placementConstraints ?? []).map(PlacementConstraint.init),
            strategies: spec.placementStrategy ?? PlacementEngine.defaultStrategies, schedule: schedule,
            startsAfter: max(0, desired - onTargetCount - schedule.starts.reduce(0, +)), oldTasks: old, daemon: daemon))
        rollouts.append(rollout)
    }

    /// The strategy preview of one rollout; `checkCapacity` says later whether
    /// the cluster was checked.
    static func preview(_ input: StrategyMath.Input, requirements: TaskRequirements, providers: [ECS.CapacityProviderStrategyItem]) -> RolloutPreview {
        let steps = StrategyMath.steps(input)
        let peak = StrategyMath.peakTasks(input, steps: steps)
        let split = CapacityProviderSplit(providers).next(input.desired, running: [:])
        return RolloutPreview(strategy: input.settings.kind.rawValue, steps: steps, bakeMinutes: input.settings.bakeMinutes,
                              shiftBakeMinutes: input.settings.shiftBakeMinutes,
                              peakTasks: peak, peakCPU: peak * requirements.cpu, peakMemory: peak * requirements.memory,
                              capacityProviders: Dictionary(grouping: split, by: { $0 }).mapValues(\.count), recreatesService: input.replace)
    }
}

extension PlanContext {
    /// A service on an older revision of the family than the one its configuration
    /// already registered was rolled back (or moved outside ecsplan): the plan says
    /// so, rather than presenting the move forward as an ordinary update.
    static func olderRevisionReason(running: TaskDefinitionRevision?, target: String, index: World.Index) -> String? {
        let ref = TaskDefinitionRef(target)
        guard let running, let number = ref.revision, running.family == ref.family, running.revision < number,
              index.revision(family: ref.family, number: number) != nil else { return nil }
        return "it runs \(running.name), older than the configuration's \(target): rolled back, or changed outside ecsplan"
    }
}
