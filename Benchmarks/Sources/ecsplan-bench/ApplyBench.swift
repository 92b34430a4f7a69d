import ECSPlanCore
import Foundation
import LocalBackend

/// Counts simulator steps while apply drives a rollout.
final class CountingProvider: ECSProvider, @unchecked Sendable {
    let inner: SimulatedECSProvider
    private let lock = NSLock()
    private var count = 0
    init(_ inner: SimulatedECSProvider) { self.inner = inner }
    var steps: Int { lock.withLock { count } }
    var label: String { inner.label }
    func readWorld(_ scope: ReadScope) async throws -> World { try await inner.readWorld(scope) }
    func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])? { try await inner.readService(cluster: cluster, name: name) }
    func readStoppedTasks(cluster: String, service: String) async throws -> [TaskState] {
        try await inner.readStoppedTasks(cluster: cluster, service: service)
    }
    func createCluster(_ c: Cluster, step: StepRecord) async throws { try await inner.createCluster(c, step: step) }
    func updateCluster(_ c: Cluster, step: StepRecord) async throws { try await inner.updateCluster(c, step: step) }
    func deleteCluster(name: String, step: StepRecord) async throws { try await inner.deleteCluster(name: name, step: step) }
    func registerTaskDefinition(_ d: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision { try await inner.registerTaskDefinition(d, step: step) }
    func registerTaskDefinition(_ d: TaskDefinition, contentDigest: String?, step: StepRecord) async throws -> TaskDefinitionRevision {
        try await inner.registerTaskDefinition(d, contentDigest: contentDigest, step: step)
    }
    func deregisterTaskDefinition(arn: String, step: StepRecord) async throws { try await inner.deregisterTaskDefinition(arn: arn, step: step) }
    func createService(_ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try await inner.createService(s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
    }
    func updateService(_ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try await inner.updateService(s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
    }
    func deleteService(cluster: String, name: String, step: StepRecord) async throws { try await inner.deleteService(cluster: cluster, name: name, step: step) }
    func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws {
        try await inner.stopTasks(cluster: cluster, taskArns: taskArns, reason: reason, step: step)
    }
    func awaitProgress() async throws {
        lock.withLock { count += 1 }
        try await inner.awaitProgress()
    }
    var simulatesTime: Bool { inner.simulatesTime }
    var stepGroupLimit: Int { inner.stepGroupLimit }
    func inStepGroup<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await inner.inStepGroup(body)
    }
}

enum ApplyBench {
    static func rollout(services n: Int, report: Report, tmp: String) async throws {
        let dir = tmp + "/apply-\(n)"
        let (backend, _, count) = try Generate.scenario(services: n, instances: 1000, dir: dir) { _ in "2.0" }
        let cfg = ConfigLoader(environment: [:]).load(paths: [dir + "/config.yaml"]).config
        let counting = CountingProvider(backend)
        var options = Executor.Options()
        options.parallelism = count
        options.plannedHere = true  // as `ecsplan apply CONFIG` does
        // Its plan alone (read the state, plan), as the apply below begins with it.
        let planning = try await measureAsync(runs: 3) {
            _ = Planner.plan(PlanRequest(config: cfg, world: try await backend.readWorld(), configPaths: []))
        }
        let timing = try await measureAsync(runs: 1) {
            let plan = Planner.plan(PlanRequest(config: cfg, world: try await backend.readWorld(), configPaths: []))
            try await Executor(store: LocalStateStore(database: backend.database), provider: counting, options: options, emit: { _ in }).apply(plan)
        }
        let steps = Double(counting.steps)
        let ratio = timing.median / planning.median
        report.add("apply: roll \(count) services × 10 tasks (50%/200%) / its plan", ratio, "x", target: "≤ 3×", pass: ratio <= 3,
                   "apply \(fmt(timing.median)), plan \(fmt(planning.median)); \(counting.steps) simulator steps, \(String(format: "%.2f", steps / timing.median)) steps/s")
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
