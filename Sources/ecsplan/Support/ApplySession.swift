import ArgumentParser
import ECSPlanCore
import Foundation

/// What `apply` and `rollback` share once they hold a plan: asking before
/// changing anything, the state locks with Ctrl-C trapped, and carrying the
/// plan out with progress shown, so a rollback is journaled, locked and watched
/// exactly as an apply is.
struct ApplySession {
    var global: GlobalOptions
    var operation: String
    var lockTimeout: Duration
    var options: Executor.Options
    var jsonEvents: Bool
    var quiet: Bool

    /// `apply`, `rollback`: the command's word in messages.
    var verb: Substring { operation.split(separator: " ").last ?? "apply" }

    /// Only 'yes' proceeds; without a terminal, nothing is asked and nothing proceeds.
    func confirm(autoApprove: Bool, question: String = "Do you want to perform these actions?") throws {
        guard !autoApprove else { return }
        guard Console.stdinIsTTY else {
            throw CLIError("refusing to \(verb) without confirmation: no terminal to ask on",
                           hint: "review the plan and pass --auto-approve, or apply a saved plan")
        }
        Console.out("\(question) Only 'yes' will be accepted: ", newline: false)
        guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            Console.out("Apply cancelled.")
            throw ExitCode(1)
        }
    }

    /// Runs `body` holding the state locks (and the team lock, with --lock),
    /// with Ctrl-C turned into a stop after the current step.
    func locked(_ backend: Backend, _ body: (SignalTrap) async throws -> Void) async throws {
        // Trapped before locking, so SIGINT/SIGTERM always reach the release below.
        let signals = SignalTrap.install()
        defer { signals.uninstall() }
        let locks: StateLocks
        do {
            locks = try await StateLocks.acquire(global, backend: backend, operation: operation,
                                                 timeout: lockTimeout, shouldStop: { signals.received })
        } catch where signals.received {
            // Stopped while waiting for the lock (--lock-timeout): nothing began, and the exit says it was a signal.
            Console.error("ecsplan: \(signals.signalName) while waiting for the state lock; nothing was changed")
            throw ExitCode(signals.exitCode)
        }
        var held = ["the state lock \(locks.backendID) (`ecsplan state unlock \(locks.backendID)`)"]
        if let team = locks.team {
            held.append("the team lock \(team.id) in \(team.lock.location) (`ecsplan state unlock \(team.id) --lock \(team.lock.location)`)")
        }
        signals.holding(held)
        do {
            try await body(signals)
            try await locks.release()
        } catch {
            try? await locks.release()
            throw error
        }
    }

    /// `remaining` makes the plan again after an interrupt, to say what is left;
    /// a saved plan has no configuration to make it from, so it passes nil.
    func execute(_ plan: Plan, world: World, backend: Backend, signals: SignalTrap,
                 remaining: (@Sendable () async -> Plan?)? = nil) async throws {
        let printer = EventPrinter(json: jsonEvents, quiet: quiet)
        let steps = StepLog()
        let executor = Executor(backend: backend, options: options, emit: { printer.print($0); steps.record($0) }, shouldStop: { signals.received })
        do {
            defer { printer.finish() }
            try await executor.apply(plan, world: world)
        } catch let e as ApplyError {
            if e.interrupted {
                let left = await remaining?()
                Console.error("ecsplan: " + InterruptReport(signal: signals.signalName, done: steps.done, remaining: left).text)
                throw ExitCode(signals.exitCode)
            }
            throw CLIError("\(verb) failed:\n  " + e.failures.joined(separator: "\n  "))
        }
        if !jsonEvents {
            let s = plan.summary
            Console.out("Apply complete: \(s.create) created, \(s.update) updated, \(s.replace) replaced, \(s.delete) deleted; \(s.tasksToReplace) tasks replaced.")
        }
    }
}
