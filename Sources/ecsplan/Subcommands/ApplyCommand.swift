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
            batches that keep each service's minimum healthy count running. With --plan FILE it \
            applies exactly a saved plan, and refuses it if anything it read has moved since.

            Ctrl-C stops after the current step; running apply again finishes the remaining work.
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

    @Option(name: .customLong("parallelism"), help: "How many services roll out at once. Default: 10. (ECSPLAN_PARALLELISM)")
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
            let saved = try savedPlanPath.map(SavedPlan.read)
            var paths = config.resolvedPaths
            if let saved { paths = saved.configPaths }
            // A saved plan was checked for emptiness and deletions when it was made.
            let allowEmpty = saved != nil || planning.allowsEmptyConfiguration
            guard let cfg = ConfigOptions(paths: paths, allowMissingEnv: config.allowMissingEnv).loadValidated(quietNotes: true, allowEmpty: allowEmpty) else {
                throw ExitCode(1)
            }
            guard let backend = try global.openBackend() else { throw CLIError("no backend") }
            // Trapped before locking, so SIGINT/SIGTERM always reach the release below.
            let signals = SignalTrap.install()
            defer { signals.uninstall() }
            let locks = try await StateLocks.acquire(global, backend: backend, operation: "ecsplan apply",
                                                     timeout: lockTimeout, shouldStop: { signals.received })
            do {
                try await applyLocked(cfg, saved: saved, backend: backend, signals: signals)
                try await locks.release()
            } catch {
                try? await locks.release()
                throw error
            }
        }
    }

    func applyLocked(_ cfg: Config, saved: Plan?, backend: any Backend, signals: SignalTrap) async throws {
        let world = try await backend.readWorld(ReadScope(config: cfg, prune: saved?.prune ?? planning.prune))
        let targets = try saved.map { $0.targets.compactMap(Address.init(parsing:)) } ?? planning.resolvedAddresses(config: cfg, world: world)
        let fresh = Planner.plan(PlanRequest(config: cfg, world: world, backend: global.backend.rawValue, configPaths: saved?.configPaths ?? config.resolvedPaths,
                                             targets: targets, prune: saved?.prune ?? planning.prune))
        if let saved {
            try SavedPlanCheck.verify(saved: saved, fresh: fresh, world: world)
        } else if !jsonEvents {
            Console.out(TextRenderer(color: global.useColor).render(fresh))
        }
        if !fresh.errors.isEmpty { throw ExitCode(1) }
        if saved == nil { try planning.checkDeletions(fresh, world: world) }
        guard fresh.hasChanges else {
            if !jsonEvents { Console.out("Nothing to do.") }
            return
        }
        if saved == nil && !autoApprove {
            guard Console.stdinIsTTY else {
                throw CLIError("refusing to apply without confirmation: no terminal to ask on", hint: "review the plan and pass --auto-approve, or apply a saved plan")
            }
            Console.out("Do you want to perform these actions? Only 'yes' will be accepted: ", newline: false)
            guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
                Console.out("Apply cancelled.")
                throw ExitCode(1)
            }
        }
        var options = Executor.Options()
        options.parallelism = parallelism
        options.wait = !noWait
        options.timeout = timeout
        let printer = EventPrinter(json: jsonEvents)
        let executor = Executor(backend: backend, options: options, emit: { printer.print($0) }, shouldStop: { signals.received })
        do {
            try await executor.apply(fresh, config: cfg, world: world)
        } catch let e as ApplyError {
            if e.interrupted {
                Console.error("ecsplan: \(e)")
                throw ExitCode(130)
            }
            throw CLIError("apply failed:\n  " + e.failures.joined(separator: "\n  "))
        }
        if !jsonEvents {
            let s = fresh.summary
            Console.out("Apply complete: \(s.create) created, \(s.update) updated, \(s.replace) replaced, \(s.delete) deleted; \(s.tasksToReplace) tasks replaced.")
        }
    }
}

/// Prints apply events: JSON lines for pipelines, or one readable line each.
struct EventPrinter: Sendable {
    var json: Bool
    func print(_ e: ApplyEvent) {
        if json {
            Console.out(e.jsonLine)
            return
        }
        switch e.kind {
        case .progress, .serviceDone:
            Console.out("\(e.address ?? "")  \(e.message)")
        case .started, .finished:
            break
        default:
            Console.out((e.address.map { "\($0): " } ?? "") + e.message)
        }
    }
}
