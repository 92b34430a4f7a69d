import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore
@testable import LocalBackend

/// Generated configurations and rollouts, from a fixed seed so failures reproduce.
@Suite struct PropertyTests {
    /// A random but valid configuration, and the same one with every set-like
    /// list and the containers shuffled.
    static func generate(_ rng: inout SeededGenerator) -> (String, String) {
        var a = "clusters: [{name: c, capacity: {instances: 4, cpu: 8192, memory: 16384}}]\ntaskDefinitions:\n"
        var b = a
        var services = "services:\n"
        let families = 1 + Int(rng.next() % 3)
        for f in 0..<families {
            let network = Self.pick(["bridge", "awsvpc", "host"], &rng)
            var containers: [String] = []
            for c in 0..<(1 + Int(rng.next() % 3)) {
                let env = (0..<Int(rng.next() % 4)).map { "{name: VAR\($0), value: \"v\(rng.next() % 100)\"}" }
                let port = 8000 + f * 10 + c
                let hostPort = network == "bridge" ? Self.pick(["", ", hostPort: 0"], &rng) : Self.pick(["", ", hostPort: \(port)"], &rng)
                let ports = Self.pick([[], ["{containerPort: \(port)\(hostPort)}"], ["{containerPort: \(port)\(hostPort)}", "{containerPort: \(port + 100), protocol: udp}"]], &rng)
                var line = "      - {name: c\(c), image: \"img:\(rng.next() % 5)\", memory: 128, cpu: \(Self.pick([0, 64, 128], &rng))"
                if !env.isEmpty { line += ", environment: [\(env.joined(separator: ", "))]" }
                if !ports.isEmpty { line += ", portMappings: [\(ports.joined(separator: ", "))]" }
                line += Self.pick(["", ", dockerLabels: {team: a, tier: b}"], &rng)
                line += Self.pick(["", ", healthCheck: {command: [CMD, \"true\"], retries: 3}"], &rng)
                if c > 0 { line += Self.pick(["", ", essential: false", ", essential: true"], &rng) }
                line += Self.pick(["", ", mountPoints: [{sourceVolume: data, containerPath: /data}, {sourceVolume: cache, containerPath: /cache, readOnly: true}]"], &rng)
                line += Self.pick(["", ", ulimits: [{name: nofile, softLimit: 1024, hardLimit: 4096}, {name: core, softLimit: 0, hardLimit: 0}]"], &rng)
                containers.append(line + "}")
            }
            let header = "  - family: f\(f)\n    networkMode: \(network)\n    volumes: VOLUMES\n    containerDefinitions:\n"
            a += header.replacingOccurrences(of: "VOLUMES", with: "[{name: data}, {name: cache, host: {sourcePath: /tmp/cache}}]") + containers.joined(separator: "\n") + "\n"
            b += header.replacingOccurrences(of: "VOLUMES", with: "[{name: cache, host: {sourcePath: /tmp/cache}}, {name: data}]")
                + Self.shuffleSets(containers.reversed()).joined(separator: "\n") + "\n"
            let extra = Self.pick(["", ", placementStrategy: [{type: binpack, field: memory}]",
                                   ", placementConstraints: [{type: distinctInstance}, {type: memberOf, expression: \"attribute:ecs.os-type == linux\"}]"], &rng)
            services += "  - {name: s\(f), cluster: c, taskDefinition: f\(f), desiredCount: \(1 + rng.next() % 3)\(extra)}\n"
        }
        let shuffledServices = services.replacingOccurrences(of: "{type: distinctInstance}, {type: memberOf, expression: \"attribute:ecs.os-type == linux\"}",
                                                              with: "{type: memberOf, expression: \"attribute:ecs.os-type == linux\"}, {type: distinctInstance}")
        return (a + services, b + shuffledServices)
    }

    static func pick<T>(_ xs: [T], _ rng: inout SeededGenerator) -> T { xs[Int(rng.next() % UInt64(xs.count))] }

