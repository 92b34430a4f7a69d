import ECSPlanCore
import Foundation

/// The real Amazon ECS API behind the Backend protocol. Reads batch at the
/// API maxima and follow every nextToken; everything it creates is tagged
/// managed-by=ecsplan, and only such objects are ever deleted.
public final class ECSBackend: Backend {
    public let client: ECSClient
    let pollInterval: Duration
    let lock: FileLock

    public init(client: ECSClient, pollInterval: Duration = .seconds(5), lockPath: String) {
        self.client = client
        self.pollInterval = pollInterval
        self.lock = FileLock(path: lockPath)
    }

    public var label: String { "Amazon ECS in \(client.settings.region) (\(client.settings.endpoint.host ?? ""))" }

    static func name(fromArn arn: String) -> String { String(arn.split(separator: "/").last ?? Substring(arn)) }

    static func chunks<T>(_ items: [T], of size: Int) -> [[T]] {
        stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    /// Follows `nextToken` until the last page.
    static func paginate(_ page: (String?) async throws -> ([String], String?)) async throws -> [String] {
        var out: [String] = []
        var token: String?
        repeat {
            let (items, next) = try await page(token)
            out += items
            token = next
        } while token != nil
        return out
    }

    static func tags(_ api: [APITag]?) -> Tags? {
        guard let api, !api.isEmpty else { return nil }
        return Tags(api.map { Tags.Tag(key: $0.key, value: $0.value ?? "") })
    }

    static func isManaged(_ api: [APITag]?) -> Bool {
        api?.contains { $0.key == ManagedMarker.key && $0.value == ManagedMarker.value } ?? false
    }

    static func apiTags(_ tags: Tags?) -> [APITag]? {
        guard let tags, !tags.tags.isEmpty else { return nil }
        return tags.tags.map { APITag(key: $0.key, value: $0.value) }
    }

    // MARK: Reading

    public func readWorld(_ scope: ReadScope) async throws -> World {
        var world = World(lineage: "ecs:\(client.settings.region)", serial: 0, region: client.settings.region)
        var clusterRefs = scope.clusters ?? []
        if scope.clusters == nil {
            clusterRefs = try await Self.paginate { token in
                let page: ListClustersResponse = try await self.client.call("ListClusters", ListClustersRequest(nextToken: token))
                return (page.clusterArns, page.nextToken)
            }
        }
        for chunk in Self.chunks(clusterRefs, of: 100) {
            let r: DescribeClustersResponse = try await client.call("DescribeClusters", DescribeClustersRequest(clusters: chunk))
            for c in r.clusters ?? [] where (c.status ?? "ACTIVE") == "ACTIVE" {
                var spec = Cluster(name: c.clusterName)
                spec.tags = Self.tags(c.tags)
                spec.settings = c.settings.flatMap { $0.isEmpty ? nil : $0 }
                world.clusters.append(ClusterState(name: c.clusterName, arn: c.clusterArn, managed: Self.isManaged(c.tags), spec: spec))
            }
        }
        var serviceArns = Set<String>()
        for cluster in world.clusters {
            try await readCluster(cluster.name, into: &world)
        }
        for s in world.services { serviceArns.insert(s.taskDefinitionArn) }
        try await readTaskDefinitions(families: scope.families, arns: serviceArns.union(world.tasks.map(\.taskDefinitionArn)), into: &world)
        return world
    }

    func readCluster(_ cluster: String, into world: inout World) async throws {
        let arns = try await Self.paginate { token in
            let page: ListServicesResponse = try await self.client.call("ListServices", ListServicesRequest(cluster: cluster, nextToken: token))
            return (page.serviceArns, page.nextToken)
        }
        for chunk in Self.chunks(arns, of: 10) {
            let r: DescribeServicesResponse = try await client.call("DescribeServices", DescribeServicesRequest(cluster: cluster, services: chunk))
            for s in r.services ?? [] where s.status != "INACTIVE" {
                world.services.append(Self.serviceState(s, cluster: cluster))
            }
        }
        let instanceArns = try await Self.paginate { token in
            let page: ListContainerInstancesResponse = try await self.client.call("ListContainerInstances", ListContainerInstancesRequest(cluster: cluster, nextToken: token))
            return (page.containerInstanceArns, page.nextToken)
        }
        var instanceIDs: [String: String] = [:]
        for chunk in Self.chunks(instanceArns, of: 100) {
            let r: DescribeContainerInstancesResponse = try await client.call("DescribeContainerInstances", DescribeContainerInstancesRequest(cluster: cluster, containerInstances: chunk))
            for i in r.containerInstances ?? [] {
                let id = i.ec2InstanceId ?? Self.name(fromArn: i.containerInstanceArn)
                instanceIDs[i.containerInstanceArn] = id
                var attributes: [String: String] = [:]
                for a in i.attributes ?? [] { if let v = a.value { attributes[a.name] = v } }
                let cpu = i.registeredResources?.first { $0.name == "CPU" }?.integerValue ?? 0
                let memory = i.registeredResources?.first { $0.name == "MEMORY" }?.integerValue ?? 0
                world.containerInstances.append(ContainerInstanceState(id: id, arn: i.containerInstanceArn, cluster: cluster, attributes: attributes,
                                                                       cpu: cpu, memory: memory, status: i.status ?? "ACTIVE"))
            }
        }
        world.tasks += try await readTasks(cluster: cluster, serviceName: nil, instanceIDs: instanceIDs)
    }

    func readTasks(cluster: String, serviceName: String?, instanceIDs: [String: String]) async throws -> [TaskState] {
        let taskArns = try await Self.paginate { token in
            let page: ListTasksResponse = try await self.client.call("ListTasks", ListTasksRequest(cluster: cluster, nextToken: token))
            return (page.taskArns, page.nextToken)
        }
        var out: [TaskState] = []
        for chunk in Self.chunks(taskArns, of: 100) {
            let r: DescribeTasksResponse = try await client.call("DescribeTasks", DescribeTasksRequest(cluster: cluster, tasks: chunk))
            for t in r.tasks ?? [] {
                let state = TaskState(id: Self.name(fromArn: t.taskArn), arn: t.taskArn, cluster: cluster, group: t.group ?? "", startedBy: t.startedBy,
                                      taskDefinitionArn: t.taskDefinitionArn, containerInstanceId: t.containerInstanceArn.map { instanceIDs[$0] ?? Self.name(fromArn: $0) },
                                      lastStatus: t.lastStatus ?? "PENDING", desiredStatus: t.desiredStatus ?? "RUNNING", stoppedReason: t.stoppedReason,
                                      cpu: Int(t.cpu ?? "") ?? 0, memory: Int(t.memory ?? "") ?? 0)
                // moto ignores some ListTasks filters: select service tasks by group here.
                if let serviceName, state.group != "service:" + serviceName { continue }
                if state.lastStatus != "STOPPED" { out.append(state) }
            }
        }
        return out
    }

    static func serviceState(_ s: APIService, cluster: String) -> ServiceState {
        var spec = Service(name: s.serviceName, cluster: cluster, taskDefinition: s.taskDefinition ?? "", desiredCount: s.desiredCount)
        spec.launchType = s.launchType
        spec.schedulingStrategy = s.schedulingStrategy
        spec.deploymentConfiguration = s.deploymentConfiguration
        spec.placementStrategy = s.placementStrategy.flatMap { $0.isEmpty ? nil : $0 }
        spec.placementConstraints = s.placementConstraints.flatMap { $0.isEmpty ? nil : $0 }
        spec.networkConfiguration = s.networkConfiguration
        spec.loadBalancers = s.loadBalancers.flatMap { $0.isEmpty ? nil : $0 }
        spec.healthCheckGracePeriodSeconds = s.healthCheckGracePeriodSeconds
        spec.enableExecuteCommand = s.enableExecuteCommand
        spec.propagateTags = s.propagateTags
        spec.platformVersion = s.platformVersion
        spec.tags = tags(s.tags)
        let deployments = (s.deployments ?? []).map {
            Deployment(id: $0.id, status: $0.status, taskDefinitionArn: $0.taskDefinition, desiredCount: $0.desiredCount ?? 0,
                       failedTasks: $0.failedTasks ?? 0, rolloutState: $0.rolloutState ?? "IN_PROGRESS", rolloutStateReason: $0.rolloutStateReason)
        }
        return ServiceState(cluster: cluster, name: s.serviceName, arn: s.serviceArn, status: s.status ?? "ACTIVE", managed: isManaged(s.tags),
                            taskDefinitionArn: s.taskDefinition ?? "", desiredCount: s.desiredCount ?? 0, spec: spec, deployments: deployments,
                            events: (s.events ?? []).compactMap(\.message).reversed())
    }

    /// The latest ACTIVE revision of each configured family, and every revision a service or task runs.
    /// DescribeTaskDefinition takes one reference per call: the families'
    /// latest revisions first, then only the ARNs those did not already return
    /// (usually none: services run their family's latest). Calls run a few at a
    /// time, which ECS's per-action rate limit allows and the client's retries absorb.
    func readTaskDefinitions(families: [String], arns: Set<String>, into world: inout World) async throws {
        var seen = Set<String>()
        for revision in try await describeTaskDefinitions(families.filter { !$0.isEmpty }) where seen.insert(revision.arn).inserted {
            world.taskDefinitions.append(revision)
        }
        let undescribed = arns.sorted().filter { !$0.isEmpty && !seen.contains($0) }
        for revision in try await describeTaskDefinitions(undescribed) where seen.insert(revision.arn).inserted {
            world.taskDefinitions.append(revision)
        }
        world.taskDefinitions.sort { ($0.family, $0.revision) < ($1.family, $1.revision) }
    }

    static let describeConcurrency = 5

    private func describeTaskDefinitions(_ refs: [String]) async throws -> [TaskDefinitionRevision] {
        try await withThrowingTaskGroup(of: (Int, TaskDefinitionRevision?).self) { group in
            var results = [TaskDefinitionRevision?](repeating: nil, count: refs.count)
            var next = 0
            func start() {
                guard next < refs.count else { return }
                let index = next, ref = refs[index]
                next += 1
                group.addTask { (index, try await self.describeTaskDefinition(ref)) }
            }
            for _ in 0..<Self.describeConcurrency { start() }
            while let (index, revision) = try await group.next() {
                results[index] = revision
                start()
            }
            return results.compactMap { $0 }
        }
    }

    private func describeTaskDefinition(_ ref: String) async throws -> TaskDefinitionRevision? {
        do {
            let r = try await client.call(ECS.Operations.describeTaskDefinition, ECS.DescribeTaskDefinitionRequest(taskDefinition: ref, include: [.tags]))
            guard let td = r.taskDefinition, let arn = td.taskDefinitionArn, let revision = td.revision,
                  let spec = TaskDefinition(described: td, tags: r.tags) else {
                throw AWSError.transport("DescribeTaskDefinition of \(ref) returned no family, containers, ARN or revision", operation: "DescribeTaskDefinition")
            }
            let managed = r.tags?.contains { $0.key == ManagedMarker.key && $0.value == ManagedMarker.value } ?? false
            return TaskDefinitionRevision(family: spec.family, revision: revision, arn: arn, status: td.status?.rawValue ?? "ACTIVE", managed: managed, spec: spec)
        } catch let e as AWSError where e.code == "ClientException" {
            return nil  // the family has no ACTIVE revision yet
        }
    }

    public func readService(cluster: String, name: String) async throws -> (ServiceState, [TaskState])? {
        let r: DescribeServicesResponse = try await client.call("DescribeServices", DescribeServicesRequest(cluster: cluster, services: [name]))
        guard let s = r.services?.first, s.status != "INACTIVE" else { return nil }
        let state = Self.serviceState(s, cluster: cluster)
        return (state, try await readTasks(cluster: cluster, serviceName: name, instanceIDs: [:]))
    }

    // MARK: Mutations

    public func createCluster(_ cluster: Cluster, step: StepRecord) async throws {
        let _: Empty = try await client.call("CreateCluster", CreateClusterRequest(clusterName: cluster.name, tags: Self.apiTags(cluster.tags), settings: cluster.settings))
    }

    public func updateCluster(_ cluster: Cluster, step: StepRecord) async throws {
        if let settings = cluster.settings, !settings.isEmpty {
            let _: Empty = try await client.call("UpdateCluster", UpdateClusterRequest(cluster: cluster.name, settings: settings))
        }
        if let tags = Self.apiTags(cluster.tags) {
            let r: DescribeClustersResponse = try await client.call("DescribeClusters", DescribeClustersRequest(clusters: [cluster.name]))
            if let arn = r.clusters?.first?.clusterArn {
                let _: Empty = try await client.call("TagResource", TagResourceRequest(resourceArn: arn, tags: tags))
            }
        }
    }

    public func deleteCluster(name: String, step: StepRecord) async throws {
        let _: Empty = try await client.call("DeleteCluster", DeleteClusterRequest(cluster: name))
    }

    public func registerTaskDefinition(_ definition: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision {
        let r = try await client.call(ECS.Operations.registerTaskDefinition, definition.definition)
        guard let td = r.taskDefinition, let arn = td.taskDefinitionArn, let revision = td.revision else {
            throw AWSError.transport("RegisterTaskDefinition of \(definition.family) returned no ARN or revision", operation: "RegisterTaskDefinition")
        }
        return TaskDefinitionRevision(family: definition.family, revision: revision, arn: arn,
                                      status: td.status?.rawValue ?? "ACTIVE", managed: true, spec: definition)
    }

    public func deregisterTaskDefinition(arn: String, step: StepRecord) async throws {
        _ = try await client.call(ECS.Operations.deregisterTaskDefinition, ECS.DeregisterTaskDefinitionRequest(taskDefinition: arn))
    }

    static func request(_ s: Service, taskDefinitionArn: String, desiredCount: Int, create: Bool) -> ServiceRequest {
        ServiceRequest(cluster: s.cluster, serviceName: create ? s.name : nil, service: create ? nil : s.name, taskDefinition: taskDefinitionArn,
                       desiredCount: s.isDaemon ? nil : desiredCount, launchType: create ? s.launchType : nil, schedulingStrategy: create ? s.schedulingStrategy : nil,
                       deploymentConfiguration: s.deploymentConfiguration, placementStrategy: s.placementStrategy, placementConstraints: s.placementConstraints,
                       networkConfiguration: s.networkConfiguration, loadBalancers: s.loadBalancers, healthCheckGracePeriodSeconds: s.healthCheckGracePeriodSeconds,
                       enableExecuteCommand: s.enableExecuteCommand, propagateTags: s.propagateTags, platformVersion: s.platformVersion,
                       tags: create ? apiTags(s.tags) : nil)
    }

    public func createService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        let _: Empty = try await client.call("CreateService", Self.request(service, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, create: true))
    }

    public func updateService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        let r: UpdateServiceResponse = try await client.call("UpdateService", Self.request(service, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount, create: false))
        // UpdateService cannot set tags; its answer names the ARN that TagResource needs.
        if let tags = Self.apiTags(service.tags), let arn = r.service?.serviceArn {
            let _: Empty = try await client.call("TagResource", TagResourceRequest(resourceArn: arn, tags: tags))
        }
    }

    public func deleteService(cluster: String, name: String, step: StepRecord) async throws {
        let _: Empty = try await client.call("DeleteService", DeleteServiceRequest(cluster: cluster, service: name))
    }

    public func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws {
        for arn in taskArns {
            let _: Empty = try await client.call("StopTask", StopTaskRequest(cluster: cluster, task: arn, reason: reason))
        }
    }

    /// ECS runs its own deployment; ecsplan polls.
    public func awaitProgress() async throws {
        try await Task.sleep(for: pollInterval)
    }

    public func acquireLock(operation: String, timeout: Duration) async throws -> String {
        try await lock.acquire(operation: operation, timeout: timeout)
    }

    public func releaseLock(id: String) async throws { lock.release(id: id) }

    /// The ECS backend keeps no journal of its own: ECS is the record.
    public func beginRun(_ run: RunRecord) async throws {}
    public func finishRun(id: String, outcome: String) async throws {}
}
