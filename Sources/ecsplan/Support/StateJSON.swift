import ECSPlanCore
import Foundation

/// `state show ADDR --format json`: one object as recorded, with its tasks and
/// deployments, for scripts. Keys are sorted and always present (null when
/// unknown), so a script can rely on the shape; docs/state-json.md lists them.
enum StateJSON {
    static func show(_ address: Address, revision: Int?, in world: World) throws -> String? {
        let index = World.Index(world)
        let instances = Dictionary(
            world.containerInstances.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func task(_ t: TaskState) -> Task {
            let instance = t.containerInstanceId.flatMap { instances[$0] }
            return Task(
                taskArn: t.arn, taskDefinitionArn: t.taskDefinitionArn,
                taskDefinition: index.namedRevision(arn: t.taskDefinitionArn),
                lastStatus: t.lastStatus, desiredStatus: t.desiredStatus,
                capacityProviderName: t.capacityProviderName,
                availabilityZone: t.availabilityZone
                    ?? instance?.attributes["ecs.availability-zone"],
                containerInstanceArn: instance?.arn, startedAt: t.startedAt,
                stoppedReason: t.stoppedReason, group: t.group)
        }
        let object: any Encodable
        switch address.kind {
        case .cluster:
            guard let c = index.clusters[address.name] else { return nil }
            let tasks = (index.tasksByCluster[c.name] ?? []).sorted { $0.arn < $1.arn }
            object = ClusterObject(
                address: address.description, arn: c.arn, name: c.name, status: c.status,
                managed: c.managed,
                containerInstances: (index.instancesByCluster[c.name] ?? []).map {
                    Instance(
                        containerInstanceArn: $0.arn, id: $0.id,
                        availabilityZone: $0.attributes["ecs.availability-zone"],
                        cpu: $0.cpu, memory: $0.memory, status: $0.status)
                },
                tasks: tasks.map(task))
        case .taskDefinition:
            let revisions = index.revisionsByFamily[address.name] ?? []
            guard
                let r = revision.flatMap({ n in revisions.first { $0.revision == n } })
                    ?? revisions.last
            else { return nil }
            object = TaskDefinitionObject(
                address: address.description, arn: r.arn, family: r.family, revision: r.revision,
                status: r.status,
                managed: r.managed, spec: r.spec)
        case .service:
            guard let s = index.services[address.name] else { return nil }
            let tasks = index.tasks(ofService: address.name).sorted { $0.arn < $1.arn }
            object = ServiceObject(
                address: address.description, arn: s.arn, cluster: s.cluster, name: s.name,
                status: s.status, managed: s.managed,
                taskDefinitionArn: s.taskDefinitionArn,
                taskDefinition: index.namedRevision(arn: s.taskDefinitionArn),
                desiredCount: s.desiredCount,
                deployments: s.deployments.map {
                    DeploymentObject(
                        id: $0.id, status: $0.status, taskDefinitionArn: $0.taskDefinitionArn,
                        taskDefinition: index.namedRevision(arn: $0.taskDefinitionArn),
                        desiredCount: $0.desiredCount,
                        failedTasks: $0.failedTasks, rolloutState: $0.rolloutState,
                        rolloutStateReason: $0.rolloutStateReason)
                },
                events: s.events, tasks: tasks.map(task))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(object), as: UTF8.self)
    }

    // Each encodes every key, nil as null: JSONEncoder would leave nil keys out.

    struct Task: Encodable {
        var taskArn: String
        var taskDefinitionArn: String
        var taskDefinition: String?
        var lastStatus: String
        var desiredStatus: String
        var capacityProviderName: String?
        var availabilityZone: String?
        var containerInstanceArn: String?
        var startedAt: String?
        var stoppedReason: String?
        var group: String

        enum CodingKeys: String, CodingKey {
            case taskArn, taskDefinitionArn, taskDefinition, lastStatus, desiredStatus,
                capacityProviderName, availabilityZone
            case containerInstanceArn, startedAt, stoppedReason, group
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(taskArn, forKey: .taskArn)
            try c.encode(taskDefinitionArn, forKey: .taskDefinitionArn)
            try c.encode(taskDefinition, forKey: .taskDefinition)
            try c.encode(lastStatus, forKey: .lastStatus)
            try c.encode(desiredStatus, forKey: .desiredStatus)
            try c.encode(capacityProviderName, forKey: .capacityProviderName)
            try c.encode(availabilityZone, forKey: .availabilityZone)
            try c.encode(containerInstanceArn, forKey: .containerInstanceArn)
            try c.encode(startedAt, forKey: .startedAt)
            try c.encode(stoppedReason, forKey: .stoppedReason)
            try c.encode(group, forKey: .group)
        }
    }

    struct DeploymentObject: Encodable {
        var id: String
        var status: String
        var taskDefinitionArn: String
        var taskDefinition: String?
        var desiredCount: Int
        var failedTasks: Int
        var rolloutState: String
        var rolloutStateReason: String?

        enum CodingKeys: String, CodingKey {
            case id, status, taskDefinitionArn, taskDefinition, desiredCount, failedTasks,
                rolloutState, rolloutStateReason
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(taskDefinitionArn, forKey: .taskDefinitionArn)
            try c.encode(taskDefinition, forKey: .taskDefinition)
            try c.encode(desiredCount, forKey: .desiredCount)
            try c.encode(failedTasks, forKey: .failedTasks)
            try c.encode(rolloutState, forKey: .rolloutState)
            try c.encode(rolloutStateReason, forKey: .rolloutStateReason)
        }
    }

    struct ServiceObject: Encodable {
        var kind = "service"
        var address: String
        var arn: String
        var cluster: String
        var name: String
        var status: String
        var managed: Bool
        var taskDefinitionArn: String
        var taskDefinition: String?
        var desiredCount: Int
        var deployments: [DeploymentObject]
        /// Newest last.
        var events: [String]
        var tasks: [Task]

        enum CodingKeys: String, CodingKey {
            case kind, address, arn, cluster, name, status, managed, taskDefinitionArn,
                taskDefinition, desiredCount, deployments, events, tasks
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(address, forKey: .address)
            try c.encode(arn, forKey: .arn)
            try c.encode(cluster, forKey: .cluster)
            try c.encode(name, forKey: .name)
            try c.encode(status, forKey: .status)
            try c.encode(managed, forKey: .managed)
            try c.encode(taskDefinitionArn, forKey: .taskDefinitionArn)
            try c.encode(taskDefinition, forKey: .taskDefinition)
            try c.encode(desiredCount, forKey: .desiredCount)
            try c.encode(deployments, forKey: .deployments)
            try c.encode(events, forKey: .events)
            try c.encode(tasks, forKey: .tasks)
        }
    }

    struct Instance: Encodable {
        var containerInstanceArn: String
        var id: String
        var availabilityZone: String?
        var cpu: Int
        var memory: Int
        var status: String

        enum CodingKeys: String, CodingKey {
            case containerInstanceArn, id, availabilityZone, cpu, memory, status
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(containerInstanceArn, forKey: .containerInstanceArn)
            try c.encode(id, forKey: .id)
            try c.encode(availabilityZone, forKey: .availabilityZone)
            try c.encode(cpu, forKey: .cpu)
            try c.encode(memory, forKey: .memory)
            try c.encode(status, forKey: .status)
        }
    }

    struct ClusterObject: Encodable {
        var kind = "cluster"
        var address: String
        var arn: String
        var name: String
        var status: String
        var managed: Bool
        var containerInstances: [Instance]
        var tasks: [Task]
    }

    struct TaskDefinitionObject: Encodable {
        var kind = "task-definition"
        var address: String
        var arn: String
        var family: String
        var revision: Int
        var status: String
        var managed: Bool
        /// The content as registered (RegisterTaskDefinition's members).
        var spec: TaskDefinition
    }
}
