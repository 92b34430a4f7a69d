import ECSPlanCore
import Foundation
import LocalBackend

enum PlanBench {
    /// What one measured plan did, and where its time went.
    struct Run {
        var seconds: Double
        var phases: [(String, Double)]
        var updates: Int
        var tasksToReplace: Int
    }

    /// `ecsplan plan` of `services` services with 1% changed, as users run it:
    /// whole processes (load the config, read the local state, plan, render
    /// the text), the median of `runs`, and one in-process run for where the
    /// time goes.
    static func plan(services n: Int, instances: Int, runs: Int, tmp: String) throws -> (Timing, Run) {
        let dir = tmp + "/plan-\(n)"
        // 1% of the services get a new image.
        _ = try Generate.scenario(services: n, instances: instances, dir: dir, tag: Generate.onePercentChanged)
        return try measure(dir, runs: runs)
    }

    /// The first plan of `services` services from an empty state, as above:
    /// every service's 10 tasks are placed by the capacity check.
    static func firstPlan(services n: Int, runs: Int, tmp: String) throws -> (Timing, Run) {
        let dir = tmp + "/first-plan-\(n)"
        try Generate.emptyScenario(services: n, dir: dir)
        return try measure(dir, runs: runs)
    }

    /// Whole `ecsplan plan` processes of the scenario in `dir` (after a warm-up
    /// for the page cache), and the phases of one `--plan-once` run.
    static func measure(_ dir: String, runs: Int) throws -> (Timing, Run) {
        let command = [try ValidateBench.sibling("ecsplan"), "plan", dir + "/config.yaml", "--state", dir + "/state.db"]
        _ = try ValidateBench.process(command)
        let all = try (0..<runs).map { _ in try ValidateBench.process(command).seconds }
        return (Timing(median: ValidateBench.median(all), all: all), try child(dir))
    }

    /// Runs `ecsplan-bench --plan-once DIR` and reads its one line of figures.
    static func child(_ dir: String) throws -> Run {
        let fields = try runSelf(["--plan-once", dir])?.split(separator: " ").compactMap { Double($0) } ?? []
        guard fields.count == 6 else { throw CocoaError(.featureUnsupported) }
        return Run(seconds: fields[0], phases: [("load+validate ∥ read state", fields[1]), ("plan", fields[2]), ("render", fields[3])],
                   updates: Int(fields[4]), tasksToReplace: Int(fields[5]))
    }

    /// One plan of the scenario in `dir`, as `ecsplan plan` runs it (one text
    /// render); prints "total load plan render updates tasks-to-replace".
    static func once(dir: String) async throws {
        let start = ContinuousClock.now
        var clock = start
        var phases: [Double] = []
        func lap() {
            phases.append(seconds(ContinuousClock.now - clock))
            clock = ContinuousClock.now
        }
        // The local state is read while the config loads.
        let store = try StateDatabase.open(path: dir + "/state.db")
        let loaded = try await SimulatedECSProvider(database: store).readWorld(loading: { () -> Config? in
            let result = ConfigLoader(environment: [:]).load(paths: [dir + "/config.yaml"])
            return Validator().validate(result.config).hasErrors ? nil : result.config
        }, scope: { ReadScope(config: $0, prune: false) })
        guard let (config, world) = loaded else { throw CocoaError(.featureUnsupported) }
        lap()
        let plan = Planner.plan(PlanRequest(config: config, world: world, configPaths: [dir + "/config.yaml"]))
        lap()
        _ = TextRenderer().render(plan)
        lap()
        let total = seconds(ContinuousClock.now - start)
        print(([total] + phases).map { String($0) }.joined(separator: " ") + " \(plan.summary.update) \(plan.summary.tasksToReplace)")
    }

    static func profile(services n: Int, times: Int, tmp: String) async throws {
        let (config, _) = Generate.config(bytes: 0, services: n, imageTag: Generate.onePercentChanged)
        let path = tmp + "/profile-plan.yaml"
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ConfigLoader(environment: [:]).load(paths: [path])
        let (base, _) = Generate.config(bytes: 0, services: n)
        try base.write(toFile: path, atomically: true, encoding: .utf8)
        let world = Generate.world(services: n, instances: 1000, config: ConfigLoader(environment: [:]).load(paths: [path]).config)
        for _ in 0..<times {
            let start = ContinuousClock.now
            let plan = Planner.plan(PlanRequest(config: loaded.config, world: world, configPaths: [path]))
            print("plan \(ContinuousClock.now - start): \(plan.summary.update) updates")
        }
    }

    static func run(small: Int, large: Int, runs: Int, report: Report, tmp: String) async throws {
        let (t1, p1) = try plan(services: small, instances: 1000, runs: runs, tmp: tmp)
        let (t2, p2) = try plan(services: large, instances: 1000, runs: runs, tmp: tmp)
        let phases = p2.phases.map { "\($0.0) \(fmt($0.1))" }.joined(separator: ", ")
        report.add("plan \(small) services (1% changed), end to end", t1.median, "s", "\(p1.updates) updates, \(p1.tasksToReplace) tasks to replace")
        report.add("plan \(large) services (1% changed), end to end", t2.median, "s", target: large >= 10_000 ? "< 1.5 s" : nil,
                   pass: large >= 10_000 ? t2.median < 1.5 : nil, "\(p2.updates) updates, \(p2.tasksToReplace) tasks to replace; ecsplan plan, whole processes; one in-process run: \(phases)")
        let growth = t2.median / t1.median
        let scale = Double(large) / Double(small)
        report.add("plan growth \(small) → \(large) services", growth, "x", target: "≤ \(String(format: "%.0f", scale * 1.2))×", pass: growth <= scale * 1.2,
                   "linear would be \(String(format: "%.0f", scale))×")
        // From an empty state: the capacity check places all 10 tasks of every service.
        let (f1, q1) = try firstPlan(services: small, runs: runs, tmp: tmp)
        let (f2, q2) = try firstPlan(services: large, runs: runs, tmp: tmp)
        report.add("first plan \(small) services, empty state, end to end", f1.median, "s", "\(q1.phases.map { "\($0.0) \(fmt($0.1))" }.joined(separator: ", "))")
        report.add("first plan \(large) services, empty state, end to end", f2.median, "s", target: large >= 10_000 ? "< 2 s" : nil,
                   pass: large >= 10_000 ? f2.median < 2 : nil, "ecsplan plan, whole processes; one in-process run: \(q2.phases.map { "\($0.0) \(fmt($0.1))" }.joined(separator: ", "))")
        let firstGrowth = f2.median / f1.median
        report.add("first plan growth \(small) → \(large) services", firstGrowth, "x", target: "≤ \(String(format: "%.0f", scale * 1.2))×",
                   pass: firstGrowth <= scale * 1.2, "linear would be \(String(format: "%.0f", scale))×")
    }
}
