#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds-precision UTC timestamps as `ISO8601DateFormatter` writes them
/// (`2026-12-07T17:04:46Z`), for the lock and run records. The formatter's
/// first use loads ICU's calendar data: 5 ms of an apply that writes three.
public enum UTCTimestamp {
    public static func now() -> String { format(secondsSince1970: time(nil)) }

    public static func format(secondsSince1970 seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = Int(parts.tm_year) + 1900
        let yyyy = year < 1000 ? String(repeating: "0", count: 4 - "\(year)".count) + "\(year)" : "\(year)"
        return yyyy + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday) + "T" + two(parts.tm_hour) + ":"
            + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z"
    }
}
