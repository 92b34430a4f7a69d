import Foundation
import Testing
@testable import ECSPlanCore

/// The generated `shapeTree` of each model structure is exactly the tree
/// `ShapeTreeEncoder` builds from the same value's `encode(to:)`: same shapes,
/// same members in the same order, same scalars. Normalization, digests and
/// import all read these trees, so any difference would change a plan.
@Suite struct ShapeTreeTests {
    /// A random value of `shape`: every required member, each optional one by
    /// a seeded coin (none below depth 6, so it ends), timestamps included.
    static func sample(_ shape: String, _ rng: inout SeededGenerator, depth: Int = 0) -> Any? {
        guard let info = ECS.shape(named: shape) else { return nil }
        switch info.kind {
        case .structure:
            var out: [String: Any] = [:]
            for m in info.members where m.required || (depth < 6 && rng.next() % 3 == 0) {
                if let v = sample(m.shape, &rng, depth: depth + 1) { out[m.name] = v }
            }
            return out
        case .list:
            guard let element = info.element else { return nil }
            let count = max(Int(info.min ?? 1), 1 + Int(rng.next() % 2))
            return (0..<count).compactMap { _ in sample(element, &rng, depth: depth + 1) }
        case .map:
            guard let element = info.element, let v = sample(element, &rng, depth: depth + 1) else { return nil }
            return ["k\(rng.next() % 9)": v, "j\(rng.next() % 9)": v]
        case .string: return "v\(rng.next() % 50)"
        case .enumeration: return info.enumValues.isEmpty ? nil : info.enumValues[Int(rng.next() % UInt64(info.enumValues.count))]
        case .integer: return Int(rng.next() % 100)
        case .double: return 1.5
        case .boolean: return rng.next() % 2 == 0
        case .timestamp: return 1_700_000_000.25 + Double(rng.next() % 1000)
        case .document:
            return ["threshold": Int(rng.next() % 100), "name": "smoke", "ratio": 0.25,
                    "steps": [1, "two", true, ["nested": NSNull()]] as [Any]]
        }
    }

    static func sampled<T: Decodable>(_ type: T.Type, _ shape: String, _ rng: inout SeededGenerator) throws -> T? {
        guard let object = sample(shape, &rng) else { return nil }
        return try JSONDecoder().decode(T.self, from: JSONSerialization.data(withJSONObject: object))
    }

    static func check<T: Codable>(_ type: T.Type, _ shape: String, rounds: Int = 60) throws -> Int {
        var rng = SeededGenerator(seed: 20)
        var compared = 0
        for round in 0..<rounds {
            guard let value = try sampled(T.self, shape, &rng) else { continue }
            let generated = ShapeTree.of(value)
            let reference = ShapeTree.encoded(value, generated: false)
            #expect(generated == reference, "\(shape), round \(round):\n\(generated)\n\(reference)")
            compared += 1
        }
        return compared
    }

    @Test func requestsAndOutputsWriteTheEncodersTree() throws {
        #expect(try Self.check(ECS.RegisterTaskDefinitionRequest.self, "RegisterTaskDefinitionRequest") == 60)
        #expect(try Self.check(ECS.CreateServiceRequest.self, "CreateServiceRequest") == 60)
        #expect(try Self.check(ECS.CreateClusterRequest.self, "CreateClusterRequest") == 60)
        #expect(try Self.check(ECS.TaskDefinition.self, "TaskDefinition") == 60)
        #expect(try Self.check(ECS.Service.self, "Service") == 60)
        #expect(try Self.check(ECS.Cluster.self, "Cluster") == 60)
    }

    /// The sampler reaches deep members: a comparison of near-empty values
    /// would pass whatever the generator wrote.
    @Test func theSamplesAreRich() throws {
        var rng = SeededGenerator(seed: 20)
        var members = 0
        func count(_ t: ShapeTree) -> Int {
            switch t {
            case .list(let items): return items.map(count).reduce(0, +)
            case .object(_, let m): return m.count + m.map { count($0.1) }.reduce(0, +)
            default: return 0
            }
        }
        for _ in 0..<20 {
            if let td = try Self.sampled(ECS.RegisterTaskDefinitionRequest.self, "RegisterTaskDefinitionRequest", &rng) {
                members += count(ShapeTree.of(td))
            }
        }
        #expect(members > 800, "\(members) members in 20 samples")
    }
}
