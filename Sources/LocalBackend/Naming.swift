import ECSPlanCore
import Foundation

/// ARNs and ids in the real ECS formats, so output looks like AWS's.
struct Naming: Sendable {
    var region: String
    var account = "123456789012"

    func clusterArn(_ name: String) -> String { "arn:aws:ecs:\(region):\(account):cluster/\(name)" }
    func serviceArn(cluster: String, name: String) -> String { "arn:aws:ecs:\(region):\(account):service/\(cluster)/\(name)" }
    func taskDefinitionArn(family: String, revision: Int) -> String { "arn:aws:ecs:\(region):\(account):task-definition/\(family):\(revision)" }
    func taskArn(cluster: String, id: String) -> String { "arn:aws:ecs:\(region):\(account):task/\(cluster)/\(id)" }
    func containerInstanceArn(cluster: String, id: String) -> String { "arn:aws:ecs:\(region):\(account):container-instance/\(cluster)/\(id)" }

    /// `i-` and 17 hex digits, stable for a cluster and position so re-creating
    /// a cluster gives the same instances.
    static func instanceID(lineage: String, cluster: String, position: Int) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(lineage)/\(cluster)/\(position)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "i-0" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// One task id, as a simulator step draws many (`TaskIDGenerator`).
    static func taskID() -> String {
        var ids = TaskIDGenerator()
        return ids.taskID()
    }
    /// Deterministic for a service and serial, so plans (which fingerprint the
    /// deployment) are reproducible in tests.
    static func deploymentID(cluster: String, service: String, serial: Int) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(cluster)/\(service)/\(serial)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return "ecs-svc/" + String(h % 10_000_000_000_000_000)
    }
}

enum JSON {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A spec as the state keeps it: by its own writer, or JSONEncoder for
    /// what that writer declines (to throw the encoder's error).
    static func spec<T: Encodable & JSONTextEncodable>(_ value: T) throws -> String {
        if let text = value.jsonText { return text }
        return try string(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
