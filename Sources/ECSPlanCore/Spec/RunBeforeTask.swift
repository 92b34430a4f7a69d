import YAML

/// A one-off task a service runs before its rollout (`runBefore`, e.g. a
/// database migration): RunTask of a task definition this configuration
/// defines, on the service's cluster. Launch type, capacity-provider strategy
/// and network default to the service's own; overrides are RunTask's shape.
public struct RunBeforeTask: Sendable, Hashable, Codable {
    /// A family defined in the configuration (the revision this plan gives it),
    /// or `family:revision`.
    public var taskDefinition: String
    /// How many tasks, 1-10 (RunTask's limit). Default 1.
    public var count: Int?
    public var overrides: ECS.TaskOverride?
    public var launchType: ECS.LaunchType?
    public var capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]?
    public var networkConfiguration: ECS.NetworkConfiguration?

    public init(taskDefinition: String, count: Int? = nil, overrides: ECS.TaskOverride? = nil) {
        self.taskDefinition = taskDefinition
        self.count = count
        self.overrides = overrides
    }

    /// The keys a `runBefore` entry takes, for did-you-mean.
    static let memberNames = ["taskDefinition", "count", "overrides", "launchType", "capacityProviderStrategy", "networkConfiguration"]

    /// RunTask's request for the revision `taskDefinitionArn`, on `service`'s
    /// cluster, with the service's launch type or capacity-provider strategy
    /// and network unless this task names its own.
    public func request(taskDefinitionArn: String, service: Service) -> ECS.RunTaskRequest {
        var r = ECS.RunTaskRequest(cluster: service.cluster, count: count ?? 1, overrides: overrides, startedBy: "ecsplan",
                                   taskDefinition: taskDefinitionArn)
        if launchType != nil || capacityProviderStrategy != nil {
            r.launchType = launchType
            r.capacityProviderStrategy = capacityProviderStrategy
        } else {
            r.launchType = service.definition.launchType
            r.capacityProviderStrategy = (service.definition.capacityProviderStrategy?.isEmpty ?? true) ? nil : service.definition.capacityProviderStrategy
        }
        r.networkConfiguration = networkConfiguration ?? service.definition.networkConfiguration
        return r
    }
}

extension RunBeforeTask: NodeDecodable {
    static func decodeNode(_ d: NodeDecoder) throws -> RunBeforeTask {
        var taskDefinition: String?
        var result = RunBeforeTask(taskDefinition: "")
        var failed = false
        try d.members(names: memberNames) { m in
            switch m.key {
            case "taskDefinition": taskDefinition = m.required("taskDefinition", &failed) { try $0.string() }
            case "count": result.count = m.optional("count") { try $0.int() }
            case "overrides": result.overrides = m.optional("overrides") { try $0.shape(ECS.TaskOverride.self) }
            case "launchType": result.launchType = m.optionalEnum("launchType", ECS.LaunchType.self)
            case "capacityProviderStrategy":
                result.capacityProviderStrategy = m.optional("capacityProviderStrategy") { try $0.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) } }
            case "networkConfiguration": result.networkConfiguration = m.optional("networkConfiguration") { try $0.shape(ECS.NetworkConfiguration.self) }
            default: return false
            }
            return true
        }
        if taskDefinition == nil, !failed {
            d.reportMissing("taskDefinition")
            failed = true
        }
        guard !failed, let taskDefinition else { throw AlreadyReported() }
        result.taskDefinition = ARNName.taskDefinition(taskDefinition)
        return result
    }
}
