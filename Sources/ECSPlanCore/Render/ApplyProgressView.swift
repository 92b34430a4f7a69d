/// What a person watching an apply sees, made from its events alone (the
/// executor's internals are none of its business): one line per step, and per
/// rolling service `service/demo/web: 2/4 tasks on web:7, 35 s`.
///
/// On a terminal (`live`) the rolling services share one line at the bottom,
/// rewritten in place as they progress; in a pipeline or a log each service's
/// progress is a line of its own, at most one per `interval`, so a long
/// rollout neither floods the log nor falls silent (a service without news
/// still gets a line every six intervals). `quiet` leaves out the
/// progress but keeps the steps and each service's final line.
///
/// Pure: the caller passes the time and writes the text returned (the CLI
/// from a clock, tests from a list), so it is tested without a terminal.
public struct ApplyProgressView: Sendable {
    public var live: Bool
    public var quiet: Bool
    public var interval: Duration
    /// Columns of the terminal: the live line is cut to fit.
    public var width: Int

    /// A service whose rollout is being watched.
    struct Rolling: Sendable {
        var since: Duration
        var running: Int
        var desired: Int
        var revision: String
        /// In a pipeline: when its last line was printed, and whether a newer state waits.
        var printedAt: Duration?
        var unprinted = false
    }

    var rolling: [String: Rolling] = [:]
    /// Order in which services started rolling, for a stable live line.
    var order: [String] = []
    /// Whether a live line is on screen.
    var liveShown = false

    /// Clears the current line and moves the cursor back to its start.
    static let clearLine = "\r\u{1B}[2K"

    public init(live: Bool, quiet: Bool = false, interval: Duration = .seconds(5), width: Int = 100) {
        self.live = live
        self.quiet = quiet
        self.interval = interval
        self.width = max(width, 20)
    }

    /// The text to write for `event`, which happened at `now` (time since any fixed start).
    public mutating func handle(_ event: ApplyEvent, at now: Duration) -> String {
        let address = event.address ?? ""
        switch event.kind {
        case .started, .finished:
            return ""
        case .progress:
            guard let running = event.running, let desired = event.desired, let revision = event.revision else {
                return ""
            }
            update(address, running: running, desired: desired, revision: revision, at: now)
            guard !quiet else { return "" }
            if live { return redrawLive(now) }
            return printDue(address, at: now)
        case .serviceDone:
            let since = rolling[address]?.since ?? now
            remove(address)
            let state = event.running.flatMap { running in
                event.desired.map { "\(running)/\($0) tasks on \(event.revision ?? "?")" }
            } ?? event.message
            return permanent("\(address): \(state), done in \(Self.elapsed(now - since))", at: now)
        case .serviceFailed:
            remove(address)
            return permanent(event.message.hasPrefix(address) ? event.message : "\(address): \(event.message)", at: now)
        case .batch:
            if let running = event.running, let desired = event.desired, let revision = event.revision {
                update(address, running: running, desired: desired, revision: revision, at: now)
            }
            return permanent((event.address.map { "\($0): " } ?? "") + event.message, at: now)
        default:
            return permanent((event.address.map { "\($0): " } ?? "") + event.message, at: now)
        }
    }

    /// Time passed without an event: the live line's clocks move on, and in a
    /// pipeline a service whose newer state was held back gets its line.
    public mutating func tick(at now: Duration) -> String {
        guard !quiet, !rolling.isEmpty else { return "" }
        if live { return redrawLive(now) }
        return order.map { printDue($0, at: now) }.joined()
    }

    /// Removes the live line, before the final summary or an error message.
    public mutating func finish() -> String {
        defer { liveShown = false }
        return liveShown ? Self.clearLine : ""
    }

    /// `35 s`, `2 min 05 s`, `1 h 02 min`.
    public static func elapsed(_ d: Duration) -> String {
        let s = max(0, Int(d.components.seconds))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min " + (s % 60 < 10 ? "0" : "") + "\(s % 60) s" }
        return "\(s / 3600) h " + (s % 3600 / 60 < 10 ? "0" : "") + "\(s % 3600 / 60) min"
    }

    // MARK: -

    mutating func update(_ address: String, running: Int, desired: Int, revision: String, at now: Duration) {
        if var r = rolling[address] {
            if (r.running, r.desired, r.revision) != (running, desired, revision) { r.unprinted = true }
            (r.running, r.desired, r.revision) = (running, desired, revision)
            rolling[address] = r
        } else {
            rolling[address] = Rolling(since: now, running: running, desired: desired, revision: revision,
                                       unprinted: true)
            order.append(address)
        }
    }

    mutating func remove(_ address: String) {
        rolling[address] = nil
        order.removeAll { $0 == address }
    }

    func status(_ address: String, at now: Duration) -> String? {
        guard let r = rolling[address] else { return nil }
        return "\(address): \(r.running)/\(r.desired) tasks on \(r.revision), \(Self.elapsed(now - r.since))"
    }

    /// A line that stays: on a terminal it goes above the live line, which is drawn again below it.
    mutating func permanent(_ line: String, at now: Duration) -> String {
        guard live else { return line + "\n" }
        let cleared = liveShown ? Self.clearLine : ""
        liveShown = false
        return cleared + line + "\n" + (quiet ? "" : redrawLive(now))
    }

    mutating func redrawLive(_ now: Duration) -> String {
        let text = order.compactMap { status($0, at: now) }.joined(separator: " | ")
        if text.isEmpty {
            defer { liveShown = false }
            return liveShown ? Self.clearLine : ""
        }
        liveShown = true
        let cut = text.count > width - 1 ? String(text.prefix(width - 2)) + "…" : text
        return Self.clearLine + cut
    }

    /// In a pipeline: the service's line, if it has news and its last line is
    /// at least `interval` old, or, news or not, when its last line is six intervals old.
    mutating func printDue(_ address: String, at now: Duration) -> String {
        guard var r = rolling[address] else { return "" }
        if let last = r.printedAt {
            let wait = now - last
            guard (r.unprinted && wait >= interval) || wait >= interval * 6 else { return "" }
        } else if !r.unprinted {
            return ""
        }
        r.printedAt = now
        r.unprinted = false
        rolling[address] = r
        return (status(address, at: now) ?? "") + "\n"
    }
}
