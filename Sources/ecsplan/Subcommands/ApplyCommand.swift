import ArgumentParser
import ECSPlanCore
import Foundation

struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the live state match the configuration.",
        discussion: """
            Plans, shows the plan and asks for confirmation (only 'yes' proceeds; without a terminal \
            it refuses unless --auto-approve). Then creates clusters, registers new task-definition \
            revisions, creates and updates services, and replaces tasks still on old revisions in \
            batches that keep each service's minimum healthy count running. With --plan FILE (or \
            apply FILE.json) it applies exactly a saved plan, without its configuration files or \
            their environment variables, and refuses it if it was edited, was made by a newer \
            ecsplan, for another backend, region or account, or if anything it read has moved since.

            Ctrl-C (SIGINT) or SIGTERM stops after the step in flight, releases the lock and exits \
            130 or 143, saying what is done and what remains; running apply again finishes it. A \
            second signal exits at once (the state stays consistent; the lock is left, and named).
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var planning: PlanningOptions
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Apply this saved plan (from `ecsplan plan --out FILE`). (ECSPLAN_PLAN)", valueName: "file"))
    var plan: String?

    @Flag(name: .customLong("auto-approve"), help: "Do not ask for confirmation. (ECSPLAN_AUTO_APPROVE)")
    var autoApprove = false

    @Flag(name: .customLong("no-wait"), help: "Update services but do not wait for (or drive) task replacement. (ECSPLAN_NO_WAIT)")
    var noWait = false

    @Option(name: .customLong("parallelism"), help: "How many rollouts apply reads per round as it watches (ECS runs every deployment at once). Default: 10. (ECSPLAN_PARALLELISM)")
    var parallelismOption: Int?
    var parallelism: Int { parallelismOption ?? 10 }

    @Option(name: .customLong("timeout"), help: ArgumentHelp("Longest a service's rollout may take, e.g. 10m. Default: 10m. (ECSPLAN_TIMEOUT)", valueName: "duration"))
    var timeoutOption: Duration?
    var timeout: Duration { timeoutOption ?? .seconds(600) }

    @Option(name: .customLong("lock-timeout"), help: ArgumentHelp("Wait this long for the state lock, e.g. 30s. Default: 0, fail at once. (ECSPLAN_LOCK_TIMEOUT)", valueName: "duration"))
    var lockTimeoutOption: Duration?
    var lockTimeout: Duration { lockTimeoutOption ?? .zero }

    @Flag(name: .customLong("json-events"), help: "Stream progress as JSON objects, one per line. (ECSPLAN_JSON_EVENTS)")
    var jsonEventsFlag = false
    /// The flag, ECSPLAN_JSON_EVENTS, or `--format json`.
    var jsonEvents: Bool { jsonEventsFlag || format == .json }

    @Option(name: .customLong("format"), help: """
        text, json (progress as JSON lines, and an error as one JSON line of diagnostics) or github \
        (text, and errors as annotations); markdown is for plans and prints text here. Default: text. (ECSPLAN_FORMAT)
        """)
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    mutating func validate() throws {
        if let p = parallelismOption, p < 1 { throw ValidationError("--parallelism \(p): must be at least 1") }
        if let t = timeoutOption, t <= .zero { throw ValidationError("--timeout \(t): must be above zero") }
        if let t = lockTimeoutOption, t < .zero { throw ValidationError("--lock-timeout \(t): must not be negative") }
        if plan != nil && !config.paths.isEmpty {
            throw ValidationError("--plan applies a saved plan on its own: it holds the configuration it was made from, so name no paths")
        }
        if plan == nil { plan = Env.string("plan") }
        if !autoApprove { autoApprove = try Env.bool("auto-approve") }
        if !noWait { noWait = try Env.bool("no-wait") }
        if !jsonEventsFlag { jsonEventsFlag = try Env.bool("json-events") }
        if formatOption == nil { formatOption = try Env.value("format") }
        if parallelismOption == nil { parallelismOption = try FlagValues.parallelism() }
        if timeoutOption == nil { timeoutOption = try FlagValues.timeout() }
        if lockTimeoutOption == nil { lockTimeoutOption = try FlagValues.lockTimeout() }
    }

    /// `apply FILE.json` is accepted as `apply --plan FILE.json` when the file
    /// is a saved plan; a pasted task or service definition in JSON is configuration.
    var savedPlanPath: String? {
        if let p = plan { return p }
        if config.paths.count == 1, config.paths[0].hasSuffix(".json"), !Self.isConfiguration(config.paths[0]) { return config.paths[0] }
        return nil
    }

    /// A JSON document whose top level is an ECS object or a configuration, not a plan.
    static func isConfiguration(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        let markers = ["family", "containerDefinitions", "taskDefinition", "serviceName", "clusterName", "clusters", "taskDefinitions", "services"]
        return object["changes"] == nil && markers.contains { object[$0] != nil }
    }

    func run() async throws {
        try await ErrorOutput(command: "apply", format: format, compact: true).run(state: global.state) {
            if let path = savedPlanPath {
                try await applySaved(try SavedPlan.read(path))
            } else {
                try await applyConfiguration()
            }
        }
    }

    /// Plans from the configuration, shows the plan, asks, and applies it.
    func applyConfiguration() async throws {
        let load = { config.loadValidated(quietNotes: true, allowEmpty: planning.allowsEmptyConfiguration) }
        let prune = planning.prune
        let scope = { @Sendable (cfg: Config) in ReadScope(config: cfg, prune: prune) }
        // A local state that exists is read while the configuration loads, as
        // `plan` reads it; a new one is created only for a configuration without
        // errors. ECS is asked nothing (no lock, no credentials) before the
        // configuration is known to be valid.
        var preloaded: Config?
        let backend: Backend
        if global.backend == .local, let existing = try global.openBackend(create: false) {
            backend = existing
        } else {
            guard let cfg = load() else { throw ExitCode(1) }
            preloaded = cfg
            guard let created = try global.openBackend() else { throw CLIError("no backend") }
            backend = created
        }
        try await locked(backend) { signals in
            let loaded: (Config, World)?
            if let preloaded {
                loaded = (preloaded, try await backend.provider.readWorld(scope(preloaded)))
            } else {
                loaded = try await backend.provider.readWorld(loading: load, scope: scope)
            }
            guard let (cfg, world) = loaded else { throw ExitCode(1) }
            let targets = try planning.resolvedAddresses(config: cfg, world: world)
            let plan = Planner.plan(PlanRequest(config: cfg, world: world, backend: global.backend.rawValue, configPaths: config.resolvedPaths,
                                                targets: targets, prune: planning.prune))
            KeptUntilExit.keep(cfg, world, plan)
            if !jsonEvents { Console.out(TextRenderer(color: global.useColor).render(plan)) }
            if !plan.errors.isEmpty { throw ExitCode(1) }
            try planning.checkDeletions(plan, world: world)
            guard plan.hasChanges else {
                if !jsonEvents { Console.out("Nothing to do.") }
                return
            }
            try session.confirm(autoApprove: autoApprove)
            // After an interrupt, still under the lock: what a plan made now shows is what remains.
            let remaining: @Sendable () async -> Plan? = {
                guard let after = try? await backend.provider.readWorld(scope(cfg)) else { return nil }
                return Planner.plan(PlanRequest(config: cfg, world: after, backend: global.backend.rawValue, configPaths: config.resolvedPaths,
                                                targets: targets, prune: planning.prune))
            }
            try await execute(plan, world: world, backend: backend, signals: signals, remaining: remaining,
                              plannedHere: true)
        }
    }

    /// Applies exactly a saved plan: it was reviewed (and checked for emptiness
    /// and deletions when it was made), so it is not shown or asked about again,
    /// and nothing is read but the state it was made against.
    func applySaved(_ saved: Plan) async throws {
        if let refusal = SavedPlanCheck.wrongBackend(saved, backend: global.backend.rawValue) {
            throw CLIError(refusal.message, hint: refusal.hint)
        }
        // A saved plan carries its own targets and pruning; asking for others would be silently ignored.
        if planning.prune && !saved.prune {
            throw CLIError("--prune (or ECSPLAN_PRUNE) asks for deletions, but the plan was made without --prune",
                           hint: "make a new plan with --prune, or apply this one without it")
        }
        if !planning.addresses.isEmpty && Set(planning.addresses.map(\.description)) != Set(saved.targets) {
            let made = saved.targets.isEmpty ? "no targets" : "--target " + saved.targets.joined(separator: " --target ")
            throw CLIError("--target (or ECSPLAN_TARGET) differs from the targets the plan was made with (\(made))",
                           hint: "a saved plan applies exactly what it holds: make a new plan with these targets")
        }
        // Only a plan made before the state existed may create it; any other
        // must find the state it was made against, and creates nothing if not.
        let newState = saved.lineage.isEmpty && saved.serial == 0
        guard let backend = try global.openBackend(create: newState) else {
            throw CLIError("there is no state at \(global.state), but the plan was made against state \(saved.lineage) (serial \(saved.serial))",
                           hint: "pass --state with the state the plan was made against")
        }
        try await locked(backend) { signals in
            let world = try await backend.provider.readWorld(ReadScope(plan: saved))
            do throws(SavedPlanRefused) {
                try SavedPlanCheck.verify(saved, backend: global.backend.rawValue, world: world)
            } catch {
                throw CLIError(error.message, hint: error.hint)
            }
            if !saved.errors.isEmpty { throw CLIError("the plan has errors and cannot be applied:\n  " + saved.errors.joined(separator: "\n  ")) }
            if !jsonEvents { Console.out(PlanHeader.location(saved)) }
            guard saved.hasChanges else {
                if !jsonEvents { Console.out("Nothing to do.") }
                return
            }
            try await execute(saved, world: world, backend: backend, signals: signals)
        }
    }

    var session: ApplySession { session(plannedHere: false) }

    func session(plannedHere: Bool) -> ApplySession {
        var options = Executor.Options()
        options.plannedHere = plannedHere
        options.parallelism = parallelism
        options.wait = !noWait
        options.timeout = timeout
        return ApplySession(global: global, operation: "ecsplan apply", lockTimeout: lockTimeout, options: options,
                            jsonEvents: jsonEvents, quiet: config.quiet)
    }

    func locked(_ backend: Backend, _ body: (SignalTrap) async throws -> Void) async throws {
        try await session.locked(backend, body)
    }

    func execute(_ plan: Plan, world: World, backend: Backend, signals: SignalTrap,
                 remaining: (@Sendable () async -> Plan?)? = nil, plannedHere: Bool = false) async throws {
        try await session(plannedHere: plannedHere)
            .execute(plan, world: world, backend: backend, signals: signals, remaining: remaining)
    }
}
