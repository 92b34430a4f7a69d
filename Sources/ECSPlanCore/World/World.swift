/// What a backend reports about the current state of ECS: plain values, no I/O.
public struct World: Codable, Sendable {
    /// Fixed when the state was created; a saved plan for another lineage is refused.
    public var lineage: String
    /// Bumped by every committed change.
    public var serial: Int
    public var region: String
    /// The AWS account the backend acts in, when it knows it (the `ecs` backend
    /// can ask STS); nil for the local simulator, whose account is made up.
    public var account: String?
    public var clusters: [ClusterState]
    public var containerInstances: [ContainerInstanceState]
    public var taskDefinitions: [TaskDefinitionRevision]
    public var services: [ServiceState]
    /// Tasks that are not STOPPED.
    public var tasks: [TaskState]
    /// What a backend kept of its revisions' content, by ARN: the digest of each
    /// one's normalized content (`Normalizer.contentDigest`), written when it was
    /// registered. A family whose configuration equals its latest revision then
    /// takes that digest instead of being normalized again, which was most of
    /// planning an unchanged family. Empty where the backend keeps none (ECS).
    public var revisionDigests: [String: String]
    /// Every ACTIVE revision, by ARN, of the families a refresh was asked to
    /// list (`ReadScope.revisionLists`: those whose configuration has
    /// `keepRevisions`), where `taskDefinitions` holds only the revisions the
    /// backend described (ECS: each family's latest and what services run).
    /// Empty where `taskDefinitions` holds every revision (the local state).
    public var listedRevisions: [String: [String]]

    public init(lineage: String, serial: Int, region: String = "us-east-1", clusters: [ClusterState] = [], containerInstances: [ContainerInstanceState] = [],
                taskDefinitions: [TaskDefinitionRevision] = [], services: [ServiceState] = [], tasks: [TaskState] = []) {
        self.lineage = lineage
        self.serial = serial
        self.region = region
        self.clusters = clusters
        self.containerInstances = containerInstances
        self.taskDefinitions = taskDefinitions
        self.services = services
        self.tasks = tasks
        revisionDigests = [:]
        listedRevisions = [:]
    }

    public static func empty(lineage: String = "") -> World { World(lineage: lineage, serial: 0) }
}

public struct ClusterState: Codable, Sendable, Hashable {
    public var name: String
    public var arn: String
    public var status: String
    public var managed: Bool
    /// The spec as last applied (capacity for the local backend, tags, settings).
    public var spec: Cluster

    public init(name: String, arn: String, status: String = "ACTIVE", managed: Bool, spec: Cluster) {
        self.name = name
        self.arn = arn
        self.status = status
        self.managed = managed
        self.spec = spec
    }
}

public struct ContainerInstanceState: Codable, Sendable, Hashable {
    public var id: String
    public var arn: String
    public var cluster: String
    public var attributes: [String: String]
    public var cpu: Int
    public var memory: Int
    public var status: String

    public init(id: String, arn: String, cluster: String, attributes: [String: String], cpu: Int, memory: Int, status: String = "ACTIVE") {
        self.id = id
        self.arn = arn
        self.cluster = cluster
        self.attributes = attributes
        self.cpu = cpu
        self.memory = memory
        self.status = status
    }
}

public struct TaskDefinitionRevision: Codable, Sendable, Hashable {
    public var family: String
    public var revision: Int
    public var arn: String
    /// ACTIVE or INACTIVE.
    public var status: String
    public var managed: Bool
    /// The content as registered.
    public var spec: TaskDefinition

    public init(family: String, revision: Int, arn: String, status: String = "ACTIVE", managed: Bool, spec: TaskDefinition) {
        self.family = family
        self.revision = revision
        self.arn = arn
        self.status = status
        self.managed = managed
        self.spec = spec
    }

    public var name: String { "\(family):\(revision)" }
}

public struct ServiceState: Codable, Sendable, Hashable {
    public var cluster: String
    public var name: String
    public var arn: String
    /// ACTIVE, DRAINING or INACTIVE.
    public var status: String
    public var managed: Bool
    public var taskDefinitionArn: String
    public var desiredCount: Int
    /// The service's settings as ECS reports them; `taskDefinition` holds the ARN.
    public var spec: Service
    public var deployments: [Deployment]
    /// Recent service events, newest last (e.g. "unable to place a task: …").
    public var events: [String]

