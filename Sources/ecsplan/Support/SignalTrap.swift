import Dispatch
import Foundation

/// SIGINT/SIGTERM set a flag instead of killing the process, so apply stops
/// after the step in progress and leaves a consistent state.
final class SignalTrap: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private var sources: [any DispatchSourceSignal] = []

    var received: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    static func install() -> SignalTrap {
        let trap = SignalTrap()
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak trap] in
                guard let trap else { return }
                trap.lock.lock()
                let second = trap.flag
                trap.flag = true
                trap.lock.unlock()
                if second { exit(130) }  // a second Ctrl-C means now
                FileHandle.standardError.write(Data("\necsplan: interrupt received; stopping after the current step (press Ctrl-C again to quit now)\n".utf8))
            }
            source.resume()
            trap.sources.append(source)
        }
        return trap
    }

    func uninstall() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
