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
    var autoApproveFlag = false
    /// The flag, or ECSPLAN_AUTO_APPROVE from the environment.
    var autoApprove: Bool { autoApproveFlag || Env.bool("auto-approve") }

    @Flag(name: .customLong("no-wait"), help: "Update services but do not wait for (or drive) task replacement. (ECSPLAN_NO_WAIT)")
    var noWaitFlag = false
    /// The flag, or ECSPLAN_NO_WAIT from the environment.
    var noWait: Bool { noWaitFlag || Env.bool("no-wait") }

    @Option(help: "How many services roll out at once. (ECSPLAN_PARALLELISM)")
    var parallelism: Int = Int(Env.string("parallelism") ?? "") ?? 10

    @Option(help: ArgumentHelp("Longest a service's rollout may take, e.g. 10m. (ECSPLAN_TIMEOUT)", valueName: "duration"))
    var timeout: Duration = Env.string("timeout").flatMap(parseDuration) ?? .seconds(600)

    @Option(help: ArgumentHelp("Wait this long for the state lock, e.g. 30s. (ECSPLAN_LOCK_TIMEOUT)", valueName: "duration"))
    var lockTimeout: Duration = Env.string("lock-timeout").flatMap(parseDuration) ?? .zero

    @Flag(name: .customLong("json-events"), help: "Stream progress as JSON objects, one per line. (ECSPLAN_JSON_EVENTS)")
    var jsonEventsFlag = false
    /// The flag, or ECSPLAN_JSON_EVENTS from the environment.
    var jsonEvents: Bool { jsonEventsFlag || Env.bool("json-events") }

    func validate() throws {
        if parallelism < 1 { throw ValidationError("--parallelism must be at least 1") }
    }

    /// `apply FILE.json` is accepted as `apply --plan FILE.json`.
    var savedPlanPath: String? {
        if let p = plan ?? Env.string("plan") { return p }
        if config.paths.count == 1, config.paths[0].hasSuffix(".json") { return config.paths[0] }
        return nil
    }

    func run() async throws {
        try await reportingErrors {
            let saved = try savedPlanPath.map(SavedPlan.read)
            var paths = config.resolvedPaths
            if let saved { paths = saved.configPaths }
            guard let cfg = ConfigOptions(paths: paths, allowMissingEnv: config.allowMissingEnv).loadValidated(quietNotes: true) else { throw ExitCode(1) }
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
        let targets = saved.map { $0.targets.compactMap(Address.init(parsing:)) } ?? planning.addresses
        let fresh = Planner.plan(PlanRequest(config: cfg, world: world, backend: global.backend.rawValue, configPaths: saved?.configPaths ?? config.resolvedPaths,
                                             targets: targets, prune: saved?.prune ?? planning.prune))
        if let saved {
            try SavedPlanCheck.verify(saved: saved, fresh: fresh, world: world)
        } else if !jsonEvents {
            Console.out(TextRenderer(color: global.useColor).render(fresh))
        }
        if !fresh.errors.isEmpty { throw ExitCode(1) }
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

/// A saved plan is applied only if nothing it read has moved and the
/// configuration re-read from its paths is the one that was planned.
enum SavedPlanCheck {
    static func verify(saved: Plan, fresh: Plan, world: World) throws {
        // A plan made before the state existed applies to a state that is still empty.
        let newState = saved.lineage.isEmpty && saved.serial == 0
        var moved = newState ? [] : Fingerprint.staleness(of: saved, against: world)
        if newState && world.serial != 0 { moved.append("the state was created and changed (serial \(world.serial)) since the plan was made") }
        if !moved.isEmpty {
            throw CLIError("the plan is stale:\n  " + moved.joined(separator: "\n  "), hint: "run `ecsplan plan` again and review the new plan")
        }
        if saved.configDigest != fresh.configDigest {
            var differences: [String] = []
            let freshByAddress = Dictionary(fresh.changes.map { ($0.address, $0) }, uniquingKeysWith: { a, _ in a })
            for c in saved.changes {
                let f = freshByAddress[c.address]
                if f?.desiredDigest != c.desiredDigest || f?.action != c.action { differences.append(c.address.description) }
            }
            throw CLIError("the configuration differs from the one the plan was made from" + (differences.isEmpty ? "" : " (\(differences.joined(separator: ", ")))"),
                           hint: "apply the plan with the same files and environment variables, or make a new plan")
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
