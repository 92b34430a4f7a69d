import ECSModel
import Foundation
import YAML

/// A value read from the JSON ecsplan writes (the local state's specs): by the
/// generated scanners when they take the text, else by JSONDecoder. Both give
/// the same value; the scanners are there because a plan of 10 000 services
/// reads 20 000 specs, and JSONDecoder was a fifth of that plan.
public protocol JSONTextDecodable: Decodable {
    static func decode(jsonText text: String) throws -> Self
}

extension JSONScanner {
    /// `text` by the type's scanner when it takes the text, else by JSONDecoder.
    static func decode<T: JSONScannable & Decodable>(_ type: T.Type, _ text: String) throws -> T {
        if let value = scan(text, { try T.scanJSON(&$0) }) { return value }
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

extension TaskDefinition: JSONTextDecodable, JSONScannable {
    public static func decode(jsonText text: String) throws -> TaskDefinition { try JSONScanner.decode(Self.self, text) }

    /// As `init(from:)` reads it; describe-task-definition's wrapped form is left to JSONDecoder.
    static func scanJSON(_ r: inout JSONScanner) throws -> TaskDefinition {
        var keepRevisions: Int?
        let definition = try ECS.RegisterTaskDefinitionRequest.scanJSON(&r) { r, key in
            switch key {
            case "keepRevisions": keepRevisions = try r.int()
            case "taskDefinition": throw JSONScanner.Unsupported()
            default: return false
            }
            return true
        }
        return TaskDefinition(definition, keepRevisions: keepRevisions)
    }
}

extension Service: JSONTextDecodable, JSONScannable {
    public static func decode(jsonText text: String) throws -> Service { try JSONScanner.decode(Self.self, text) }

    /// A service's `tags` alone, from the JSON text of that member (SQLite's
    /// `json_extract(spec, '$.tags')`): what UpdateService keeps when given none.
    public static func decodeTags(jsonText text: String) throws -> [ECS.Tag]? {
        if let tags = JSONScanner.scan(text, { r in try r.list { try $0.shape(ECS.Tag.self) } }) { return tags }
        return try JSONDecoder().decode([ECS.Tag]?.self, from: Data(text.utf8))
    }

    /// As `init(from:)` reads it; `runBefore` is left to JSONDecoder.
    static func scanJSON(_ r: inout JSONScanner) throws -> Service {
        var name: String?, service: String?, clusterArn: String?, ignoreChanges: [String]?
        let definition = try ECS.CreateServiceRequest.scanJSON(&r) { r, key in
            switch key {
            case "name": name = try r.string()
            case "service": service = try r.string()
            case "clusterArn": clusterArn = try r.string()
            case "ignoreChanges": ignoreChanges = try r.list { try $0.string() }
            case "runBefore": throw JSONScanner.Unsupported()
            default: return false
            }
            return true
        }
        // The same spellings, in the same order of preference, as init(from:).
        guard let name = name ?? definition.serviceName ?? service, let cluster = definition.cluster ?? clusterArn,
              let taskDefinition = definition.taskDefinition else { throw JSONScanner.Unsupported() }
        return Service(name: name, cluster: cluster, taskDefinition: taskDefinition, definition: definition, ignoreChanges: ignoreChanges)
    }
}
