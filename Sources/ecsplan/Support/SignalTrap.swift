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
    /// The pipe's write end while installed.
    private var writeEnd: Int32?

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

    /// The handler writes the signal's number here, the one thing a signal
    /// handler may safely do; a reader thread turns it into `arrived`.
    nonisolated(unsafe) private static var pipeWrite: Int32 = -1

    /// A sigaction handler, installed before `install` returns: a Dispatch signal
    /// source registers asynchronously on Linux, and a signal that came before
    /// it was (SIGINT right after apply started, on a loaded machine) met SIG_IGN
    /// and was lost. A byte in a pipe waits until it is read.
    static func install() -> SignalTrap {
        let trap = SignalTrap()
        var fds: [Int32] = [-1, -1]
        // Without a pipe (no descriptors left) the signals keep their default:
        // they end the process, and every recorded step is still whole.
        guard pipe(&fds) == 0 else { return trap }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // Never blocks the handler: a full pipe already holds signals enough.
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        pipeWrite = fds[1]
        trap.writeEnd = fds[1]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in
            var byte = UInt8(truncatingIfNeeded: sig)
            _ = write(SignalTrap.pipeWrite, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        for sig in [SIGINT, SIGTERM] { sigaction(sig, &action, nil) }
        let reader = Thread { [readEnd = fds[0]] in
            var byte: UInt8 = 0
            while true {
                let n = read(readEnd, &byte, 1)
                if n == 1 {
                    trap.arrived(Int32(byte))
                } else if n == 0 || errno != EINTR {
                    close(readEnd)
                    return
                }
            }
        }
        reader.name = "ecsplan signals"
        reader.start()
        return trap
    }

    private func arrived(_ sig: Int32) {
        lock.lock()
        let second = first != nil
        if !second { first = sig }
        let held = heldLocks
        lock.unlock()
        if second {
            var text = "\necsplan: \(Self.name(sig)) again: exiting now. The state is consistent "
                + "(steps are committed whole; the next apply redoes any that were not)"
            if !held.isEmpty { text += "; left behind, to break once no ecsplan runs: " + held.joined(separator: ", ") }
            FileHandle.standardError.write(Data((text + "\n").utf8))
            exit(128 + sig)
        }
        FileHandle.standardError.write(Data("\necsplan: \(Self.name(sig)) received; stopping after the step in flight (send it again to quit now)\n".utf8))
    }

    func uninstall() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        lock.lock()
        let end = writeEnd
        writeEnd = nil
        lock.unlock()
        // Closing the write end ends the reader (its read returns 0), which closes the read end.
        if let end {
            Self.pipeWrite = -1
            close(end)
        }
    }
}
