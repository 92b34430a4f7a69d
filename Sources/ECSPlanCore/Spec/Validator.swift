import YAML

/// The semantic rules of DESIGN.md §1, checked before any API call. Every rule
/// adds a diagnostic; nothing stops at the first problem.
public struct Validator: Sendable {
    /// `validate` of definitions pasted alone: a service in a configuration
    /// that defines no cluster (or no task definition) refers to one that lives
    /// elsewhere (the account, ecspresso's config), so naming one is a note.
    /// A configuration that defines any keeps the error, typos included.
    public var referencesMayBeElsewhere = false

    public init(referencesMayBeElsewhere: Bool = false) { self.referencesMayBeElsewhere = referencesMayBeElsewhere }

    static let namePattern = "^[A-Za-z0-9_-]{1,255}$"
    static let validIgnoreChanges: Set<String> = [
        "desiredCount", "taskDefinition", "tags", "placementStrategy", "placementConstraints",
        "deploymentConfiguration", "healthCheckGracePeriodSeconds", "enableExecuteCommand", "propagateTags",
        "networkConfiguration", "loadBalancers",
    ]

    /// Every rule over `config`; `checked` when the loader already checked each
    /// task definition and service (`ConfigLoader.checksObjects`), and `config`
    /// holds none.
    public func validate(_ config: Config, checked: CheckedObjects? = nil) -> [Diagnostic] {
        let sources = config.sources
        let checked = checked ?? check(config)
        var out = Diagnostics(sources: sources)
        for c in config.clusters { validate(cluster: c, into: &out) }
        for td in checked.taskDefinitions { out.items += td.spec.diagnostics }
        let clusterNames = Set(config.clusters.map(\.spec.name))
        let families = Set(checked.taskDefinitions.map(\.spec.family))
        let facts = Config.Lookup(checked.taskDefinitions) { $0.family }
        for items in Parallel.map(checked.services, minimumChunk: 256, { s in
            var own = Diagnostics(sources: sources)
            validate(references: s, clusters: clusterNames, families: families, facts: facts, into: &own)
            return s.spec.diagnostics + own.items
        }) { out.items += items }
        guard !config.decodeErrorPaths.isEmpty else { return out.items }
        return out.items.filter { d in
            !config.decodeErrorPaths.contains { bad in
                d.path == bad || d.path.hasPrefix(bad + ".") || d.path.hasPrefix(bad + "[") || bad.hasPrefix(d.path + ".") && d.path.split(separator: ".").count > 1
            }
        }
    }

    /// Each object's own rules read only that object, so the objects are
    /// checked in parallel; the results keep the configuration's order.
    func check(_ config: Config) -> CheckedObjects {
        var checked = CheckedObjects()
        checked.taskDefinitions = Parallel.map(config.taskDefinitions, minimumChunk: 64) { check(taskDefinition: $0, sources: config.sources) }
        checked.services = Parallel.map(config.services, minimumChunk: 64) { check(service: $0, sources: config.sources) }
        return checked
    }

    func check(taskDefinition td: Sourced<TaskDefinition>, sources: SourceFiles) -> Sourced<TaskDefinitionFacts> {
        var own = Diagnostics(sources: sources)
        validate(taskDefinition: td, into: &own)
        return Sourced(TaskDefinitionFacts(td.spec, diagnostics: own.items), mark: td.mark)
    }

    func check(service s: Sourced<Service>, sources: SourceFiles) -> Sourced<ServiceReferences> {
        var own = Diagnostics(sources: sources)
        validate(service: s, into: &own)
        return Sourced(ServiceReferences(s.spec, diagnostics: own.items), mark: s.mark)
    }

