import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import LocalBackend

let step = StepRecord.adhoc("test", "test")

func td(_ family: String, image: String = "nginx:1", cpu: Int = 256, memory: Int = 512, hostPort: Int? = nil) -> TaskDefinition {
    var c = ContainerDefinition(name: "app", image: image)
    c.cpu = cpu
    c.memory = memory
    if let hostPort { c.portMappings = [PortMapping(containerPort: 80, hostPort: hostPort)] }
    return TaskDefinition(family: family, containerDefinitions: [c])
}

func makeBackend(instances: Int = 3, cpu: Int = 4096, memory: Int = 8192) async throws -> SimulatedECSProvider {
    let b = SimulatedECSProvider(database: try StateDatabase.inMemory(lineage: "lineage-1"))
    try await b.createCluster(Cluster(name: "prod", capacity: .init(instances: instances, cpu: cpu, memory: memory, zones: ["a", "b", "c"])), step: step)
    return b
}

func tasks(_ b: SimulatedECSProvider, _ service: String = "web") async throws -> [TaskState] {
    try await b.readService(cluster: "prod", name: service)?.1 ?? []
}

@Suite struct SchedulerTests {
    @Test func keepsDesiredCountRunningSpreadAcrossZones() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 6), taskDefinitionArn: rev.arn, desiredCount: 6, step: step)
        try await b.awaitProgress()
        #expect(try await tasks(b).allSatisfy { $0.lastStatus == "PENDING" })
        try await b.settle()
        let running = try await tasks(b)
        #expect(running.count == 6 && running.allSatisfy { $0.lastStatus == "RUNNING" })
        #expect(running.allSatisfy { $0.group == "service:web" && $0.taskDefinitionArn == rev.arn })
        let perInstance = Dictionary(grouping: running, by: { $0.containerInstanceId ?? "" }).mapValues(\.count)
        #expect(perInstance.values.sorted() == [2, 2, 2])  // default strategy spreads over zones
    }

    @Test func newRevisionDoesNotStopOldTasksButStoppedOnesAreReplacedOnIt() async throws {
        let b = try await makeBackend()
        let v1 = try await b.registerTaskDefinition(td("web"), step: step)
        let s = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 3)
        try await b.createService(s, taskDefinitionArn: v1.arn, desiredCount: 3, step: step)
        try await b.settle()
        let v2 = try await b.registerTaskDefinition(td("web", image: "nginx:2"), step: step)
        var p = s
        p.deploymentConfiguration = DeploymentConfiguration(maximumPercent: 100, minimumHealthyPercent: 100)
        try await b.updateService(p, taskDefinitionArn: v2.arn, desiredCount: 3, step: step)
        try await b.settle()
        #expect(try await tasks(b).allSatisfy { $0.taskDefinitionArn == v1.arn })  // min 100 / max 100: no room, the deployment stalls
        let victim = try #require(try await tasks(b).first)
        try await b.stopTasks(cluster: "prod", taskArns: [victim.arn], reason: "test", step: step)
        try await b.settle()
        let after = try await tasks(b)
        #expect(after.count == 3)
        #expect(after.filter { $0.taskDefinitionArn == v2.arn }.count == 1)
    }

    @Test func unplaceableTasksAreReportedWithTheReason() async throws {
        let b = try await makeBackend(instances: 2, cpu: 4096, memory: 1024)
        let rev = try await b.registerTaskDefinition(td("web", memory: 2048), step: step)
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 1), taskDefinitionArn: rev.arn, desiredCount: 1, step: step)
        try await b.settle(limit: 3)
        let (service, running) = try #require(try await b.readService(cluster: "prod", name: "web"))
        #expect(running.isEmpty)
        #expect(service.events.last == "(service web) was unable to place a task. Reason: no instance has 2048 MiB free memory.")
    }

    @Test func hostPortsConflict() async throws {
        let b = try await makeBackend(instances: 2)
        let rev = try await b.registerTaskDefinition(td("web", hostPort: 80), step: step)
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 3), taskDefinitionArn: rev.arn, desiredCount: 3, step: step)
        try await b.settle(limit: 5)
        let (service, running) = try #require(try await b.readService(cluster: "prod", name: "web"))
        #expect(running.count == 2)
        #expect(Set(running.compactMap(\.containerInstanceId)).count == 2)
        #expect(service.events.last?.hasSuffix("host port 80 is already in use on every instance.") == true)
    }

    @Test func daemonRunsOneTaskPerMatchingInstance() async throws {
        let b = try await makeBackend(instances: 3)
        let rev = try await b.registerTaskDefinition(td("agent", cpu: 128, memory: 128), step: step)
        var s = Service(name: "agent", cluster: "prod", taskDefinition: "agent")
        s.schedulingStrategy = "DAEMON"
        s.placementConstraints = [PlacementConstraint(type: "memberOf", expression: "attribute:ecs.availability-zone != c")]
        try await b.createService(s, taskDefinitionArn: rev.arn, desiredCount: 0, step: step)
        try await b.settle()
        let (service, running) = try #require(try await b.readService(cluster: "prod", name: "agent"))
        #expect(running.count == 2)
        #expect(Set(running.compactMap(\.containerInstanceId)).count == 2)
        #expect(service.desiredCount == 2)
    }

    @Test func failingRevisionTripsTheCircuitBreakerAndRollsBack() async throws {
        let b = try await makeBackend()
        let v1 = try await b.registerTaskDefinition(td("web"), step: step)
        var s = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 4)
        s.deploymentConfiguration = DeploymentConfiguration(deploymentCircuitBreaker: .init(enable: true, rollback: true), maximumPercent: 200, minimumHealthyPercent: 50)
        try await b.createService(s, taskDefinitionArn: v1.arn, desiredCount: 4, step: step)
        try await b.settle()
        let v2 = try await b.registerTaskDefinition(td("web", image: "broken"), step: step)
        try b.setStartFailure(taskDefinitionArn: v2.arn, failing: true)
        try await b.updateService(s, taskDefinitionArn: v2.arn, desiredCount: 4, step: step)
        try await b.settle(limit: 20)
        let (service, running) = try #require(try await b.readService(cluster: "prod", name: "web"))
        #expect(service.taskDefinitionArn == v1.arn)  // rolled back
        #expect(running.allSatisfy { $0.taskDefinitionArn == v1.arn && $0.lastStatus == "RUNNING" })
        #expect(service.events.contains { $0.hasSuffix("deployment failed: tasks failed to start.") })
        #expect(CircuitBreakerRule.threshold(desiredCount: 4) == 3)
        #expect(CircuitBreakerRule.threshold(desiredCount: 11) == 6)
        #expect(CircuitBreakerRule.threshold(desiredCount: 1000) == 200)
    }

    @Test func scaleInStopsExtraTasks() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        let s = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 5)
        try await b.createService(s, taskDefinitionArn: rev.arn, desiredCount: 5, step: step)
        try await b.settle()
        try await b.updateService(s, taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        try await b.settle()
        #expect(try await tasks(b).count == 2)
    }
}

