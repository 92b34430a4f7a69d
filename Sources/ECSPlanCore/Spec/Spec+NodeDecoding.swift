import YAML

// The configuration's objects read straight from YAML nodes: the request's
// members through its generated decoder, ecsplan's own keys beside them in
// the same pass. (Their Codable conformances read JSON: state, saved plans.)

extension TaskDefinition: NodeDecodable {
    static func decodeNode(_ d: NodeDecoder) throws -> TaskDefinition {
        // `aws ecs describe-task-definition` output, `{taskDefinition: {…}, tags: […]}`,
        // is read as the task definition inside it with the tags beside it.
        if case .mapping(let m) = d.node, m["taskDefinition"] != nil {
            var inner: TaskDefinition?
            var tags: [ECS.Tag]?
            var failed = false
            try d.members(names: ["taskDefinition", "tags"], readOnly: readOnlyFields) { m in
                switch m.key {
                case "taskDefinition": inner = m.required("taskDefinition", &failed) { try $0.shape(TaskDefinition.self) }
                case "tags": tags = m.optional("tags") { try $0.tags() }
                default: return false
                }
                return true
            }
            guard !failed, var inner else { throw AlreadyReported() }
            if let tags { inner.definition.tags = tags }
            return inner
        }
        var keepRevisions: Int?
        let definition = try ECS.RegisterTaskDefinitionRequest.decodeNode(d, extraNames: ["keepRevisions"], readOnly: readOnlyFields) { m in
            guard case "keepRevisions" = m.key else { return false }
            keepRevisions = m.optional("keepRevisions") { try $0.int() }
            return true
        }
        return TaskDefinition(definition, keepRevisions: keepRevisions)
    }
}

extension Service: NodeDecodable {
    /// How the note on a service definition validated without its identity begins.
    public static let definitionAloneNote = "a service definition"

    /// Keys beside CreateService's members: other spellings of its identity,
    /// UpdateService's own (`service`, `forceNewDeployment`), `ignoreChanges` and `runBefore`.
    private static let ownKeys = ["name", "clusterArn", "service", "forceNewDeployment", "ignoreChanges", "runBefore"]

    static func decodeNode(_ d: NodeDecoder) throws -> Service {
        var name: String?, service: String?, clusterArn: String?
        var ignoreChanges: [String]?
        var runBefore: [RunBeforeTask]?
        var forceNewDeployment = false
        let definition = try ECS.CreateServiceRequest.decodeNode(d, extraNames: ownKeys, readOnly: readOnlyFields) { m in
            switch m.key {
            case "name": name = m.optional("name") { try $0.string() }
            case "service": service = m.optional("service") { try $0.string() }
            // describe-services output names the cluster only by ARN.
            case "clusterArn": clusterArn = m.optional("clusterArn") { try $0.string() }
            case "ignoreChanges": ignoreChanges = m.optional("ignoreChanges") { try $0.list { try $0.string() } }
            case "runBefore": runBefore = m.optional("runBefore") { try $0.list { try $0.shape(RunBeforeTask.self) } }
            case "forceNewDeployment": forceNewDeployment = m.optional("forceNewDeployment") { try $0.bool() } != nil
            default: return false
            }
            return true
        }
        if forceNewDeployment {
            // An update-service input pastes in; a setting it is not.
            d.session.note(d.node.mark, d.path.key("forceNewDeployment"),
                           "ignored: apply starts a deployment whenever the task definition or a setting changes")
        }
        guard let name = name ?? definition.serviceName ?? service, let cluster = definition.cluster ?? clusterArn,
              let taskDefinition = definition.taskDefinition
        else {
            let absent = [("name", name ?? definition.serviceName ?? service), ("cluster", definition.cluster ?? clusterArn),
                          ("taskDefinition", definition.taskDefinition)].filter { $0.1 == nil }.map(\.0)
            if d.session.identityElsewhere {
                // An ecspresso ecs-service-def.json: every member was checked above.
                d.session.note(d.node.mark, d.path, Service.definitionAloneNote + " without \(absent.joined(separator: ", ")) (ecspresso keeps "
                               + "them in its own config): its members are valid; give them to plan it with ecsplan")
                throw AlreadyReported()
            }
            throw missingIdentity(absent[0], d)
        }
        return Service(name: name, cluster: cluster, taskDefinition: taskDefinition, definition: definition,
                       ignoreChanges: ignoreChanges, runBefore: runBefore)
    }
}

extension Cluster: NodeDecodable {
    static func decodeNode(_ d: NodeDecoder) throws -> Cluster {
        var name: String?
        var capacity: Capacity?
        var definition = try ECS.CreateClusterRequest.decodeNode(d, extraNames: ["name", "capacity"], readOnly: readOnlyFields) { m in
            switch m.key {
            case "name": name = m.optional("name") { try $0.string() }
            case "capacity": capacity = m.optional("capacity") { try $0.decode(Capacity.self) }
            default: return false
            }
            return true
        }
        guard let name = name ?? definition.clusterName else { throw Service.missingIdentity("name", d, alias: "clusterName") }
        definition.clusterName = nil
        var result = Cluster(name: name, capacity: capacity)
        result.definition = definition
        return result
    }
}
