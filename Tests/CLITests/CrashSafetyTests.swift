import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import LocalBackend

/// Kills `ecsplan apply` with SIGKILL at random moments of a large rollout and
/// checks after each kill that the state is intact and consistent, and that a
/// later apply finishes the work.
@Suite struct CrashSafetyTests {
    static func config(services: Int, minimumHealthy: Int = 75, maximum: Int = 125) -> String {
        var yaml = """
            clusters:
              - name: big
                capacity: {instances: 12, cpu: 8192, memory: 16384, zones: [a, b, c]}
            taskDefinitions:
              - family: app
                containerDefinitions: [{name: app, image: "app:${TAG}", cpu: 128, memory: 256}]
            services:

            """
        for i in 0..<services {
            yaml += "  - {name: s\(i), cluster: big, taskDefinition: app, desiredCount: 8, deploymentConfiguration: "
                + "{minimumHealthyPercent: \(minimumHealthy), maximumPercent: \(maximum)}}\n"
        }
        return yaml
    }

    func spawnApply(_ dir: TempDir, tag: Int) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")]
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ECSPLAN_") }
        env["TAG"] = String(tag)
        p.environment = env
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test func sigkillAtRandomMomentsLeavesAConsistentStateThatApplyFinishes() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("config.yaml", Self.config(services: 40))
        var first = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": "1"])
        #expect(first.status == 0, "\(first.stderr)")

        var rng = SeededGenerator(seed: 0xEC5)
        var kills = 0, completed = 0, tag = 2
        var lastSerial = 0
        while kills < 50 {
            let p = try spawnApply(dir, tag: tag)
            let delay = 20 + Int(rng.next() % 500)
            try await Task.sleep(for: .milliseconds(delay))
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                kills += 1
            } else {
                p.waitUntilExit()
                if p.terminationStatus == 0 { completed += 1; tag += 1 }
            }
            // The database opens, is intact, and the ECS invariants hold.
            let store = try StateDatabase.open(path: dir.file("state.db"))
            #expect(try store.integrityCheck() == "ok")
            let world = try await SimulatedECSProvider(database: store).readWorld()
            let problems = Invariants.resources(world)
            #expect(problems.isEmpty, "after kill \(kills): \(problems)")
            #expect(world.services.filter { $0.status == "ACTIVE" }.count == 40, "a service was lost")
            #expect(Set(world.tasks.map(\.id)).count == world.tasks.count)
            #expect(world.serial >= lastSerial, "serial went backwards")
            lastSerial = world.serial
            // The killed process left its lock behind: it is detected as dead and broken.
            if let lock = try store.currentLock() {
                #expect(lock.holderIsDead)
                _ = try store.forceUnlock(id: lock.id)
            }
        }
        first = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": String(tag)])
        #expect(first.status == 0, "\(first.stderr)")
        let plan = try CLI.run(["plan", "config.yaml", "--detailed-exitcode", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": String(tag)])
        #expect(plan.status == 0, "\(plan.stdout)")
        // A run killed right after the simulator placed tasks leaves them PENDING with
        // nothing left to apply; simulated time moves them on, as ECS would.
        let step = try CLI.run(["state", "simulate", "step", "--state", dir.file("state.db")], cwd: dir.path)
        #expect(step.status == 0, "\(step.stderr)")
        let store = try StateDatabase.open(path: dir.file("state.db"))
        let world = try await SimulatedECSProvider(database: store).readWorld()
        let target = world.taskDefinitions.last { $0.spec.containerDefinitions.first?.image == "app:\(tag)" }
        let off = world.tasks.filter { $0.taskDefinitionArn != target?.arn || $0.lastStatus != "RUNNING" }
        #expect(world.tasks.count == 320 && off.isEmpty,
                "\(world.tasks.count) tasks; not RUNNING on \(target?.name ?? "?"): \(off.prefix(5).map { "\($0.taskDefinitionArn.split(separator: "/").last ?? "") \($0.lastStatus)" })")
    }

    @Test func sigtermStopsAfterTheCurrentStepAndReleasesTheLock() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("config.yaml", Self.config(services: 40))
        let first = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": "1"])
        #expect(first.status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")]
        p.environment = ProcessInfo.processInfo.environment.merging(["TAG": "2"]) { $1 }
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        let err = Pipe()
        let out = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Interrupt once the rollout is under way (a service shows old tasks beside new ones).
        var seen = ""
        while !seen.contains(" on app:2, "), p.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(p.isRunning)
        kill(p.processIdentifier, SIGTERM)
        DispatchQueue.global().async { _ = out.fileHandleForReading.readDataToEndOfFile() }
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 143, "128 + SIGTERM, as a shell reports it: \(stderr)")
        #expect(stderr.contains("interrupted by SIGTERM after the step in flight; the state is consistent: run `ecsplan apply` again to finish the remaining work"))
        let store = try StateDatabase.open(path: dir.file("state.db"))
        #expect(try store.currentLock() == nil)
        let again = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": "2"])
        #expect(again.status == 0, "\(again.stderr)")
        let plan = try CLI.run(["plan", "config.yaml", "--detailed-exitcode", "--state", dir.file("state.db")], cwd: dir.path, env: ["TAG": "2"])
        #expect(plan.status == 0)
    }
}
