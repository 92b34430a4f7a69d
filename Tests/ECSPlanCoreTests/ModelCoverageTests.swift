import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// Walks AWS's model: every input member of the requests a configuration
/// mirrors is accepted by `validate`, alone in a configuration, with a value
/// made from the model itself (no "unknown key", no output-only note, no type error).
@Suite struct ModelCoverageTests {
    /// A small value of `shape` that the model allows: required members only
    /// below the top, the first enum value, the lowest number in range.
    static func sample(_ shape: String, everyMember: Bool = false, depth: Int = 0) -> Any? {
        guard let info = ECS.shape(named: shape), depth < 8 else { return nil }
        switch info.kind {
        case .structure:
            var out: [String: Any] = [:]
            for m in info.members where m.required || everyMember {
                if let v = sample(m.shape, everyMember: everyMember, depth: depth + 1) { out[m.name] = v }
            }
            return out
        case .list:
            guard let element = info.element, let v = sample(element, everyMember: everyMember, depth: depth + 1) else { return nil }
            return Array(repeating: v, count: max(1, Int(info.min ?? 1)))
        case .map:
            guard let element = info.element, let v = sample(element, everyMember: everyMember, depth: depth + 1) else { return nil }
            return ["k1": v]
        case .string: return "x1"
        case .enumeration: return info.enumValues.first
        case .integer: return Int(max(info.min ?? 1, 1))
        case .double: return 1.5
        case .boolean: return true
        case .timestamp: return nil
        case .document: return ["threshold": 5, "checks": ["smoke", "health"]]
        }
    }

    static var identity: [String: [String: Any]] { [
        "clusters": ["name": "c"],
        "taskDefinitions": ["family": "f", "containerDefinitions": [["name": "app", "image": "nginx", "memory": 128]]],
        "services": ["name": "s", "cluster": "c", "taskDefinition": "f", "desiredCount": 1],
    ] }

    static func problems(section: String, request: String, skip: Set<String>) throws -> [String] {
        let info = try #require(ECS.shape(named: request))
        var out: [String] = []
        for member in info.members where !skip.contains(member.name) {
            guard let value = sample(member.shape) else { continue }
            var object = identity[section] ?? [:]
            object[member.name] = value
            var config: [String: Any] = ["clusters": [["name": "c"]], "taskDefinitions": [identity["taskDefinitions"] ?? [:]]]
            config[section] = [object]
            let text = String(decoding: try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys]), as: UTF8.self)
            let r = loadConfig(text)
            for d in r.diagnostics where d.message.contains("unknown key") || d.message.contains("output-only")
                || d.message.hasPrefix("expected ") || d.message.contains("must be one of") {
                out.append("\(request).\(member.name): \(d.path): \(d.message)")
            }
        }
        return out
    }

    @Test func everyRegisterTaskDefinitionMemberIsAccepted() throws {
        #expect(try Self.problems(section: "taskDefinitions", request: "RegisterTaskDefinitionRequest", skip: ["family"]) == [])
    }

    @Test func everyCreateServiceMemberIsAccepted() throws {
        #expect(try Self.problems(section: "services", request: "CreateServiceRequest", skip: ["serviceName"]) == [])
    }

    @Test func everyUpdateServiceMemberIsAccepted() throws {
        let problems = try Self.problems(section: "services", request: "UpdateServiceRequest", skip: [])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func everyCreateClusterMemberIsAccepted() throws {
        #expect(try Self.problems(section: "clusters", request: "CreateClusterRequest", skip: []) == [])
    }

    /// Every member at every depth at once: a task definition made of the whole
    /// model decodes with no unknown key and no type error.
    @Test func aTaskDefinitionOfEveryMemberDecodes() throws {
        var td = try #require(Self.sample("RegisterTaskDefinitionRequest", everyMember: true) as? [String: Any])
        td["family"] = "f"
        let text = String(decoding: try JSONSerialization.data(withJSONObject: ["taskDefinitions": [td]]), as: UTF8.self)
        let r = loadConfig(text)
        let bad = r.diagnostics.filter { $0.message.contains("unknown key") || $0.message.hasPrefix("expected ") || $0.message.contains("must be one of") }
        #expect(bad.isEmpty, "\(bad)")
        let spec = try #require(r.config.taskDefinitions.first?.spec)
        // Nothing is lost: what was decoded encodes back to every member given.
        let encoded = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(spec)) as? [String: Any])
        #expect(Set(encoded.keys).isSuperset(of: Set(td.keys)), "\(Set(td.keys).subtracting(encoded.keys))")
    }
}

