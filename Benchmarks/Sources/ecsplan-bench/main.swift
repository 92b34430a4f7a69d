import Foundation

// Release builds only: swift run -c release --package-path Benchmarks ecsplan-bench
// (`--help` lists the modes).
let args = CommandLine.arguments
if args.count == 3 && args[1] == "--rss-load" {
    YAMLBench.rssLoad(args[2])
    exit(0)
}
// `--write-config FILE MB`: the generated config the YAML group loads.
if args.count == 4 && args[1] == "--write-config", let size = Int(args[3]) {
    try Generate.config(bytes: size << 20).text.write(toFile: args[2], atomically: true, encoding: .utf8)
    exit(0)
}
// `--profile bare|nodes|typed|validated FILE N`: load FILE N times, for perf/callgrind.
if args.count == 5 && args[1] == "--profile", let n = Int(args[4]) {
    YAMLBench.profile(mode: args[2], file: args[3], times: n)
    exit(0)
}
// `--write-scenario DIR SERVICES`: the plan group's state and config (1% changed), to
// profile the real binary: `ecsplan plan DIR/config.yaml --state DIR/state.db`.
if args.count == 4 && args[1] == "--write-scenario", let services = Int(args[3]) {
    _ = try Generate.scenario(services: services, instances: 1000, dir: args[2], tag: Generate.onePercentChanged)
    try FileManager.default.removeItem(atPath: args[2] + "/base.yaml")
    exit(0)
}
// `--write-roll-scenario DIR SERVICES`: the apply group's roll (every service a new image),
// for the real binary: `ecsplan apply DIR/config.yaml --state DIR/state.db --auto-approve`
// (copy state.db first: the apply changes it).
if args.count == 4 && args[1] == "--write-roll-scenario", let services = Int(args[3]) {
    _ = try Generate.scenario(services: services, instances: 1000, dir: args[2]) { _ in "2.0" }
    try FileManager.default.removeItem(atPath: args[2] + "/base.yaml")
    exit(0)
}
// `--write-empty-scenario DIR SERVICES`: an empty state and a config of SERVICES services
// (the first plan, whose capacity check places every task).
if args.count == 4 && args[1] == "--write-empty-scenario", let services = Int(args[3]) {
    try Generate.emptyScenario(services: services, dir: args[2])
    exit(0)
}
// `--plan-once DIR`: one measured plan of a scenario, in this fresh process (the plan group's runs).
if args.count == 3 && args[1] == "--plan-once" {
    try await PlanBench.once(dir: args[2])
    exit(0)
}
// `--profile-plan SERVICES N`: seed once, then run only the planner N times.
if args.count == 4 && args[1] == "--profile-plan", let services = Int(args[2]), let n = Int(args[3]) {
    try await PlanBench.profile(services: services, times: n, tmp: NSTemporaryDirectory())
    exit(0)
}
let usage = """
    USAGE: ecsplan-bench [--quick] [--only yaml|plan|apply|placement|ecs] [--sizes MB,MB] [--out FILE]
           ecsplan-bench --write-config FILE MB | --write-scenario DIR SERVICES | --write-empty-scenario DIR SERVICES
           ecsplan-bench --write-roll-scenario DIR SERVICES
           ecsplan-bench --profile bare|nodes|typed|validated FILE N | --profile-plan SERVICES N
           (internal: --rss-load FILE, --plan-once DIR, run in child processes)

    Runs the benchmarks (release builds only), prints a table and writes the
    figures to Benchmarks/results.json (or --out FILE). --quick is the ~1-minute
    smoke run CI executes. BENCHMARKS.md explains the method and the targets.
    The yaml group also times `ecsplan validate` as a whole process beside a C
    libyaml floor; build both first: swift build -c release --package-path
    Benchmarks --product ecsplan (and --product libyaml-floor).
    """
