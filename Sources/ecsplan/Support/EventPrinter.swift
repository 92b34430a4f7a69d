import ECSPlanCore
import Foundation

/// Prints apply events: JSON lines for machines (`--json-events`), otherwise
/// through `ApplyProgressView`: a live progress line on a terminal, a line at
/// most every few seconds per service in a pipeline, none with `--quiet`.
/// Events come from the executor's concurrent rollouts, hence the lock.
final class EventPrinter: @unchecked Sendable {
    let json: Bool
    private let lock = NSLock()
    private var view: ApplyProgressView
    private let start = ContinuousClock.now
    private var ticker: Task<Void, Never>?

    init(json: Bool, quiet: Bool, live: Bool = Console.stdoutIsTTY) {
        self.json = json
        view = ApplyProgressView(live: live, quiet: quiet, interval: .seconds(5), width: Console.columns)
        // A clock that moves the live line (and a pipeline's held-back lines) between events.
        if !json && !quiet {
            ticker = Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: live ? .seconds(1) : .seconds(5))
                    self?.tick()
                }
            }
        }
    }

    func print(_ e: ApplyEvent) {
        if json {
            Console.out(e.jsonLine)
            return
        }
        lock.withLock { write(view.handle(e, at: ContinuousClock.now - start)) }
    }

    func tick() {
        lock.withLock { write(view.tick(at: ContinuousClock.now - start)) }
    }

    /// Stops the clock and removes the live line: what follows is the summary or an error.
    func finish() {
        ticker?.cancel()
        ticker = nil
        lock.withLock { write(view.finish()) }
    }

    private func write(_ text: String) {
        if !text.isEmpty { Console.out(text, newline: false) }
    }
}