@Suite struct StoreTests {
    @Test func revisionsOnlyGoUpEvenAfterDeregistration() async throws {
        let b = try await makeBackend()
        let r1 = try await b.registerTaskDefinition(td("web"), step: step)
        let r2 = try await b.registerTaskDefinition(td("web", image: "x"), step: step)
        try await b.deregisterTaskDefinition(arn: r2.arn, step: step)
        let r3 = try await b.registerTaskDefinition(td("web", image: "y"), step: step)
        #expect([r1.revision, r2.revision, r3.revision] == [Int]([1, 2, 3]))
        #expect(r3.arn == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3")
        let world = try await b.readWorld()
        #expect(world.taskDefinitions.map(\.status) == ["ACTIVE", "INACTIVE", "ACTIVE"])
    }

    @Test func serialBumpsOnEveryMutationAndLineageIsFixed() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state/state.db")
        let store = try StateDatabase.open(path: path)
        let lineage = try store.lineage()
        #expect(try store.serial() == 0)
        let b = SimulatedECSProvider(database: store)
        try await b.createCluster(Cluster(name: "c"), step: step)
        _ = try await b.registerTaskDefinition(td("web"), step: step)
        #expect(try store.serial() == 2)
        let reopened = try StateDatabase.open(path: path)
        #expect(try reopened.lineage() == lineage)
        #expect(try reopened.serial() == 2)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try await SimulatedECSProvider(database: reopened).readWorld().containerInstances.count == 2)  // the default fleet
    }

    @Test func anEmptyFileBecomesANewState() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.write("state.db", "")
        let store = try StateDatabase.open(path: path)
        #expect(try store.serial() == 0)
        #expect(try !store.lineage().isEmpty)
    }

    @Test func aCorruptFileIsReportedAndLeftUntouched() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.write("state.db", "this is not a database, it is a note somebody saved here\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try StateDatabase.open(path: path)
        } throws: { error in
            "\(error)".contains("not an ecsplan state database")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aTruncatedDatabaseIsReported() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        _ = try StateDatabase.open(path: path)
        // Keep the SQLite header but cut the file short.
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(100).write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        #expect(throws: StateStoreError.self) { try StateDatabase.open(path: path) }
    }

    @Test func aNewerSchemaIsRefused() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        let store = try StateDatabase.open(path: path)
        try store.db.write { try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')") }
        #expect {
            try StateDatabase.open(path: path)
        } throws: { error in
            "\(error)".contains("written by a newer version of ecsplan")
        }
    }

    @Test func lockNamesTheHolderAndCanBeBroken() async throws {
        let store = try StateDatabase.inMemory()
        let first = try await store.acquireLock(operation: "ecsplan apply")
        await #expect {
            try await store.acquireLock(operation: "ecsplan apply")
        } throws: { error in
            guard let e = error as? LockError else { return false }
            return e.holder == first && "\(e)".contains("pid \(getpid())")
        }
        #expect(try store.forceUnlock(id: first.id))
        let second = try await store.acquireLock(operation: "again")
        try store.releaseLock(id: second.id)
        #expect(try store.currentLock() == nil)
    }

    @Test func deterministicInstanceIDs() {
        let a = Naming.instanceID(lineage: "l", cluster: "c", position: 0)
        #expect(a == Naming.instanceID(lineage: "l", cluster: "c", position: 0))
        #expect(a != Naming.instanceID(lineage: "l", cluster: "c", position: 1))
        #expect(a.hasPrefix("i-0") && a.count == 19)
    }
}