    /// Reverses the order of the set-like lists inside each container line.
    static func shuffleSets(_ containers: [String]) -> [String] {
        containers.map { line in
            var out = line
            for key in ["environment", "portMappings", "mountPoints", "ulimits"] {
                guard let start = out.range(of: key + ": ["), let end = out[start.upperBound...].range(of: "]") else { continue }
                let inner = String(out[start.upperBound..<end.lowerBound])
                let items = inner.components(separatedBy: "}, {").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "{}")) }
                let reversed = items.reversed().map { "{\($0)}" }.joined(separator: ", ")
                out.replaceSubrange(start.upperBound..<end.lowerBound, with: reversed)
            }
            return out
        }
    }

    @Test func applyThenPlanShowsNoChangesAndReorderingChangesNothing() async throws {
        var rng = SeededGenerator(seed: 2024)
        var applied = 0
        for i in 0..<25 {
            let (config, shuffled) = Self.generate(&rng)
            #expect(config != shuffled)
            let h = try Harness()
            let first = try await h.plan(config)
            if !first.errors.isEmpty { continue }  // e.g. host ports that cannot all be placed
            try await h.apply(config)
            applied += 1
            let again = try await h.plan(config)
            #expect(!again.hasChanges, "case \(i): apply then plan changed:\n\(TextRenderer().render(again))\n\(config)")
            let reordered = try await h.plan(shuffled)
            #expect(!reordered.hasChanges, "case \(i): reordering changed:\n\(TextRenderer().render(reordered))\n\(shuffled)")
        }
        #expect(applied >= 15, "too few generated configurations were applied: \(applied)")
    }

    @Test func rollingReplacementKeepsTheInvariantsAtEveryStep() async throws {
        var rng = SeededGenerator(seed: 7)
        var applied = 0
        for i in 0..<40 {
            let desired = 1 + Int(rng.next() % 10)
            let minimum = [0, 25, 50, 75, 100][Int(rng.next() % 5)]
            let maximum = [100, 125, 150, 200][Int(rng.next() % 4)]
            let instances = 1 + Int(rng.next() % 4)
            let yaml = """
                clusters: [{name: c, capacity: {instances: \(instances), cpu: 2048, memory: 3072}}]
                taskDefinitions:
                  - {family: web, containerDefinitions: [{name: app, image: "nginx:${TAG}", cpu: 256, memory: 512}]}
                services:
                  - name: web
                    cluster: c
                    taskDefinition: web
                    desiredCount: \(desired)
                    deploymentConfiguration: {minimumHealthyPercent: \(minimum), maximumPercent: \(maximum)}
                """
            let h = Harness(database: try StateDatabase.inMemory())
            let inner = h.simulator
            let v1 = try await h.plan(yaml, env: ["TAG": "1"])
            guard v1.errors.isEmpty else { continue }
            try await h.apply(yaml, env: ["TAG": "1"])
            let percents = DeploymentPercents(minimumHealthyPercent: minimum, maximumPercent: maximum)
            let observed = ObservedProvider(inner) { world in
                var problems = Invariants.resources(world)
                let mine = world.tasks.filter { $0.group == "service:web" && $0.isActive }
                let running = mine.filter { $0.lastStatus == "RUNNING" }.count
                if running < percents.minimumHealthy(desired: desired) { problems.append("running \(running) < minimum healthy \(percents.minimumHealthy(desired: desired))") }
                if mine.count > percents.maximumTasks(desired: desired) { problems.append("\(mine.count) tasks > maximum \(percents.maximumTasks(desired: desired))") }
                return problems
            }
            let v2 = try await h.plan(yaml, env: ["TAG": "2"])
            guard v2.errors.isEmpty else {
                #expect(v2.rollouts.first?.feasible == false)
                continue
            }
            try await Executor(store: h.backend.store, provider: observed, emit: { _ in }).apply(v2)
            applied += 1
            #expect(observed.violations.isEmpty, "case \(i) (desired \(desired), \(minimum)/\(maximum), \(instances) instances): \(observed.violations.prefix(3))")
            let (service, tasks) = try #require(try await inner.readService(cluster: "c", name: "web"))
            #expect(tasks.count == desired && tasks.allSatisfy { $0.taskDefinitionArn == service.taskDefinitionArn && $0.lastStatus == "RUNNING" })
            #expect(service.taskDefinitionArn.hasSuffix("web:2"))
        }
        #expect(applied >= 15, "too few feasible cases exercised: \(applied)")
    }
}
