import ECSPlanCore
import Foundation
import LocalBackend

enum ApplyBench {
    /// `ecsplan apply` of a roll (every service a new image, 50%/200%) beside
    /// `ecsplan plan` of the same configuration and state: whole processes as
    /// users run them, alternated, each from a fresh copy of the state. (This
    /// figure was the executor in this process, with the watch reading every
    /// service each round: not what `ecsplan apply` does.)
    static func rollout(services n: Int, runs: Int, report: Report, tmp: String) throws {
        let ecsplan = try ValidateBench.sibling("ecsplan")
        let dir = tmp + "/apply-\(n)"
        // The scenario's database is closed (checkpointed) when its provider goes.
        let (statePath, count) = try { () throws -> (String, Int) in
            let s = try Generate.scenario(services: n, instances: 1000, dir: dir) { _ in "2.0" }
            return (s.statePath, s.services)
        }()
        let copy = dir + "/run.db"
        func fresh() throws {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
            try FileManager.default.copyItem(atPath: statePath, toPath: copy)
        }
        let config = dir + "/config.yaml"
        var applies: [Double] = [], plans: [Double] = []
        for _ in 0..<runs {
            try fresh()
            plans.append(try ValidateBench.process([ecsplan, "plan", config, "--state", copy]).seconds)
            try fresh()
            let command = [ecsplan, "apply", config, "--state", copy, "--auto-approve"]
            applies.append(try ValidateBench.process(command).seconds)
        }
        let apply = ValidateBench.median(applies), plan = ValidateBench.median(plans)
        let ratio = apply / plan
        report.add("apply: roll \(count) services × 10 tasks (50%/200%) / its plan", ratio, "x", target: "≤ 3×", pass: ratio <= 3,
                   "ecsplan apply \(fmt(apply)), ecsplan plan \(fmt(plan)) (whole processes, \(runs) alternated runs)")
    }

    /// `ecsplan apply` from an empty state to `small` and to `large` services of
    /// one task each, whole processes as users run them, beside `ecsplan plan`
    /// of the same configuration and state.
    static func fromEmpty(small: Int, large: Int, runs: Int, report: Report, tmp: String) throws {
        let ecsplan = try ValidateBench.sibling("ecsplan")
        func run(_ n: Int) throws -> (apply: Double, plan: Double) {
            let dir = tmp + "/apply-empty-\(n)"
            try Generate.emptyScenario(services: n, tasks: 1, dir: dir)
            let command = [ecsplan, "plan", dir + "/config.yaml", "--state", dir + "/state.db"]
            _ = try ValidateBench.process(command)  // warm-up
            let plans = try (0..<runs).map { _ in try ValidateBench.process(command).seconds }
            let apply = try ValidateBench.process([ecsplan, "apply", dir + "/config.yaml", "--state", dir + "/state.db", "--auto-approve"])
            return (apply.seconds, ValidateBench.median(plans))
        }
        let a = try run(small), b = try run(large)
        let ratio = b.apply / b.plan, growth = b.apply / a.apply
        let scale = Double(large) / Double(small)
        report.add("apply from an empty state, \(large) services × 1 task / its plan", ratio, "x", target: "≤ 10×", pass: ratio <= 10,
                   "ecsplan apply \(fmt(b.apply)), ecsplan plan \(fmt(b.plan)) (whole processes)")
        report.add("apply from an empty state, growth \(small) → \(large) services", growth, "x",
                   target: "≤ \(String(format: "%.0f", scale * 1.2))×", pass: growth <= scale * 1.2,
                   "\(fmt(a.apply)) → \(fmt(b.apply)); linear would be \(String(format: "%.0f", scale))×")
    }

    /// Placing 10 tasks per instance on 100 and on 1 000 instances through a
    /// `PlacementIndex`: about log M a task, so time grows with tasks × log instances.
    static func placement(report: Report) {
        func run(_ instances: Int) -> Double {
            let candidates = (0..<instances).map { i in
                PlacementCandidate(id: "i-\(i)", attributes: ["ecs.availability-zone": ["a", "b", "c"][i % 3]], remainingCPU: 16384, remainingMemory: 65536)
            }
            let engine = PlacementEngine(.init(requirements: TaskRequirements(cpu: 256, memory: 512, hostPorts: [], fargate: false), group: "service:x",
                                               constraints: [], strategies: [.init(type: "spread", field: "attribute:ecs.availability-zone"), .init(type: "binpack", field: "memory")]))
            var rng = SeededGenerator(seed: 1)
            return measure(runs: 3, warmup: false) {
                var c = PlacementIndex(candidates)
                for _ in 0..<(instances * 10) { _ = engine.place(1, on: &c, rng: &rng) }
            }.median
        }
        let small = run(100), large = run(1000)
        let growth = large / small
        report.add("placement: 1 000 vs 100 instances (10 tasks each), indexed", growth, "x", target: "≤ 30×", pass: growth <= 30,
                   "\(fmt(small)) vs \(fmt(large)); tasks and instances grew 10×: N log M would be about 15×, scanning every instance per task 100×")
    }
}
