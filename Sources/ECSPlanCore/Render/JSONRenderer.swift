import Foundation

/// `--format json` and saved plan files: the `Plan` value itself, with sorted
/// keys so the output is stable (documented by schemas/plan.schema.json).
/// Written by hand in the form JSONEncoder gives `Plan`'s Codable conformance
/// (which reads it back), as that was a quarter of a 10 000-service plan's time.
public enum JSONRenderer {
    public static func render(_ plan: Plan) -> String {
        var w = PrettyJSONWriter(capacity: 1024 * plan.changes.count)
        w.plan(plan)
        w.appendNewline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    public static func decode(_ data: Data) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: data)
    }
}

extension PrettyJSONWriter {
    /// `file`: a saved plan, which adds the desired specs (already encoded) and
    /// a checksum placeholder that `PlanFile.write` fills in.
    mutating func plan(_ p: Plan, file: PlanFile.EncodedSpecs? = nil) {
        object { w in
            if let a = p.account { w.key("account"); w.string(a) }
            w.key("backend"); w.string(p.backend)
            w.key("changes"); w.array(p.changes) { $0.change($1) }
            if file != nil { w.key("checksum"); w.string("sha256:" + PlanFile.placeholder) }
            w.key("configDigest"); w.string(p.configDigest)
            w.key("configPaths"); w.strings(p.configPaths)
            if let file {
                w.key("desired")
                w.object { w in
                    w.key("clusters"); w.array(file.clusters) { $0.raw($1) }
                    w.key("services"); w.array(file.services) { $0.raw($1) }
                    w.key("taskDefinitions"); w.array(file.taskDefinitions) { $0.raw($1) }
                }
            }
            w.key("ecsplanVersion"); w.string(p.ecsplanVersion)
            w.key("errors"); w.strings(p.errors)
            w.key("fingerprints"); w.map(p.fingerprints) { w, fields in w.map(fields) { $0.string($1) } }
            w.key("formatVersion"); w.int(p.formatVersion)
            w.key("lineage"); w.string(p.lineage)
            w.key("notes"); w.strings(p.notes)
            w.key("prune"); w.bool(p.prune)
            w.key("region"); w.string(p.region)
            w.key("rollouts"); w.array(p.rollouts) { $0.rollout($1) }
            w.key("serial"); w.int(p.serial)
            w.key("summary"); w.summary(p.summary)
            w.key("targets"); w.strings(p.targets)
        }
    }

    mutating func change(_ c: Change) {
        object { w in
            w.key("action"); w.string(c.action.rawValue)
            w.key("address"); w.string(c.address.description)
            w.key("deregister"); w.strings(c.deregister)
            if let n = c.desiredCount { w.key("desiredCount"); w.int(n) }
            if let d = c.desiredDigest { w.key("desiredDigest"); w.string(d) }
            w.key("fields"); w.array(c.fields) { $0.field($1) }
            w.key("ignored"); w.strings(c.ignored)
            if let r = c.reason { w.key("reason"); w.string(r) }
            if let r = c.revisionFrom { w.key("revisionFrom"); w.string(r) }
            if let r = c.revisionTo { w.key("revisionTo"); w.string(r) }
            if let steps = c.runBefore {
                w.key("runBefore")
                w.array(steps) { w, step in
                    w.object { w in
                        w.key("count"); w.int(step.count)
                        w.key("overrides"); w.array(step.overrides) { $0.field($1) }
                        w.key("revision"); w.string(step.revision)
                    }
                }
            }
        }
    }

    mutating func field(_ f: FieldChange) {
        object { w in
            if let v = f.after { w.key("after"); w.value(v) }
            w.key("afterExists"); w.bool(f.afterExists)
            if let v = f.before { w.key("before"); w.value(v) }
            w.key("beforeExists"); w.bool(f.beforeExists)
            w.key("drift"); w.bool(f.drift)
            w.key("path"); w.string(f.path)
            w.key("sensitive"); w.bool(f.sensitive)
        }
    }

    mutating func rollout(_ r: Rollout) {
        object { w in
            w.key("address"); w.string(r.address.description)
            w.key("batches"); w.array(r.batches) { $0.int($1) }
            w.key("current"); w.array(r.current) { w, c in
                w.object { w in
                    w.key("pending"); w.int(c.pending)
                    w.key("revision"); w.string(c.revision)
                    w.key("running"); w.int(c.running)
                }
            }
            w.key("desiredCount"); w.int(r.desiredCount)
            w.key("feasible"); w.bool(r.feasible)
            w.key("maximumTasks"); w.int(r.maximumTasks)
            w.key("minimumHealthy"); w.int(r.minimumHealthy)
            if let p = r.preview { w.key("preview"); w.preview(p) }
            if let p = r.problem { w.key("problem"); w.string(p) }
            w.key("targetRevision"); w.string(r.targetRevision)
            w.key("tasksToReplace"); w.int(r.tasksToReplace)
            w.key("tasksToStart"); w.int(r.tasksToStart)
        }
    }

    mutating func preview(_ p: RolloutPreview) {
        object { w in
            w.key("bakeMinutes"); w.int(p.bakeMinutes)
            w.key("capacityChecked"); w.bool(p.capacityChecked)
            w.key("capacityProviders"); w.map(p.capacityProviders) { $0.int($1) }
            w.key("estimatedSeconds"); w.int(p.estimatedSeconds)
            w.key("peakCPU"); w.int(p.peakCPU)
            w.key("peakMemory"); w.int(p.peakMemory)
            w.key("peakTasks"); w.int(p.peakTasks)
            w.key("recreatesService"); w.bool(p.recreatesService)
            w.key("shiftBakeMinutes"); w.int(p.shiftBakeMinutes)
            w.key("steps"); w.array(p.steps) { w, step in
                w.object { w in
                    w.key("atSeconds"); w.int(step.atSeconds)
                    w.key("kind"); w.string(step.kind.rawValue)
                    w.key("seconds"); w.int(step.seconds)
                    w.key("start"); w.int(step.start)
                    w.key("stop"); w.int(step.stop)
                    // A JSON number as JSONEncoder writes it: 25, 33.3.
                    if let t = step.trafficPercent { w.key("trafficPercent"); w.raw(Array(RolloutPreview.percent(t).utf8)) }
                }
            }
            w.key("strategy"); w.string(p.strategy)
        }
    }

    mutating func summary(_ s: Plan.Summary) {
        object { w in
            w.key("create"); w.int(s.create)
            w.key("delete"); w.int(s.delete)
            w.key("replace"); w.int(s.replace)
            w.key("tasksToReplace"); w.int(s.tasksToReplace)
            w.key("tasksToStart"); w.int(s.tasksToStart)
            w.key("update"); w.int(s.update)
        }
    }

    mutating func value(_ v: Value) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .string(let s): string(s)
        case .list(let items): array(items) { $0.value($1) }
        case .object(let m), .keyed(let m): map(m) { $0.value($1) }
        }
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}
