import Foundation

/// A service as configured: CreateService's request (every member of AWS's
/// model) with ecsplan's identity fields kept apart (`name` or `serviceName`,
/// `cluster`, `taskDefinition`) and its own `ignoreChanges`. Members read and
/// write straight through (`service.desiredCount`).
@dynamicMemberLookup
public struct Service: Sendable, Hashable {
    public var name: String
    /// The cluster's name (an ARN in the configuration is read as its name).
    public var cluster: String
    /// A family managed here (its latest revision) or `family:revision`.
    public var taskDefinition: String
    /// Every other member; its serviceName, cluster and taskDefinition stay nil.
    public var definition: ECS.CreateServiceRequest
    /// Fields owned by something else (autoscaling, CI): the plan keeps the live value.
    public var ignoreChanges: [String]?
    /// One-off tasks (a migration) apply runs before this service moves to a
    /// new revision; a failing one stops its rollout.
    public var runBefore: [RunBeforeTask]?

    public init(name: String, cluster: String, taskDefinition: String, desiredCount: Int? = nil) {
        self.name = name
        self.cluster = cluster
        self.taskDefinition = taskDefinition
        definition = ECS.CreateServiceRequest(desiredCount: desiredCount)
    }

    /// From a flat mapping's identity as written (`cluster` and `taskDefinition`
    /// may be ARNs), the request's identity members cleared.
    init(name: String, cluster: String, taskDefinition: String, definition: ECS.CreateServiceRequest,
         ignoreChanges: [String]?, runBefore: [RunBeforeTask]? = nil) {
        self.name = name
        self.cluster = ARNName.cluster(cluster)
        self.taskDefinition = ARNName.taskDefinition(taskDefinition)
        var definition = definition
        definition.serviceName = nil
        definition.cluster = nil
        definition.taskDefinition = nil
        self.definition = definition
        self.ignoreChanges = ignoreChanges
        self.runBefore = runBefore
    }

    /// This service as its JSON (`jsonText`) reads back: the decoders build it
    /// through the initializer above, which names `cluster` and
    /// `taskDefinition` by name where they were set as ARNs (UpdateService
    /// writes the revision's ARN). The local state uses it for what it wrote.
    public var readBack: Service {
        Service(name: name, cluster: cluster, taskDefinition: taskDefinition, definition: definition,
                ignoreChanges: ignoreChanges, runBefore: runBefore)
    }

    public subscript<V>(dynamicMember member: WritableKeyPath<ECS.CreateServiceRequest, V>) -> V {
        get { definition[keyPath: member] }
        set { definition[keyPath: member] = newValue }
    }

    public var isDaemon: Bool { definition.schedulingStrategy == .daemon }

    /// The launch type ECS uses: the one given, none under a capacity-provider
    /// strategy (the cluster's default strategy may apply), else EC2.
    public var effectiveLaunchType: ECS.LaunchType? {
        if let t = definition.launchType { return t }
        return (definition.capacityProviderStrategy?.isEmpty ?? true) ? .ec2 : nil
    }
}

extension Service: Codable, HasReadOnlyFields {
    private enum Keys: String, CodingKey {
        case name, serviceName, cluster, clusterArn, taskDefinition, ignoreChanges, runBefore
        /// UpdateService's own member that names the service.
        case service
    }

    static let readOnlyFields = Set(Overlay.outputOnlyMembers(section: "services"))

    /// One flat mapping: the request's members beside `name`, `cluster`,
    /// `taskDefinition`, `ignoreChanges` and `runBefore`, as a configuration (or pasted
    /// `create-service --cli-input-json` / describe-services output) spells it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let definition = try ECS.CreateServiceRequest(from: decoder)
        // Each spelling is read (and so known), whichever is given.
        let names = try [c.decodeIfPresent(String.self, forKey: .name), definition.serviceName, c.decodeIfPresent(String.self, forKey: .service)]
        let name = names.compactMap { $0 }.first
        // describe-services output names the cluster only by ARN.
        let clusters = try [c.decodeIfPresent(String.self, forKey: .cluster), c.decodeIfPresent(String.self, forKey: .clusterArn)]
        let cluster = clusters.compactMap { $0 }.first
        let taskDefinition = try c.decodeIfPresent(String.self, forKey: .taskDefinition)
        guard let name, let cluster, let taskDefinition else {
            let missing = name == nil ? "name" : cluster == nil ? "cluster" : "taskDefinition"
            throw Self.missing(missing, decoder)
        }
        self.init(name: name, cluster: cluster, taskDefinition: taskDefinition, definition: definition,
                  ignoreChanges: try c.decodeIfPresent([String].self, forKey: .ignoreChanges),
                  runBefore: try c.decodeIfPresent([RunBeforeTask].self, forKey: .runBefore))
    }

    public func encode(to encoder: any Encoder) throws {
        try definition.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(name, forKey: .name)
        try c.encode(cluster, forKey: .cluster)
        try c.encode(taskDefinition, forKey: .taskDefinition)
        try c.encodeIfPresent(ignoreChanges, forKey: .ignoreChanges)
        try c.encodeIfPresent(runBefore, forKey: .runBefore)
    }

    /// A missing identity field in JSON (state, saved plans): thrown.
    static func missing(_ key: String, _ decoder: any Decoder) -> any Error {
        return DecodingError.keyNotFound(Keys(stringValue: key) ?? .name, .init(codingPath: decoder.codingPath, debugDescription: "missing \(key)"))
    }

    /// A missing identity field, reported at the object. ecspresso keeps a
    /// service's name, cluster and task definition in its own config.
    static func missingIdentity(_ key: String, _ d: NodeDecoder, alias: String = "serviceName") -> AlreadyReported {
        d.session.error(d.node.mark, d.path, "missing required key '\(key)'" + (key == "name" ? " (or \(alias))" : ""))
        return AlreadyReported()
    }
}

/// Names inside ECS ARNs, so a configuration may name a cluster or a
/// task-definition revision by ARN, as describe output does.
public enum ARNName {
    /// `arn:aws:ecs:REGION:ACCOUNT:cluster/NAME` → `NAME`; anything else as it is.
    public static func cluster(_ text: String) -> String {
        guard text.hasPrefix("arn:"), let slash = text.range(of: ":cluster/") else { return text }
        return String(text[slash.upperBound...])
    }

    /// `arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REV` → `FAMILY:REV`.
    public static func taskDefinition(_ text: String) -> String {
        guard text.hasPrefix("arn:"), let slash = text.range(of: ":task-definition/") else { return text }
        return String(text[slash.upperBound...])
    }
}