    public init(cluster: String, name: String, arn: String, status: String = "ACTIVE", managed: Bool, taskDefinitionArn: String, desiredCount: Int,
                spec: Service, deployments: [Deployment] = [], events: [String] = []) {
        self.cluster = cluster
        self.name = name
        self.arn = arn
        self.status = status
        self.managed = managed
        self.taskDefinitionArn = taskDefinitionArn
        self.desiredCount = desiredCount
        self.spec = spec
        self.deployments = deployments
        self.events = events
    }

    public var primary: Deployment? { deployments.first { $0.status == "PRIMARY" } }
}

public struct Deployment: Codable, Sendable, Hashable {
    public var id: String
    /// PRIMARY or ACTIVE.
    public var status: String
    public var taskDefinitionArn: String
    public var desiredCount: Int
    public var failedTasks: Int
    /// IN_PROGRESS, COMPLETED or FAILED.
    public var rolloutState: String
    public var rolloutStateReason: String?
    /// Tasks of this deployment RUNNING and PENDING, as DescribeServices reports them.
    public var runningCount: Int?
    public var pendingCount: Int?
    /// Where a BLUE_GREEN, LINEAR or CANARY deployment is (a lifecycle stage
    /// such as PRODUCTION_TRAFFIC_SHIFT or BAKE_TIME); nil for ROLLING.
    public var lifecycleStage: String?

    public init(id: String, status: String, taskDefinitionArn: String, desiredCount: Int, failedTasks: Int = 0, rolloutState: String = "IN_PROGRESS",
                rolloutStateReason: String? = nil, runningCount: Int? = nil, pendingCount: Int? = nil, lifecycleStage: String? = nil) {
        self.id = id
        self.status = status
        self.taskDefinitionArn = taskDefinitionArn
        self.desiredCount = desiredCount
        self.failedTasks = failedTasks
        self.rolloutState = rolloutState
        self.rolloutStateReason = rolloutStateReason
        self.runningCount = runningCount
        self.pendingCount = pendingCount
        self.lifecycleStage = lifecycleStage
    }
}

public struct TaskState: Codable, Sendable, Hashable {
    public var id: String
    public var arn: String
    public var cluster: String
    /// `service:NAME` for service tasks.
    public var group: String
    public var startedBy: String?
    public var taskDefinitionArn: String
    public var containerInstanceId: String?
    /// PROVISIONING, PENDING, RUNNING or STOPPED.
    public var lastStatus: String
    public var desiredStatus: String
    public var stoppedReason: String?
    public var cpu: Int
    public var memory: Int
    public var hostPorts: [Int]
    /// The capacity provider ECS placed it with (FARGATE, FARGATE_SPOT, an
    /// auto-scaling group's provider), nil for a launch type.
    public var capacityProviderName: String?
    /// Where ECS reports the task runs; nil when the backend does not know
    /// (the local simulator's Fargate tasks; its EC2 tasks take their instance's zone).
    public var availabilityZone: String?
    /// When the task turned RUNNING, ISO 8601 in UTC (`2026-12-03T12:00:00Z`).
    public var startedAt: String?

    public init(id: String, arn: String, cluster: String, group: String, startedBy: String? = nil, taskDefinitionArn: String, containerInstanceId: String?,
                lastStatus: String, desiredStatus: String = "RUNNING", stoppedReason: String? = nil, cpu: Int, memory: Int, hostPorts: [Int] = [],
                capacityProviderName: String? = nil, availabilityZone: String? = nil, startedAt: String? = nil) {
        self.id = id
        self.arn = arn
        self.cluster = cluster
        self.group = group
        self.startedBy = startedBy
        self.taskDefinitionArn = taskDefinitionArn
        self.containerInstanceId = containerInstanceId
        self.lastStatus = lastStatus
        self.desiredStatus = desiredStatus
        self.stoppedReason = stoppedReason
        self.cpu = cpu
        self.memory = memory
        self.hostPorts = hostPorts
        self.capacityProviderName = capacityProviderName
        self.availabilityZone = availabilityZone
        self.startedAt = startedAt
    }

    public var serviceName: String? { group.hasPrefix("service:") ? String(group.dropFirst(8)) : nil }
    public var isActive: Bool { lastStatus != "STOPPED" }
}

extension [TaskState] {
    /// The list cut where the cluster changes, in order: both backends list a
    /// cluster's tasks together, so there is usually one run per cluster.
    var clusterRuns: [(cluster: String, range: Range<Int>)] {
        var runs: [(cluster: String, range: Range<Int>)] = []
        var start = 0
        while start < count {
            let cluster = self[start].cluster
            var end = start + 1
            while end < count && self[end].cluster == cluster { end += 1 }
            runs.append((cluster, start..<end))
            start = end
        }
        return runs
    }
}

