import Foundation

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// Median wall time of `runs` runs (after one warm-up), and the process's peak RSS.
struct Timing {
    var median: Double  // seconds
    var all: [Double]
}

func measure(runs: Int, warmup: Bool = true, _ body: () throws -> Void) rethrows -> Timing {
    if warmup { try body() }
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        let d = ContinuousClock.now - start
        times.append(seconds(d))
    }
    let sorted = times.sorted()
    return Timing(median: sorted[sorted.count / 2], all: times)
}

/// Two sides of a ratio, run alternately (a, b, a, b, …) after a warm-up of
/// each, so a burst of load on this shared machine falls on both sides rather
/// than on whichever happened to run then. Each sample runs its body
/// `repeats` times, so short bodies are not timed at the clock's noise level.
func measurePair(runs: Int, repeats: Int = 1, _ a: () throws -> Void, _ b: () throws -> Void) rethrows -> (Timing, Timing) {
    try a()
    try b()
    var timesA: [Double] = [], timesB: [Double] = []
    func sample(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        for _ in 0..<repeats { try body() }
        let d = ContinuousClock.now - start
        return seconds(d) / Double(repeats)
    }
    for _ in 0..<runs {
        timesA.append(try sample(a))
        timesB.append(try sample(b))
    }
    func timing(_ times: [Double]) -> Timing { Timing(median: times.sorted()[times.count / 2], all: times) }
    return (timing(timesA), timing(timesB))
}

func measureAsync(runs: Int, _ body: () async throws -> Void) async rethrows -> Timing {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try await body()
        let d = ContinuousClock.now - start
        times.append(seconds(d))
    }
    let sorted = times.sorted()
    return Timing(median: sorted[sorted.count / 2], all: times)
}

/// Runs this benchmark binary again with `arguments` (a fresh process, for
/// figures the runner's own heap must not shape) and returns what it printed,
/// or nil when it failed.
func runSelf(_ arguments: [String]) throws -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil
}

/// The process's peak resident set (VmHWM). Not getrusage's ru_maxrss: Linux
/// carries that across exec from the forked parent, so a child measured after
/// the runner had grown reported the runner's size, not its own.
func peakRSSBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return kb * 1024
}

/// Current resident set, from /proc (Linux).
func currentRSSBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func fmt(_ seconds: Double) -> String {
    seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
}

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

struct Result: Codable {
    var name: String
    var value: Double
    var unit: String
    var target: String?
    var pass: Bool?
    var detail: String
}

final class Report {
    var results: [Result] = []
    func add(_ name: String, _ value: Double, _ unit: String, target: String? = nil, pass: Bool? = nil, _ detail: String) {
        results.append(Result(name: name, value: value, unit: unit, target: target, pass: pass, detail: detail))
        let status = pass.map { $0 ? "ok " : "MISS" } ?? "   "
        let v = unit == "x" ? String(format: "%.2f×", value) : (unit == "s" ? fmt(value) : String(format: "%.1f %@", value, unit))
        print("\(status)  \(name.padding(toLength: 52, withPad: " ", startingAt: 0))  \(v.padding(toLength: 12, withPad: " ", startingAt: 0))  \(target ?? "")  \(detail)")
    }
}
