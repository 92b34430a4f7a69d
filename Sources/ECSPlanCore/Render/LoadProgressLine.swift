/// `loading configuration: 120/500 files` on a terminal, for a configuration
/// that takes a while to load: nothing at all for the first `delay` (most
/// loads finish well within it), then one line rewritten in place, at most
/// every `refresh`, and removed when loading is done. Pure: the caller passes
/// the time and writes the text returned.
public struct LoadProgressLine: Sendable {
    public var delay: Duration
    public var refresh: Duration
    var drawnAt: Duration?

    public init(delay: Duration = .seconds(1), refresh: Duration = .milliseconds(200)) {
        self.delay = delay
        self.refresh = refresh
    }

    /// `done` of `total` files are loaded, `now` after loading started.
    public mutating func update(done: Int, total: Int, at now: Duration) -> String {
        guard now >= delay, done < total else { return "" }
        if let last = drawnAt, now - last < refresh { return "" }
        drawnAt = now
        return ApplyProgressView.clearLine + "loading configuration: \(done)/\(total) files"
    }

    /// Removes the line, if one was drawn.
    public mutating func finish() -> String {
        defer { drawnAt = nil }
        return drawnAt == nil ? "" : ApplyProgressView.clearLine
    }
}
