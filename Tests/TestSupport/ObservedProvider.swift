import ECSPlanCore
import Foundation
import LocalBackend

/// Wraps the simulated provider and runs `check` after every mutation and every
/// simulator step, so tests can assert invariants at each intermediate state.
public final class ObservedProvider: ECSProvider, @unchecked Sendable {
    public let inner: SimulatedECSProvider
    private let check: @Sendable (World) -> [String]
    private let lock = NSLock()
    private var found: [String] = []
    public private(set) var observations = 0
    /// Simulator steps taken (`awaitProgress`): time let pass.
    public var steps: Int { lock.withLock { stepCount } }
    private var stepCount = 0

    public init(_ inner: SimulatedECSProvider, check: @escaping @Sendable (World) -> [String]) {
        self.inner = inner
        self.check = check
    }

    public var violations: [String] { lock.lock(); defer { lock.unlock() }; return found }

    func observe() async throws {
        record(check(try await inner.readWorld()))
    }

    private func record(_ problems: [String]) {
        lock.withLock {
            observations += 1
            found += problems
        }
    }

    public var label: String { inner.label }
    public func readWorld(_ scope: ReadScope) async throws -> World { try await inner.readWorld(scope) }
    public func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])? { try await inner.readService(cluster: cluster, name: name) }
    public func readStoppedTasks(cluster: String, service: String) async throws -> [TaskState] {
        try await inner.readStoppedTasks(cluster: cluster, service: service)
    }
    public func createCluster(_ c: Cluster, step: StepRecord) async throws { try await inner.createCluster(c, step: step); try await observe() }
    public func updateCluster(_ c: Cluster, step: StepRecord) async throws { try await inner.updateCluster(c, step: step); try await observe() }
    public func deleteCluster(name: String, step: StepRecord) async throws { try await inner.deleteCluster(name: name, step: step); try await observe() }
    public func registerTaskDefinition(_ d: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision {
        let r = try await inner.registerTaskDefinition(d, step: step)
        try await observe()
        return r
    }
    public func deregisterTaskDefinition(arn: String, step: StepRecord) async throws { try await inner.deregisterTaskDefinition(arn: arn, step: step); try await observe() }
    public func createService(_ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try await inner.createService(s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
        try await observe()
    }
    public func updateService(_ s: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        try await inner.updateService(s, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, step: step)
        try await observe()
    }
    public func deleteService(cluster: String, name: String, step: StepRecord) async throws { try await inner.deleteService(cluster: cluster, name: name, step: step); try await observe() }
    public func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws {
        try await inner.stopTasks(cluster: cluster, taskArns: taskArns, reason: reason, step: step)
        try await observe()
    }
    public func awaitProgress() async throws {
        lock.withLock { stepCount += 1 }
        try await inner.awaitProgress()
        try await observe()
    }
    public var simulatesTime: Bool { inner.simulatesTime }
}

/// ECS invariants that must hold in every state the simulator passes through.
public enum Invariants {
    /// No instance runs more than it has; no task is on an unknown instance.
    public static func resources(_ world: World) -> [String] {
        var out: [String] = []
        let instances = Dictionary(uniqueKeysWithValues: world.containerInstances.map { ($0.id, $0) })
        var cpu: [String: Int] = [:], mem: [String: Int] = [:]
        var ports: [String: [Int]] = [:]
        for t in world.tasks where t.isActive {
            guard let id = t.containerInstanceId else { continue }
            guard instances[id] != nil else { out.append("task \(t.id) is on unknown instance \(id)"); continue }
            cpu[id, default: 0] += t.cpu
            mem[id, default: 0] += t.memory
            ports[id, default: []] += t.hostPorts
        }
        for (id, i) in instances {
            if cpu[id, default: 0] > i.cpu { out.append("\(id): cpu over-committed \(cpu[id, default: 0])/\(i.cpu)") }
            if mem[id, default: 0] > i.memory { out.append("\(id): memory over-committed \(mem[id, default: 0])/\(i.memory)") }
            let p = ports[id, default: []]
            if Set(p).count != p.count { out.append("\(id): a host port is used twice") }
        }
        let revisions = Dictionary(grouping: world.taskDefinitions, by: \.family)
        for (family, revs) in revisions {
            let numbers = revs.map(\.revision)
            if numbers != Array(1...numbers.count) { out.append("\(family): revisions are not 1...n: \(numbers)") }
        }
        return out
    }
}
