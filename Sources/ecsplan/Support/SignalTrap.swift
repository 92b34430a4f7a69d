import Dispatch
import Foundation

/// SIGINT/SIGTERM set a flag instead of killing the process, so apply stops
/// after the step in flight, records it, releases the lock and exits 128 + the
/// signal's number (130 for SIGINT, 143 for SIGTERM). A second signal exits at
/// once: every step is whole in the state (a step group not yet committed is
/// lost whole, and the next apply does it again), so the state stays consistent,
/// and only the lock is left behind, which the message says how to break.
final class SignalTrap: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Int32?
    private var heldLocks: [String] = []
    private var sources: [any DispatchSourceSignal] = []

    /// Whether a first signal has arrived.
    var received: Bool {
        lock.lock()
        defer { lock.unlock() }
        return first != nil
    }

    /// 128 + the first signal's number, as a shell reports a death by that signal.
    var exitCode: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return 128 + (first ?? SIGINT)
    }

    var signalName: String {
        lock.lock()
        defer { lock.unlock() }
        return Self.name(first ?? SIGINT)
    }

    /// The locks this run holds, each with the command that breaks it, named
    /// if a second signal leaves them behind.
    func holding(_ locks: [String]) {
        lock.lock()
        heldLocks = locks
        lock.unlock()
    }

    static func name(_ signal: Int32) -> String { signal == SIGTERM ? "SIGTERM" : "SIGINT" }

    static func install() -> SignalTrap {
        let trap = SignalTrap()
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            // Signals that arrive close together are coalesced into one event: `data` counts them.
            // The handler holds its source until `uninstall` cancels it, which releases the handler.
            source.setEventHandler { [weak trap] in
                for _ in 0..<max(1, Int(source.data)) { trap?.arrived(sig) }
            }
            source.resume()
            trap.sources.append(source)
        }
        return trap
    }

    private func arrived(_ sig: Int32) {
        lock.lock()
        let second = first != nil
        if !second { first = sig }
        let held = heldLocks
        lock.unlock()
        if second {
            var text = "\necsplan: \(Self.name(sig)) again: exiting now. The state is consistent (steps are committed whole; the next apply redoes any that were not)"
            if !held.isEmpty { text += "; left behind, to break once no ecsplan runs: " + held.joined(separator: ", ") }
            FileHandle.standardError.write(Data((text + "\n").utf8))
            exit(128 + sig)
        }
        FileHandle.standardError.write(Data("\necsplan: \(Self.name(sig)) received; stopping after the step in flight (send it again to quit now)\n".utf8))
    }

    func uninstall() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
