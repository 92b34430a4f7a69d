/// A duration as a user writes it (`1s`, `90s`, `10m`, `1h`), for messages
/// that repeat a --timeout back.
enum DurationText {
    static func short(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        if ms % 1000 != 0 { return "\(ms)ms" }
        let s = ms / 1000
        if s >= 3600 && s % 3600 == 0 { return "\(s / 3600)h" }
        if s >= 60 && s % 60 == 0 { return "\(s / 60)m" }
        return "\(s)s"
    }
}