if args.contains("--help") || args.contains("-h") {
    print(usage)
    exit(0)
}
// A mistyped option must not start a 9-minute run that ignores it.
let valued: Set = ["--only", "--sizes", "--out"]
var position = 1
while position < args.count {
    if args[position] == "--quick" { position += 1; continue }
    guard valued.contains(args[position]), position + 1 < args.count else {
        FileHandle.standardError.write(Data("ecsplan-bench: unexpected argument '\(args[position])'\n\n\(usage)\n".utf8))
        exit(2)
    }
    position += 2
}
// `--only yaml|plan|apply|placement|ecs` runs one group (for profiling).
/// The value given after `option`, if any.
func value(of option: String) -> String? { args.firstIndex(of: option).flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil } }
let only = value(of: "--only")
if let only, !["yaml", "plan", "apply", "placement", "ecs"].contains(only) {
    FileHandle.standardError.write(Data("ecsplan-bench: no group '\(only)' (yaml, plan, apply, placement, ecs)\n".utf8))
    exit(2)
}
let quick = args.contains("--quick")
// Default: results.json beside this package's Package.swift, wherever it is run from.
let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let outPath = value(of: "--out") ?? packageDirectory.appendingPathComponent("results.json").path
let tmp = NSTemporaryDirectory() + "ecsplan-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: tmp) }

#if DEBUG
print("warning: this is a debug build; figures are meaningless. Use: swift run -c release --package-path Benchmarks ecsplan-bench")
#endif
print("ecsplan benchmarks (\(quick ? "quick smoke run" : "full run")), \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("Every ratio is measured within this run (median of ≥ 5 runs); absolute times are for context.\n")
let report = Report()
let runs = quick ? 5 : 7
func wanted(_ group: String) -> Bool { only == nil || only == group }
// `--sizes 1,10` picks the YAML sizes in MB (for profiling one size).
let sizes = value(of: "--sizes")
    .map { $0.split(separator: ",").compactMap { Int($0) }.map { $0 << 20 } }
// A group that cannot run (a binary not built, moto missing) ends the run with
// its reason on stderr and exit 1, not a crash report.
do {
    if wanted("yaml") {
        let yamlSizes = sizes ?? (quick ? [1 << 20] : [1 << 20, 10 << 20, 50 << 20])
        try YAMLBench.run(sizes: yamlSizes, runs: runs, report: report, tmp: tmp)
    }
    if wanted("yaml"), sizes == nil {
        try ValidateBench.run(bytes: quick ? 1 << 20 : 12 << 20, runs: runs, report: report, tmp: tmp)
    }
    if wanted("plan") {
        try await PlanBench.run(small: quick ? 100 : 1000, large: quick ? 1000 : 10_000, runs: runs,
                                report: report, tmp: tmp)
    }
    if wanted("apply") {
        try ApplyBench.rollout(services: quick ? 20 : 1000, runs: quick ? 3 : 7, report: report, tmp: tmp)
        try ApplyBench.fromEmpty(small: quick ? 100 : 1000, large: quick ? 1000 : 10_000, runs: quick ? 3 : 5,
                                 report: report, tmp: tmp)
    }
    if wanted("placement") { ApplyBench.placement(report: report) }
    if wanted("ecs") {
        try await ECSBench.run(services: quick ? 10 : 100, tasks: quick ? 2 : 10, instances: quick ? 2 : 10,
                               runs: runs, report: report, tmp: tmp)
    }
} catch {
    FileHandle.standardError.write(Data("ecsplan-bench: \(error)\n".utf8))
    try? FileManager.default.removeItem(atPath: tmp)
    exit(1)
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
struct Output: Encodable { var quick: Bool; var cores: Int; var date: String; var results: [Result] }
let output = Output(quick: quick, cores: ProcessInfo.processInfo.activeProcessorCount, date: ISO8601DateFormatter().string(from: Date()), results: report.results)
try encoder.encode(output).write(to: URL(fileURLWithPath: outPath))
let misses = report.results.filter { $0.pass == false }
print("\n\(report.results.count) figures, \(misses.count) below target; written to \(outPath)")