/// Random task definitions built from the model (each optional member in or
/// out by a seeded coin), applied to the local backend: the re-plan is empty,
/// so every member survives storage, reading back and normalization.
@Suite struct ModelRoundTripTests {
    static func randomSample(_ shape: String, _ rng: inout SeededGenerator, depth: Int = 0) -> Any? {
        guard let info = ECS.shape(named: shape), depth < 6 else { return nil }
        switch info.kind {
        case .structure:
            var out: [String: Any] = [:]
            for m in info.members where m.required || rng.next() % 3 == 0 {
                if let v = randomSample(m.shape, &rng, depth: depth + 1) { out[m.name] = v }
            }
            return out
        case .list:
            guard let element = info.element else { return nil }
            let count = max(Int(info.min ?? 1), 1 + Int(rng.next() % 2))
            return (0..<count).compactMap { _ in randomSample(element, &rng, depth: depth + 1) }
        case .map:
            guard let element = info.element, let v = randomSample(element, &rng, depth: depth + 1) else { return nil }
            return ["k\(rng.next() % 9)": v]
        case .string: return "v\(rng.next() % 50)"
        case .enumeration: return info.enumValues.isEmpty ? nil : info.enumValues[Int(rng.next() % UInt64(info.enumValues.count))]
        case .integer:
            let low = Int(max(info.min ?? 1, 1)), high = Int(min(info.max ?? 100, 100))
            return low + Int(rng.next() % UInt64(max(high - low + 1, 1)))
        case .double: return 1.5
        case .boolean: return rng.next() % 2 == 0
        case .timestamp: return nil
        case .document: return ["threshold": Int(rng.next() % 9), "name": "v\(rng.next() % 50)"]
        }
    }

    @Test func randomTaskDefinitionsFromTheModelReplanClean() async throws {
        var rng = SeededGenerator(seed: 16)
        var applied = 0
        var refused: [String] = []
        for round in 0..<40 {
            guard var td = Self.randomSample("RegisterTaskDefinitionRequest", &rng) as? [String: Any] else { continue }
            td["family"] = "f\(round)"
            // One valid container, so the semantic rules (names, memory) hold.
            var container = (Self.randomSample("ContainerDefinition", &rng) as? [String: Any]) ?? [:]
            container["name"] = "app"
            container["image"] = "nginx:1.27"
            container["memory"] = 256
            container["memoryReservation"] = nil
            for key in ["dependsOn", "volumesFrom", "mountPoints", "links", "cpu"] { container[key] = nil }
            container["essential"] = true
            // ECS's own ranges, which the model does not state (the validator checks them).
            if var hc = container["healthCheck"] as? [String: Any] {
                hc["interval"] = 30; hc["timeout"] = 5; hc["retries"] = 3
                container["healthCheck"] = hc
            }
            if let ports = container["portMappings"] as? [[String: Any]] {
                container["portMappings"] = ports.enumerated().map { i, pm in
                    var pm = pm
                    pm["containerPort"] = 8000 + i
                    pm["containerPortRange"] = nil
                    pm["hostPort"] = nil
                    return pm
                }
            }
            td["containerDefinitions"] = [container]
            for key in ["cpu", "memory", "requiresCompatibilities", "networkMode", "placementConstraints", "volumes", "pidMode"] { td[key] = nil }
            let text = String(decoding: try JSONSerialization.data(withJSONObject: ["taskDefinitions": [td]]), as: UTF8.self)
            let h = try Harness()
            do { _ = try h.config(text) } catch {
                refused.append("\(error)")
                continue
            }
            try await h.apply(text)
            let replan = try await h.plan(text)
            #expect(!replan.hasChanges, "round \(round): \(replan.changes.filter { $0.action != .noop }.map { "\($0.address) \($0.fields.map(\.path))" })\n\(text)")
            applied += 1
        }
        #expect(applied >= 36, "only \(applied) of 40 random task definitions were valid:\n\(refused.joined(separator: "\n"))")
    }
}