extension TaskState {
    /// The id a task ARN ends with (`…:task/CLUSTER/ID`), or `arn` itself when it has no `/`.
    public static func id(fromArn arn: String) -> String {
        String(arn.split(separator: "/").last ?? Substring(arn))
    }
}

extension World {
    /// Indexes for linear-time planning over large states.
    public struct Index: Sendable {
        public var clusters: [String: ClusterState] = [:]
        public var revisionsByArn: [String: TaskDefinitionRevision] = [:]
        public var revisionsByFamily: [String: [TaskDefinitionRevision]] = [:]
        public var services: [String: ServiceState] = [:]  // key: cluster/name
        var tasksByService: [String: TaskSubset] = [:]
        public var instancesByCluster: [String: [ContainerInstanceState]] = [:]
        public var tasksByCluster: [String: [TaskState]] = [:]
        var listedRevisions: [String: [String]] = [:]

        public init(_ world: World) {
            listedRevisions = world.listedRevisions
            for c in world.clusters { clusters[c.name] = c }
            for r in world.taskDefinitions {
                revisionsByArn[r.arn] = r
                revisionsByFamily[r.family, default: []].append(r)
            }
            for f in revisionsByFamily.keys { revisionsByFamily[f]?.sort { $0.revision < $1.revision } }
            for s in world.services { services[s.cluster + "/" + s.name] = s }
            tasksByCluster = Self.byCluster(world.tasks)
            tasksByService = TaskSubset.byService(world.tasks)
            for i in world.containerInstances { instancesByCluster[i.cluster, default: []].append(i) }
        }

        /// A service's tasks; `key` is `cluster/name`.
        public func tasks(ofService key: String) -> TaskSubset { tasksByService[key] ?? .empty }

        /// Both backends list a cluster's tasks together: each cluster's list is
        /// then a slice of the world's, and a world of one cluster shares its
        /// array outright (no copy of 100 000 tasks). Any other order is grouped.
        static func byCluster(_ tasks: [TaskState]) -> [String: [TaskState]] {
            var runs: [String: Range<Int>] = [:]
            for run in tasks.clusterRuns {
                guard runs.updateValue(run.range, forKey: run.cluster) == nil else {
                    return Dictionary(grouping: tasks, by: \.cluster)
                }
            }
            return runs.mapValues { Array(tasks[$0]) }
        }

        /// The `family:revision` a task-definition ARN names. An ECS refresh
        /// describes only the revisions services run and the configured families'
        /// latest: a task still on an older one is named from its ARN
        /// (`…:task-definition/web:7`), which costs no DescribeTaskDefinition call.
        public func revisionName(arn: String) -> String { namedRevision(arn: arn) ?? arn }

        /// `revisionName(arn:)`, or nil when `arn` is no task-definition ARN.
        public func namedRevision(arn: String) -> String? {
            if let r = revisionsByArn[arn] { return r.name }
            guard let slash = arn.range(of: ":task-definition/") else { return nil }
            let ref = TaskDefinitionRef(String(arn[slash.upperBound...]))
            return ref.revision == nil ? nil : ref.description
        }

        /// A family's ACTIVE revisions, newest first, by name and ARN: those
        /// described, and those only listed (see `World.listedRevisions`).
        public func activeRevisions(family: String) -> [(name: String, revision: Int, arn: String)] {
            var found: [Int: (name: String, revision: Int, arn: String)] = [:]
            for r in revisionsByFamily[family] ?? [] where r.status == "ACTIVE" {
                found[r.revision] = (r.name, r.revision, r.arn)
            }
            // A described revision's own status decides (a listing may be older than it).
            for arn in listedRevisions[family] ?? [] where revisionsByArn[arn] == nil {
                guard let name = namedRevision(arn: arn) else { continue }
                let ref = TaskDefinitionRef(name)
                guard ref.family == family, let number = ref.revision, found[number] == nil else { continue }
                found[number] = (name, number, arn)
            }
            return found.values.sorted { $0.revision > $1.revision }
        }

        /// The newest revision of a family, ACTIVE or not.
        public func latestRevision(family: String) -> TaskDefinitionRevision? { revisionsByFamily[family]?.last }

        public func revision(family: String, number: Int) -> TaskDefinitionRevision? {
            revisionsByFamily[family]?.first { $0.revision == number }
        }
    }
}
