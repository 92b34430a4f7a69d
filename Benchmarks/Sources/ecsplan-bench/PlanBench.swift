import ECSPlanCore
import Foundation
import LocalBackend

enum PlanBench {
    /// Where the last measured run spent its time.
    nonisolated(unsafe) static var breakdown = ""

    /// Plan end to end (load config, read local state, normalize, diff, render
    /// text and JSON) for `services` services with 1% changed.
    static func plan(services n: Int, instances: Int, runs: Int, tmp: String) async throws -> (Timing, Plan) {
        let dir = tmp + "/plan-\(n)"
        // 1% of the services get a new image.
        let (_, statePath, _) = try Generate.scenario(services: n, instances: instances, dir: dir) { i in i % 100 == 0 ? "2.0" : "1.0" }
        var last: Plan?
        var phases: [(String, Duration)] = []
        let timing = try await measureAsync(runs: runs) {
            var clock = ContinuousClock.now
            phases = []
            func lap(_ name: String) {
                phases.append((name, ContinuousClock.now - clock))
                clock = ContinuousClock.now
            }
            // As `ecsplan plan` does it: the local state is read while the config loads.
            let store = try StateStore.open(path: statePath)
            let loaded = try await LocalBackend(store: store).readWorld(loading: { () -> Config? in
                let result = ConfigLoader(environment: [:]).load(paths: [dir + "/config.yaml"])
                return Validator().validate(result.config).hasErrors ? nil : result.config
            }, scope: { ReadScope(config: $0, prune: false) })
            guard let (config, world) = loaded else { throw CocoaError(.featureUnsupported) }
            lap("load+validate ∥ read state")
            let plan = Planner.plan(PlanRequest(config: config, world: world, configPaths: [dir + "/config.yaml"]))
            lap("plan")
            _ = TextRenderer().render(plan)
            _ = JSONRenderer.render(plan)
            lap("render")
            last = plan
        }
        guard let plan = last else { throw CocoaError(.featureUnsupported) }
        breakdown = phases.map { "\($0.0) \(fmt(Double($0.1.components.seconds) + Double($0.1.components.attoseconds) / 1e18))" }.joined(separator: ", ")
        return (timing, plan)
    }

    static func profile(services n: Int, times: Int, tmp: String) async throws {
        let (config, _) = Generate.config(bytes: 0, services: n) { i in i % 100 == 0 ? "2.0" : "1.0" }
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
        let (t1, p1) = try await plan(services: small, instances: 1000, runs: runs, tmp: tmp)
        let (t2, p2) = try await plan(services: large, instances: 1000, runs: runs, tmp: tmp)
        let phases = breakdown
        report.add("plan \(small) services (1% changed), end to end", t1.median, "s", "\(p1.summary.update) updates, \(p1.summary.tasksToReplace) tasks to replace")
        report.add("plan \(large) services (1% changed), end to end", t2.median, "s", target: large >= 10_000 ? "< 2 s" : nil,
                   pass: large >= 10_000 ? t2.median < 2 : nil, "\(p2.summary.update) updates, \(p2.summary.tasksToReplace) tasks to replace; \(phases)")
        let growth = t2.median / t1.median
        let scale = Double(large) / Double(small)
        report.add("plan growth \(small) → \(large) services", growth, "x", target: "≤ \(String(format: "%.0f", scale * 1.2))×", pass: growth <= scale * 1.2,
                   "linear would be \(String(format: "%.0f", scale))×")
    }
}
