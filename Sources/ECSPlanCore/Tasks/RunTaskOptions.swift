/// What `ecsplan run` asks for, turned into RunTask's request: a pure step so
/// the option rules (what `--like-service` lends, which container the
/// overrides go to) are tested without a backend.
public struct RunTaskOptions: Sendable {
    public var cluster: String
    public var count: Int = 1
    public var launchType: ECS.LaunchType?
    public var capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]?
    public var networkConfiguration: ECS.NetworkConfiguration?
    /// The container the overrides apply to; nil: the only essential one (or the first).
    public var container: String?
    public var command: [String]?
    public var environment: [ECS.KeyValuePair] = []
    public var cpu: Int?
    public var memory: Int?
    public var startedBy: String = "ecsplan"

    public init(cluster: String) { self.cluster = cluster }

    /// The request for `revision`. Options given win over what `service` lends
    /// (its network, launch type or capacity-provider strategy, and tags).
    public func request(for revision: TaskDefinitionRevision, like service: ServiceState? = nil) throws -> ECS.RunTaskRequest {
        var r = ECS.RunTaskRequest(cluster: cluster, count: count, startedBy: startedBy, taskDefinition: revision.arn)
        if launchType != nil && capacityProviderStrategy != nil {
            throw RunTaskOptionError("--launch-type and --capacity-provider-strategy exclude each other (ECS takes one or the other)")
        }
        r.launchType = launchType
        r.capacityProviderStrategy = capacityProviderStrategy
        r.networkConfiguration = networkConfiguration
        if let s = service?.spec {
            if launchType == nil && capacityProviderStrategy == nil {
                r.launchType = s.definition.launchType
                r.capacityProviderStrategy = (s.definition.capacityProviderStrategy?.isEmpty ?? true) ? nil : s.definition.capacityProviderStrategy
            }
            if r.networkConfiguration == nil { r.networkConfiguration = s.definition.networkConfiguration }
            r.tags = s.definition.tags?.filter { $0.key != ManagedMarker.key }
            if r.tags?.isEmpty ?? false { r.tags = nil }
        }
        if command != nil || !environment.isEmpty || cpu != nil || memory != nil {
            let name = try overriddenContainer(in: revision.spec)
            r.overrides = ECS.TaskOverride(containerOverrides: [
                ECS.ContainerOverride(name: name, command: command, environment: environment.isEmpty ? nil : environment, cpu: cpu, memory: memory)
            ])
        }
        return r
    }

    func overriddenContainer(in definition: TaskDefinition) throws -> String {
        let names = definition.definition.containerDefinitions.compactMap(\.name)
        if let container {
            guard names.contains(container) else {
                throw RunTaskOptionError("--container \(container) is not a container of \(definition.definition.family): it has \(names.joined(separator: ", "))")
            }
            return container
        }
        let essential = definition.definition.containerDefinitions.filter { $0.essential ?? true }.compactMap(\.name)
        if essential.count == 1 { return essential[0] }
        guard essential.isEmpty, let first = names.first else {
            throw RunTaskOptionError("\(definition.definition.family) has \(essential.count) essential containers (\(essential.joined(separator: ", "))): "
                                     + "name the one to override with --container")
        }
        return first
    }

    /// `KEY=VALUE`; the value may hold `=`.
    public static func environmentVariable(_ text: String) throws -> ECS.KeyValuePair {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw RunTaskOptionError("--env \(text): expected KEY=VALUE")
        }
        return ECS.KeyValuePair(name: String(text[..<eq]), value: String(text[text.index(after: eq)...]))
    }

    /// `PROVIDER[:WEIGHT[:BASE]]`, comma-separated: `FARGATE_SPOT:3,FARGATE:1:1`.
    public static func capacityProviderStrategy(_ text: String) throws -> [ECS.CapacityProviderStrategyItem] {
        try text.split(separator: ",").map { item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let numbers = parts.dropFirst().map { Int($0) }
            guard !parts[0].isEmpty, parts.count <= 3, !numbers.contains(nil) else {
                throw RunTaskOptionError("--capacity-provider-strategy \(text): expected PROVIDER[:WEIGHT[:BASE]],… (e.g. FARGATE_SPOT:3,FARGATE:1:1)")
            }
            let n = numbers.compactMap { $0 }
            return ECS.CapacityProviderStrategyItem(capacityProvider: parts[0], weight: n.first ?? 1, base: n.count > 1 ? n[1] : nil)
        }
    }
}

public struct RunTaskOptionError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