    struct Diagnostics {
        let sources: SourceFiles
        var items: [Diagnostic] = []
        mutating func error<S>(_ object: Sourced<S>, _ prefix: FieldPath, _ rel: [FieldPath.Component], _ message: String) {
            items.append(Diagnostic(.error, at: sources.mark(of: object, at: rel), path: FieldPath(prefix.components + rel).description, message))
        }
        mutating func warning<S>(_ object: Sourced<S>, _ prefix: FieldPath, _ rel: [FieldPath.Component], _ message: String) {
            items.append(Diagnostic(.warning, at: sources.mark(of: object, at: rel), path: FieldPath(prefix.components + rel).description, message))
        }
        mutating func note<S>(_ object: Sourced<S>, _ prefix: FieldPath, _ rel: [FieldPath.Component], _ message: String) {
            items.append(Diagnostic(.note, at: sources.mark(of: object, at: rel), path: FieldPath(prefix.components + rel).description, message))
        }
    }

    static func isValidName(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 255 else { return false }
        return s.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
        }
    }

    /// The model's own constraints (ranges, lengths, patterns) on every member.
    func checkModel<S>(_ shape: some ConstraintChecked, _ object: Sourced<S>, _ p: FieldPath, into out: inout Diagnostics) {
        var violations: [ConstraintViolation] = []
        shape.checkConstraints(at: [], into: &violations)
        for v in violations {
            let rel: [FieldPath.Component] = v.path.map {
                switch $0 {
                case .member(let m): return .key(m)
                case .index(let i): return .index(i)
                case .key(let k): return .label(k)
                }
            }
            out.error(object, p, rel, v.message)
        }
    }

    func validate(cluster c: Sourced<Cluster>, into out: inout Diagnostics) {
        let p = FieldPath().key("clusters").label(c.spec.name)
        checkModel(c.spec.definition, c, p, into: &out)
        if !Self.isValidName(c.spec.name) { out.error(c, p, [.key("name")], "must match \(Self.namePattern)") }
        if let cap = c.spec.capacity {
            if cap.instances < 0 || cap.instances > 10_000 { out.error(c, p, [.key("capacity"), .key("instances")], "must be between 0 and 10000") }
            if let cpu = cap.cpu, cpu <= 0 { out.error(c, p, [.key("capacity"), .key("cpu")], "must be positive (CPU units, 1024 per vCPU)") }
            if let mem = cap.memory, mem <= 0 { out.error(c, p, [.key("capacity"), .key("memory")], "must be positive (MiB)") }
            if let zones = cap.zones, zones.isEmpty { out.error(c, p, [.key("capacity"), .key("zones")], "must list at least one zone") }
        }
    }

    // MARK: Task definitions

    func validate(taskDefinition td: Sourced<TaskDefinition>, into out: inout Diagnostics) {
        let spec = td.spec
        let p = FieldPath().key("taskDefinitions").label(spec.family)
        checkModel(spec.definition, td, p, into: &out)
        if !Self.isValidName(spec.family) { out.error(td, p, [.key("family")], "must match \(Self.namePattern)") }
        if spec.containerDefinitions.isEmpty { out.error(td, p, [.key("containerDefinitions")], "needs at least one container") }
        if spec.containerDefinitions.count > 10 { out.error(td, p, [.key("containerDefinitions")], "at most 10 containers per task definition (got \(spec.containerDefinitions.count))") }
        // Enum members (networkMode, requiresCompatibilities, …) were checked
        // against the model's values as they were decoded.
        let mode = spec.effectiveNetworkMode
        if let cpu = spec.cpu, ResourceQuantity.parse(cpu, kind: .cpu) == nil {
            out.error(td, p, [.key("cpu")], "expected CPU units (e.g. 256) or \"0.25 vCPU\", got \"\(cpu)\"")
        }
        if let memory = spec.memory, ResourceQuantity.parse(memory, kind: .memory) == nil {
            out.error(td, p, [.key("memory")], "expected MiB (e.g. 512) or \"1 GB\", got \"\(memory)\"")
        }
        if spec.isFargate {
            if mode != "awsvpc" { out.error(td, p, [.key("networkMode")], "FARGATE requires networkMode awsvpc") }
            validateFargateSize(td, p, into: &out)
        }
        if let keep = spec.keepRevisions, keep < 1 { out.error(td, p, [.key("keepRevisions")], "must be at least 1") }

        var names: [String: Int] = [:]
        var cpuSum = 0
        var memSum = 0
        for (i, c) in spec.containerDefinitions.enumerated() {
            let cp: [FieldPath.Component] = [.key("containerDefinitions"), .index(i)]
            guard let name = c.name else {
                out.error(td, p, cp, "missing required key 'name'")
                continue
            }
            if !Self.isValidName(name) { out.error(td, p, cp + [.key("name")], "must match \(Self.namePattern)") }
            if let first = names[name] {
                out.error(td, p, cp + [.key("name")], "container name '\(name)' is used twice (also containerDefinitions[\(first)])")
            } else {
                names[name] = i
            }
            if c.image?.isEmpty ?? true { out.error(td, p, cp + [.key("image")], "missing required key 'image'") }
            if let cpu = c.cpu, cpu < 0 { out.error(td, p, cp + [.key("cpu")], "must not be negative") }
            cpuSum += c.cpu ?? 0
            if let mem = c.memory, mem < 6 { out.error(td, p, cp + [.key("memory")], "must be at least 6 MiB (got \(mem))") }
            // ECS takes a hard limit equal to the reservation; only a lower one is refused.
            if let mem = c.memory, let res = c.memoryReservation, mem < res {
                out.error(td, p, cp + [.key("memory")], "must be at least memoryReservation (\(res))")
            }
            memSum += c.memoryReservation ?? c.memory ?? 0
            if !spec.isFargate, spec.memory == nil, c.memory == nil, c.memoryReservation == nil {
                out.error(td, p, cp, "needs memory or memoryReservation (the task sets no memory)")
            }
            for (j, pm) in (c.portMappings ?? []).enumerated() {
                let pp = cp + [.key("portMappings"), .index(j)]
                guard let port = pm.containerPort else {
                    if pm.containerPortRange == nil { out.error(td, p, pp, "needs containerPort or containerPortRange") }
                    continue
                }
                if !(1...65535).contains(port) { out.error(td, p, pp + [.key("containerPort")], "must be between 1 and 65535 (got \(port))") }
                if let host = pm.hostPort, !(0...65535).contains(host) { out.error(td, p, pp + [.key("hostPort")], "must be between 0 and 65535 (got \(host))") }
                if mode == .awsvpc || mode == .host, let host = pm.hostPort, host != port {
                    out.error(td, p, pp + [.key("hostPort")], "with networkMode \(mode), hostPort must be absent or equal to containerPort (\(port))")
                }
            }
            for (j, s) in (c.secrets ?? []).enumerated() where s.valueFrom.isEmpty {
                out.error(td, p, cp + [.key("secrets"), .index(j), .key("valueFrom")], "must be an ARN or parameter name")
            }
            if let hc = c.healthCheck {
                if hc.command.isEmpty { out.error(td, p, cp + [.key("healthCheck"), .key("command")], "must not be empty") }
                if let v = hc.interval, !(5...300).contains(v) { out.error(td, p, cp + [.key("healthCheck"), .key("interval")], "must be between 5 and 300 seconds") }
                if let v = hc.timeout, !(2...60).contains(v) { out.error(td, p, cp + [.key("healthCheck"), .key("timeout")], "must be between 2 and 60 seconds") }
                if let v = hc.retries, !(1...10).contains(v) { out.error(td, p, cp + [.key("healthCheck"), .key("retries")], "must be between 1 and 10") }
            }
        }
        let volumeNames = Set((spec.volumes ?? []).compactMap(\.name))
        for (i, c) in spec.containerDefinitions.enumerated() {
            let cp: [FieldPath.Component] = [.key("containerDefinitions"), .index(i)]
            for (j, d) in (c.dependsOn ?? []).enumerated() {
                let dp = cp + [.key("dependsOn"), .index(j)]
                if names[d.containerName] == nil {
                    var message = "container '\(d.containerName)' does not exist in this task definition"
                    if let s = nearest(to: d.containerName, in: names.keys.sorted()) { message += "; did you mean '\(s)'?" }
                    out.error(td, p, dp + [.key("containerName")], message)
                } else if d.containerName == c.name {
                    out.error(td, p, dp + [.key("containerName")], "a container cannot depend on itself")
                }
                if d.condition == .healthy, let target = names[d.containerName], spec.containerDefinitions[target].healthCheck == nil {
                    out.error(td, p, dp + [.key("condition")], "HEALTHY needs a healthCheck on container '\(d.containerName)'")
                }
            }
            for (j, mp) in (c.mountPoints ?? []).enumerated() {
                if let v = mp.sourceVolume, !volumeNames.contains(v) {
                    out.error(td, p, cp + [.key("mountPoints"), .index(j), .key("sourceVolume")], "volume '\(v)' is not defined in volumes")
                }
            }
            for (j, vf) in (c.volumesFrom ?? []).enumerated() {
                guard let source = vf.sourceContainer, names[source] == nil else { continue }
                out.error(td, p, cp + [.key("volumesFrom"), .index(j), .key("sourceContainer")], "container '\(source)' does not exist in this task definition")
            }
        }
        if let cycle = Self.dependencyCycle(spec.containerDefinitions) {
            out.error(td, p, [.key("containerDefinitions")], "dependsOn has a cycle: \(cycle.joined(separator: " → "))")
        }
        if !spec.containerDefinitions.contains(where: { $0.essential ?? true }) {
            out.error(td, p, [.key("containerDefinitions")], "at least one container must be essential")
        }
        if let taskCPU = spec.cpuUnits, cpuSum > taskCPU {
            out.error(td, p, [.key("cpu")], "containers ask for \(cpuSum) CPU units in total, more than the task's \(taskCPU)")
        }
        if let taskMem = spec.memoryMiB, memSum > taskMem {
            out.error(td, p, [.key("memory")], "containers reserve \(memSum) MiB in total, more than the task's \(taskMem)")
        }
        for (i, pc) in (spec.placementConstraints ?? []).enumerated() {
            validateConstraint(PlacementConstraint(pc), td, p, [.key("placementConstraints"), .index(i)], allowDistinct: false, into: &out)
        }
    }

    static let fargateSizes: [Int: [Int]] = {
        var t: [Int: [Int]] = [256: [512, 1024, 2048]]
        t[512] = Array(stride(from: 1024, through: 4096, by: 1024))
        t[1024] = Array(stride(from: 2048, through: 8192, by: 1024))
        t[2048] = Array(stride(from: 4096, through: 16384, by: 1024))
        t[4096] = Array(stride(from: 8192, through: 30720, by: 1024))
        t[8192] = Array(stride(from: 16384, through: 61440, by: 4096))
        t[16384] = Array(stride(from: 32768, through: 122880, by: 8192))
        return t
    }()

    func validateFargateSize(_ td: Sourced<TaskDefinition>, _ p: FieldPath, into out: inout Diagnostics) {
        guard let cpu = td.spec.cpuUnits else {
            out.error(td, p, [], "FARGATE requires task-level cpu (256, 512, 1024, 2048, 4096, 8192 or 16384)")
            return
        }
        guard let memory = td.spec.memoryMiB else {
            out.error(td, p, [], "FARGATE requires task-level memory")
            return
        }
        guard let allowed = Self.fargateSizes[cpu] else {
            out.error(td, p, [.key("cpu")], "FARGATE cpu must be one of 256, 512, 1024, 2048, 4096, 8192, 16384 (got \(cpu))")
            return
        }
        if !allowed.contains(memory) {
            let lo = allowed.first ?? 0
            let hi = allowed.last ?? 0
            let step = allowed.count > 1 ? allowed[1] - allowed[0] : 0
            let range = cpu == 256 ? "512, 1024 or 2048" : "\(lo)–\(hi) in steps of \(step)"
            out.error(td, p, [.key("memory")], "FARGATE with cpu \(cpu) needs memory \(range) MiB (got \(memory))")
        }
    }

    /// The first cycle in `dependsOn`, as container names, or nil.
    static func dependencyCycle(_ containers: [ContainerDefinition]) -> [String]? {
        var edges: [String: [String]] = [:]
        for c in containers { if let n = c.name { edges[n] = (c.dependsOn ?? []).map(\.containerName) } }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        func visit(_ n: String) -> [String]? {
            if state[n] == 2 { return nil }
            if state[n] == 1, let start = stack.firstIndex(of: n) { return Array(stack[start...]) + [n] }
            state[n] = 1
            stack.append(n)
            for m in edges[n] ?? [] where edges[m] != nil && m != n {
                if let c = visit(m) { return c }
            }
            stack.removeLast()
            state[n] = 2
            return nil
        }
        for c in containers { if let n = c.name, let cycle = visit(n) { return cycle } }
        return nil
    }

    func validateConstraint<S>(_ pc: PlacementConstraint, _ obj: Sourced<S>, _ p: FieldPath, _ rel: [FieldPath.Component], allowDistinct: Bool, into out: inout Diagnostics) {
        switch pc.type {
        case "distinctInstance":
            if !allowDistinct { out.error(obj, p, rel + [.key("type")], "distinctInstance is only valid on services; task definitions take memberOf") }
        case "memberOf":
            guard let e = pc.expression, !e.isEmpty else {
                out.error(obj, p, rel, "memberOf needs an expression")
                return
            }
            do {
                _ = try PlacementExpression.parse(e)
            } catch {
                // Point at the offending character when the expression sits on one line.
                var mark = out.sources.mark(of: obj, at: rel + [.key("expression")])
                if let node = out.sources.node(at: obj.mark), case .scalar(let s)? = Self.node(node, rel + [.key("expression")]),
                   !s.string.contains("\n") {
                    mark.column += error.column - 1 + (s.isQuoted ? 1 : 0)
                }
                out.items.append(Diagnostic(at: mark, path: FieldPath(p.components + rel + [.key("expression")]).description, "invalid placement expression: \(error.message)"))
            }
        default:
            // Unknown types were refused as they were decoded; this is a missing one.
            out.error(obj, p, rel, allowDistinct ? "needs a type: distinctInstance or memberOf" : "needs a type: memberOf")
        }
    }

    static func node(_ root: Node, _ path: [FieldPath.Component]) -> Node? {
        var node = root
        for c in path {
            switch (c, node) {
            case (.key(let k), .mapping(let m)):
                guard let next = m[k] else { return nil }
                node = next
            case (.index(let i), .sequence(let s)) where i >= 0 && i < s.items.count:
                node = s.items[i]
            default: return nil
            }
        }
        return node
    }

    // MARK: Services

    /// The service's own rules: those that read no other object.
    func validate(service s: Sourced<Service>, into out: inout Diagnostics) {
        let spec = s.spec
        let p = FieldPath().key("services").label(spec.name)
        checkModel(spec.definition, s, p, into: &out)
        if spec.launchType != nil, !(spec.capacityProviderStrategy?.isEmpty ?? true) {
            out.error(s, p, [.key("launchType")], "launchType and capacityProviderStrategy cannot both be set (ECS refuses it); keep one")
        }
        if !Self.isValidName(spec.name) { out.error(s, p, [.key("name")], "must match \(Self.namePattern)") }
        if let count = spec.desiredCount, count < 0 { out.error(s, p, [.key("desiredCount")], "must not be negative (got \(count))") }
        if let lt = spec.launchType, !["EC2", "FARGATE", "EXTERNAL"].contains(lt) {
            out.error(s, p, [.key("launchType")], "must be EC2, FARGATE or EXTERNAL (got \"\(lt)\")")
        }
        if let st = spec.schedulingStrategy, !["REPLICA", "DAEMON"].contains(st) {
            out.error(s, p, [.key("schedulingStrategy")], "must be REPLICA or DAEMON (got \"\(st)\")")
        }
        if spec.isDaemon {
            if spec.launchType == "FARGATE" { out.error(s, p, [.key("schedulingStrategy")], "DAEMON services cannot use FARGATE") }
            if spec.desiredCount != nil { out.error(s, p, [.key("desiredCount")], "DAEMON services run one task per instance; remove desiredCount") }
            if !(spec.placementStrategy ?? []).isEmpty { out.error(s, p, [.key("placementStrategy")], "DAEMON services take no placement strategy") }
        }
        if let dc = spec.deploymentConfiguration {
            let dp: [FieldPath.Component] = [.key("deploymentConfiguration")]
            if let min = dc.minimumHealthyPercent, !(0...100).contains(min) {
                out.error(s, p, dp + [.key("minimumHealthyPercent")], "must be between 0 and 100 (got \(min))")
            }
            if let max = dc.maximumPercent {
                if spec.isDaemon, max != 100 { out.error(s, p, dp + [.key("maximumPercent")], "DAEMON services need maximumPercent 100 (got \(max))") }
                else if !(100...1000).contains(max) { out.error(s, p, dp + [.key("maximumPercent")], "must be between 100 and 1000 (got \(max))") }
            }
        }
        let strategies = spec.placementStrategy ?? []
        if strategies.count > 5 { out.error(s, p, [.key("placementStrategy")], "at most 5 placement strategies (got \(strategies.count))") }
        for (i, st) in strategies.enumerated() {
            let sp: [FieldPath.Component] = [.key("placementStrategy"), .index(i)]
            switch st.type {
            case "binpack":
                if !["cpu", "memory"].contains(st.field ?? "") { out.error(s, p, sp + [.key("field")], "binpack needs field cpu or memory") }
            case "spread":
                guard let f = st.field, f == "instanceId" || f == "host" || f.hasPrefix("attribute:") else {
                    out.error(s, p, sp + [.key("field")], "spread needs field instanceId or attribute:NAME")
                    continue
                }
            case "random":
                if st.field != nil { out.error(s, p, sp + [.key("field")], "random takes no field") }
            default:
                // Unknown types were refused as they were decoded; this is a missing one.
                out.error(s, p, sp, "needs a type: binpack, spread or random")
            }
        }
        let constraints = spec.placementConstraints ?? []
        if constraints.count > 10 { out.error(s, p, [.key("placementConstraints")], "at most 10 placement constraints") }
        for (i, pc) in constraints.enumerated() {
            validateConstraint(pc, s, p, [.key("placementConstraints"), .index(i)], allowDistinct: true, into: &out)
        }
        for (i, field) in (spec.ignoreChanges ?? []).enumerated() where !Self.validIgnoreChanges.contains(field) {
            var message = "'\(field)' cannot be ignored"
            if let n = nearest(to: field, in: Self.validIgnoreChanges.sorted()) { message += "; did you mean '\(n)'?" }
            out.error(s, p, [.key("ignoreChanges"), .index(i)], message)
        }
        if let hc = spec.healthCheckGracePeriodSeconds, hc < 0 {
            out.error(s, p, [.key("healthCheckGracePeriodSeconds")], "must not be negative")
        }
    }
}

/// `web` (the latest revision managed here) or `web:7` (a pinned revision).
public struct TaskDefinitionRef: Sendable, Hashable, CustomStringConvertible {
    public var family: String
    public var revision: Int?

    public init(_ text: String) {
        var t = Substring(text)
        if let slash = t.lastIndex(of: "/") { t = t[t.index(after: slash)...] }  // an ARN
        if let colon = t.lastIndex(of: ":"), let rev = Int(t[t.index(after: colon)...]) {
            family = String(t[..<colon])
            revision = rev
        } else {
            family = String(t)
            revision = nil
        }
    }

    public init(family: String, revision: Int?) {
        self.family = family
        self.revision = revision
    }

    public var description: String { revision.map { "\(family):\($0)" } ?? family }
}
