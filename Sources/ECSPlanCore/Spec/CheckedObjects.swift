/// Task definitions and services reduced to what the rules across objects
/// need, each with what its own rules found. `Validator` checks a loaded
/// configuration through these; `validate` loads one straight into them
/// (`ConfigLoader.checksObjects`) and so never holds the decoded objects: a
/// 12 MB configuration's task definitions and services take about 40 MB.
public struct CheckedObjects: Sendable {
    public var taskDefinitions: [Sourced<TaskDefinitionFacts>] = []
    public var services: [Sourced<ServiceReferences>] = []

    public init() {}
}

/// A task definition as its services' rules see it.
public struct TaskDefinitionFacts: Sendable {
    public var family: String
    public var isFargate: Bool
    /// Its network mode as ECS resolves it is awsvpc.
    public var usesAwsvpc: Bool
    public var containerNames: [String]
    /// What the task definition's own rules found.
    public var diagnostics: [Diagnostic]

    init(_ td: TaskDefinition, diagnostics: [Diagnostic]) {
        family = td.family
        isFargate = td.isFargate
        usesAwsvpc = td.effectiveNetworkMode == .awsvpc
        containerNames = td.containerDefinitions.compactMap(\.name)
        self.diagnostics = diagnostics
    }
}

/// What a service names elsewhere (its cluster, task definitions, their
/// containers), and the members checked against them.
public struct ServiceReferences: Sendable {
    public var name: String
    public var cluster: String
    public var taskDefinition: String
    public var launchType: ECS.LaunchType?
    public var hasAwsvpcConfiguration: Bool
    /// Each load balancer's container, by position.
    public var loadBalancerContainers: [String?]
    public var runBefore: [RunBeforeTask]?
    /// What the service's own rules found.
    public var diagnostics: [Diagnostic]

    init(_ s: Service, diagnostics: [Diagnostic]) {
        name = s.name
        cluster = s.cluster
        taskDefinition = s.taskDefinition
        launchType = s.launchType
        hasAwsvpcConfiguration = s.networkConfiguration?.awsvpcConfiguration != nil
        loadBalancerContainers = (s.loadBalancers ?? []).map(\.containerName)
        runBefore = s.runBefore
        self.diagnostics = diagnostics
    }
}
