import Foundation
import YAML

/// A task-definition family as configured: RegisterTaskDefinition's request
/// (every member of AWS's model) plus ecsplan's own `keepRevisions`. Members
/// read and write straight through (`td.containerDefinitions`). Each content
/// change registers revision N+1.
@dynamicMemberLookup
public struct TaskDefinition: Sendable, Hashable {
    public var definition: ECS.RegisterTaskDefinitionRequest
    /// ecsplan's own: deregister older revisions not in use, keeping the newest N.
    public var keepRevisions: Int?

    public init(family: String, containerDefinitions: [ContainerDefinition]) {
        definition = ECS.RegisterTaskDefinitionRequest(family: family, containerDefinitions: containerDefinitions)
    }

    public init(_ definition: ECS.RegisterTaskDefinitionRequest, keepRevisions: Int? = nil) {
        self.definition = definition
        self.keepRevisions = keepRevisions
    }

    public subscript<V>(dynamicMember member: WritableKeyPath<ECS.RegisterTaskDefinitionRequest, V>) -> V {
        get { definition[keyPath: member] }
        set { definition[keyPath: member] = newValue }
    }

    public var isFargate: Bool { definition.requiresCompatibilities?.contains(.fargate) ?? false }

    /// The network mode ECS uses when none is given: awsvpc on Fargate, else bridge.
    public var effectiveNetworkMode: ECS.NetworkMode { definition.networkMode ?? (isFargate ? .awsvpc : .bridge) }

    /// Task-level CPU units (`256`, `"0.25 vCPU"`), nil when unset or unreadable.
    public var cpuUnits: Int? { definition.cpu.flatMap { ResourceQuantity.parse($0, kind: .cpu) } }
    /// Task-level memory in MiB (`512`, `"1 GB"`), nil when unset or unreadable.
    public var memoryMiB: Int? { definition.memory.flatMap { ResourceQuantity.parse($0, kind: .memory) } }
}

extension TaskDefinition: Codable, HasReadOnlyFields {
    private enum Keys: String, CodingKey { case keepRevisions, taskDefinition, tags }

    static let readOnlyFields = Set(Overlay.outputOnlyMembers(section: "taskDefinitions"))

    /// The request's members and `keepRevisions` side by side in one mapping.
    /// `aws ecs describe-task-definition` output, `{taskDefinition: {…}, tags: […]}`,
    /// is read as the task definition inside it with the tags beside it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        if c.contains(.taskDefinition) {
            self = try c.decode(TaskDefinition.self, forKey: .taskDefinition)
            if let tags = try c.decodeIfPresent([ECS.Tag].self, forKey: .tags) { definition.tags = tags }
            return
        }
        definition = try ECS.RegisterTaskDefinitionRequest(from: decoder)
        keepRevisions = try c.decodeIfPresent(Int.self, forKey: .keepRevisions)
    }

    public func encode(to encoder: any Encoder) throws {
        try definition.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(keepRevisions, forKey: .keepRevisions)
    }
}

/// Task-level `cpu` and `memory`, which the ECS API takes as strings:
/// `256`, `"256"`, `"0.25 vCPU"`, `"1 vcpu"`, `"512 MiB"`, `"2 GB"`, `"0.5GB"`.
/// Read as numbers (CPU units, MiB) so `"1 vCPU"` and `1024` never differ in a plan.
public enum ResourceQuantity {
    public enum Kind: Sendable { case cpu, memory }

    /// The API's accepted spellings, or nil for anything else.
    public static func parse(_ text: String, kind: Kind) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let i = Int(trimmed) { return i }
        let units: [(String, Double)] = kind == .cpu
            ? [("vcpu", 1024)]
            : [("mib", 1), ("mb", 1), ("gib", 1024), ("gb", 1024)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let d = Double(number), d >= 0 else { return nil }
            let scaled = d * factor
            guard scaled == scaled.rounded(), scaled < Double(Int32.max) else { return nil }
            return Int(scaled)
        }
        return nil
    }
}

extension TaskDefinition {
    /// The request that registers what `described` (DescribeTaskDefinition's
    /// output) holds: the members both shapes share, by name; output-only ones
    /// (arn, revision, status, …) fall away. Nil when family or containers are missing.
    public init?(described: ECS.TaskDefinition, tags: [ECS.Tag]?) {
        guard var request = ECS.convert(described, to: ECS.RegisterTaskDefinitionRequest.self) else { return nil }
        request.tags = (tags?.isEmpty ?? true) ? nil : tags
        self.init(request)
    }
}
