import Foundation
import Testing
@testable import ECSPlanCore

/// `JSONRenderer` writes plans by hand; JSONEncoder over `Plan`'s Codable
/// conformance is the reference it must match byte for byte, and the decoder
/// must read it back.
@Suite struct PlanJSONTests {
    /// Strings that exercise escaping, ordering and non-ASCII text.
    static let strings = ["", "web", "a/b", "quote \" and \\ backslash", "tab\tnew\nline\r", "bell\u{07} nul\u{00} esc\u{1B} del\u{7F}",
                          "héllo wörld", "日本語", "emoji 🚀", "B", "a", "a1", "a10", "a9", "Z", "_", "svc-10", "svc-2", "\u{2028}sep", "back\u{08}feed\u{0C}"]

    static func pick<T>(_ items: [T], _ rng: inout SeededGenerator) -> T { items[Int(rng.next() % UInt64(items.count))] }
    static func coin(_ rng: inout SeededGenerator) -> Bool { rng.next() % 2 == 0 }

    static func value(_ rng: inout SeededGenerator, depth: Int = 0) -> Value {
        switch rng.next() % (depth > 2 ? 4 : 7) {
        case 0: return .null
        case 1: return .bool(rng.next() % 2 == 0)
        case 2: return .int(Int(truncatingIfNeeded: rng.next() % 2_000_001) - 1_000_000)
        case 3: return .string(pick(strings, &rng))
        case 4: return .list((0..<Int(rng.next() % 4)).map { _ in value(&rng, depth: depth + 1) })
        case 5: return .object(members(&rng, depth: depth))
        default: return .keyed(members(&rng, depth: depth))
        }
    }

    static func members(_ rng: inout SeededGenerator, depth: Int) -> [String: Value] {
        var m: [String: Value] = [:]
        for _ in 0..<Int(rng.next() % 5) {
            let key = pick(strings, &rng)
            m[key] = value(&rng, depth: depth + 1)
        }
        return m
    }

    static func fingerprints(_ rng: inout SeededGenerator) -> [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        for _ in 0..<Int(rng.next() % 4) {
            let address = pick(strings, &rng)
            var fields: [String: String] = [:]
            for _ in 0..<Int(rng.next() % 3) {
                let key = pick(strings, &rng)
                fields[key] = pick(strings, &rng)
            }
            out[address] = fields
        }
        return out
    }

    static func plan(_ rng: inout SeededGenerator) -> Plan {
        func strings(_ n: UInt64) -> [String] { (0..<Int(rng.next() % n)).map { _ in pick(Self.strings, &rng) } }
        let addresses: [Address] = [.cluster("prod"), .taskDefinition("web"), .service(cluster: "prod", name: "web-2")]
        let changes = (0..<Int(rng.next() % 4)).map { _ in
            var c = Change(address: pick(addresses, &rng), action: pick(Action.allCases, &rng), reason: (coin(&rng) ? nil : pick(Self.strings, &rng)),
                           fields: (0..<Int(rng.next() % 3)).map { _ in
                               FieldChange(path: FieldPath([.key(pick(["image", "environment", "secrets"], &rng))]),
                                           before: (coin(&rng) ? nil : value(&rng)), after: (coin(&rng) ? nil : value(&rng)), drift: rng.next() % 2 == 0)
                           },
                           revisionFrom: (coin(&rng) ? nil : "web:\(rng.next() % 9)"), revisionTo: (coin(&rng) ? nil : "web:\(rng.next() % 9)"),
                           ignored: strings(3), deregister: strings(3), desiredDigest: (coin(&rng) ? nil : String(rng.next(), radix: 16)))
            c.desiredCount = (coin(&rng) ? nil : Int(rng.next() % 10))
            return c
        }
        let rollouts = (0..<Int(rng.next() % 3)).map { _ in
            Rollout(address: pick(addresses, &rng), targetRevision: "web:2", desiredCount: Int(rng.next() % 10),
                    current: (0..<Int(rng.next() % 3)).map { _ in .init(revision: pick(Self.strings, &rng), running: Int(rng.next() % 5), pending: Int(rng.next() % 2)) },
                    tasksToReplace: Int(rng.next() % 10), tasksToStart: Int(rng.next() % 10), minimumHealthy: 1, maximumTasks: 4,
                    batches: (0..<Int(rng.next() % 4)).map { _ in Int(rng.next() % 5) }, feasible: rng.next() % 2 == 0, problem: (coin(&rng) ? nil : pick(Self.strings, &rng)))
        }
        let fingerprints = Self.fingerprints(&rng)
        var plan = Plan(backend: pick(["local", "ecs"], &rng), lineage: pick(Self.strings, &rng), serial: Int(rng.next() % 100), configDigest: "abc",
                        configPaths: strings(3), targets: strings(2), prune: rng.next() % 2 == 0, changes: changes, rollouts: rollouts,
                        errors: strings(3), notes: strings(3), fingerprints: fingerprints)
        plan.region = pick(["us-east-1", "eu-west-1", Self.strings[3]], &rng)
        plan.account = coin(&rng) ? nil : "123456789012"
        plan.summary = plan.computeSummary()
        return plan
    }

    @Test func matchesJSONEncoderByteForByte() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var rng = SeededGenerator(seed: 20261126)
        for i in 0..<500 {
            let plan = Self.plan(&rng)
            let expected = String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
            let written = JSONRenderer.render(plan)
            #expect(written == expected, "plan \(i) differs")
            if written != expected { return }
            _ = try JSONRenderer.decode(Data(written.utf8))
        }
    }
}
