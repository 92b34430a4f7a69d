import ECSPlanCore
import Foundation

/// The real Amazon ECS API behind the ECSProvider protocol. Reads batch at the
/// API maxima and follow every nextToken; everything it creates is tagged
/// managed-by=ecsplan, and only such objects are ever deleted. Its state store
/// is a `FileLockStore`: ECS itself is the record of what exists.
public final class AmazonECSProvider: ECSProvider {
    public let client: ECSClient
    let pollInterval: Duration
    let account: AccountLookup

    public init(client: ECSClient, pollInterval: Duration = .seconds(5)) {
        self.client = client
        self.pollInterval = pollInterval
        self.account = AccountLookup(settings: client.settings)
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

    static func tags(_ api: [Tag]?) -> [Tag]? { (api?.isEmpty ?? true) ? nil : api }

    static func isManaged(_ api: [Tag]?) -> Bool {
        api?.contains { $0.key == ManagedMarker.key && $0.value == ManagedMarker.value } ?? false
    }


    // MARK: Reading

    public func readWorld(_ scope: ReadScope) async throws -> World {
        var world = World(lineage: "ecs:\(client.settings.region)", serial: 0, region: client.settings.region)
        // The account and the configured families' latest revisions need nothing
        // the clusters give: asked beside them, not after (in a region every stage
        // waiting on the one before costs its round trips).
        async let accountName = account.account(debug: client.debug)
        async let familyRevisions = describeTaskDefinitions(scope.families.filter { !$0.isEmpty })
        async let listed = listActiveRevisions(scope.revisionLists)
        var clusterRefs = scope.clusters ?? []
        if scope.clusters == nil {
            clusterRefs = try await Self.paginate { token in
                let page = try await self.client.call(ECS.Operations.listClusters, ECS.ListClustersRequest(nextToken: token, maxResults: 100))
                return (page.clusterArns ?? [], page.nextToken)
            }
        }
        for chunk in Self.chunks(clusterRefs, of: 100) {
            let r = try await client.call(ECS.Operations.describeClusters,
                                          ECS.DescribeClustersRequest(clusters: chunk, include: [.tags, .settings, .configurations]))
            for c in r.clusters ?? [] where (c.status ?? "ACTIVE") == "ACTIVE" {
                guard let name = c.clusterName, let arn = c.clusterArn else { continue }
                var spec = Cluster(name: name)
                spec.definition = ECS.convert(c, to: ECS.CreateClusterRequest.self) ?? ECS.CreateClusterRequest()
                spec.definition.clusterName = nil
                spec.tags = Self.tags(c.tags)
                world.clusters.append(ClusterState(name: name, arn: arn, managed: Self.isManaged(c.tags), spec: spec))
            }
        }
        var serviceArns = Set<String>()
        let parts = try await ConcurrentRequests.map(world.clusters.map(\.name), limit: Self.concurrency) { try await self.readCluster($0) }
        for part in parts {
            world.services += part.services
            world.containerInstances += part.instances
            world.tasks += part.tasks
        }
        for s in world.services { serviceArns.insert(s.taskDefinitionArn) }
        world.account = await accountName
        // A task's revision is named from its ARN (World.Index.revisionName): only
        // what services run is described, not each older revision a task is still on.
        try await readTaskDefinitions(familyRevisions: familyRevisions, arns: serviceArns, into: &world)
        world.listedRevisions = try await listed
        return world
    }

    /// Every ACTIVE revision of each family, by ARN (ListTaskDefinitions, 100 a
    /// page): what `keepRevisions` chooses from, where describing each one would
    /// cost a request apiece. Only ARNs of the family itself are kept.
    func listActiveRevisions(_ families: [String]) async throws -> [String: [String]] {
        let lists = try await ConcurrentRequests.map(families, limit: Self.concurrency) { family in
            let arns = try await Self.paginate { token in
                let request = ECS.ListTaskDefinitionsRequest(
                    familyPrefix: family, status: .active, nextToken: token, maxResults: 100)
                let page = try await self.client.call(ECS.Operations.listTaskDefinitions, request)
                return (page.taskDefinitionArns ?? [], page.nextToken)
            }
            return (family, arns.filter { TaskDefinitionRef(Self.name(fromArn: $0)).family == family })
        }
        return Dictionary(lists, uniquingKeysWith: { a, _ in a })
    }

    /// One cluster's services, instances and tasks, the three read side by side:
    /// tasks name their instance by ARN, so they are listed and described beside
    /// the instances and given the instances' EC2 ids once both are in (in a
    /// region, two round trips fewer than reading the tasks after the instances).
    func readCluster(_ cluster: String) async throws -> (services: [ServiceState], instances: [ContainerInstanceState], tasks: [TaskState]) {
        async let services = readAllServices(cluster)
        async let described = describeTaskBatches(cluster: cluster)
        let (instances, instanceIDs) = try await readInstances(cluster)
        let tasks = Self.taskStates(try await described, cluster: cluster, instanceIDs: instanceIDs)
            .filter { $0.lastStatus != "STOPPED" }
        return (try await services, instances, tasks)
    }

    /// A cluster's services; DescribeServices batches go out together.
    func readAllServices(_ cluster: String) async throws -> [ServiceState] {
        let described = try await ListingPipeline.describe(
            listing: { token in
                let page = try await self.client.call(
                    ECS.Operations.listServices,
                    ECS.ListServicesRequest(cluster: cluster, nextToken: token, maxResults: 100))
                return (page.serviceArns ?? [], page.nextToken)
            },
            size: 10, limit: Self.concurrency
        ) { chunk in
            try await self.client.call(ECS.Operations.describeServices, ECS.DescribeServicesRequest(cluster: cluster, services: chunk, include: [.tags]))
        }
        var services: [ServiceState] = []
        for r in described {
            for s in r.services ?? [] where s.status != "INACTIVE" {
                if let state = Self.serviceState(s, cluster: cluster) { services.append(state) }
            }
        }
        return services
    }

    /// A cluster's container instances, and their EC2 ids by ARN (how tasks name them).
    func readInstances(_ cluster: String) async throws -> ([ContainerInstanceState], [String: String]) {
        var instances: [ContainerInstanceState] = []
        var instanceIDs: [String: String] = [:]
        let described = try await ListingPipeline.describe(
            listing: { token in
                let page = try await self.client.call(
                    ECS.Operations.listContainerInstances,
                    ECS.ListContainerInstancesRequest(cluster: cluster, nextToken: token, maxResults: 100))
                return (page.containerInstanceArns ?? [], page.nextToken)
            },
            size: 100, limit: Self.concurrency
        ) { chunk in
            try await self.client.call(ECS.Operations.describeContainerInstances,
                                       ECS.DescribeContainerInstancesRequest(cluster: cluster, containerInstances: chunk))
        }
        for r in described {
            for i in r.containerInstances ?? [] {
                guard let arn = i.containerInstanceArn else { continue }
                let id = i.ec2InstanceId ?? Self.name(fromArn: arn)
                instanceIDs[arn] = id
                var attributes: [String: String] = [:]
                for a in i.attributes ?? [] { if let v = a.value { attributes[a.name] = v } }
                let cpu = i.registeredResources?.first { $0.name == "CPU" }?.integerValue ?? 0
                let memory = i.registeredResources?.first { $0.name == "MEMORY" }?.integerValue ?? 0
                instances.append(ContainerInstanceState(id: id, arn: arn, cluster: cluster, attributes: attributes,
                                                        cpu: cpu, memory: memory, status: i.status ?? "ACTIVE"))
            }
        }
        return (instances, instanceIDs)
    }

    func readTasks(cluster: String, serviceName: String?, instanceIDs: [String: String], stopped: Bool = false) async throws -> [TaskState] {
        let described = try await listAndDescribeTasks(cluster: cluster, serviceName: serviceName, stopped: stopped)
        // moto ignores some ListTasks filters: select service tasks by group here.
        let group = serviceName.map { "service:" + $0 }
        return Self.taskStates(described, cluster: cluster, instanceIDs: instanceIDs).filter { task in
            (group == nil || task.group == group) && (task.lastStatus == "STOPPED") == stopped
        }
    }

    /// One page of ListTasks. ECS lists only the service's tasks; without the
    /// filter each poll of a rollout listed and described every task of the cluster.
    func listTasksPage(cluster: String, serviceName: String?, stopped: Bool, token: String?) async throws
        -> ([String], String?)
    {
        var request = ECS.ListTasksRequest(
            cluster: cluster, nextToken: token, maxResults: 100, serviceName: serviceName)
        if stopped { request.desiredStatus = .stopped }
        let page = try await client.call(ECS.Operations.listTasks, request)
        return (page.taskArns ?? [], page.nextToken)
    }

    func listTaskArns(cluster: String, serviceName: String?, stopped: Bool) async throws -> [String] {
        try await Self.paginate {
            try await self.listTasksPage(cluster: cluster, serviceName: serviceName, stopped: stopped, token: $0)
        }
    }

    /// The tasks ListTasks names, described a hundred at a time as its pages arrive.
    func listAndDescribeTasks(cluster: String, serviceName: String?, stopped: Bool) async throws -> [ECS.Task] {
        try await ListingPipeline.describe(
            listing: {
                try await self.listTasksPage(cluster: cluster, serviceName: serviceName, stopped: stopped, token: $0)
            },
            size: 100, limit: Self.concurrency
        ) { chunk in
            try await self.describeTaskChunk(cluster: cluster, chunk)
        }.flatMap { $0.tasks ?? [] }
    }

    /// One DescribeTasks call, for at most 100 tasks.
    func describeTaskChunk(cluster: String, _ chunk: [String]) async throws -> ECS.DescribeTasksResponse {
        try await client.call(ECS.Operations.describeTasks, ECS.DescribeTasksRequest(cluster: cluster, tasks: chunk))
    }

    /// DescribeTasks a hundred at a time, the batches together.
    func describeTasks(cluster: String, arns: [String], instanceIDs: [String: String]) async throws -> [TaskState] {
        Self.taskStates(
            try await describeTaskBatches(cluster: cluster, arns: arns), cluster: cluster, instanceIDs: instanceIDs)
    }

    /// The cluster's tasks not yet stopped, as DescribeTasks answers them.
    func describeTaskBatches(cluster: String) async throws -> [ECS.Task] {
        try await listAndDescribeTasks(cluster: cluster, serviceName: nil, stopped: false)
    }

    func describeTaskBatches(cluster: String, arns: [String]) async throws -> [ECS.Task] {
        try await ConcurrentRequests.map(Self.chunks(arns, of: 100), limit: Self.concurrency) { chunk in
            try await self.describeTaskChunk(cluster: cluster, chunk)
        }.flatMap { $0.tasks ?? [] }
    }

    /// Described tasks as state; `instanceIDs` maps a container instance ARN to
    /// its EC2 id (an instance not in it is named from its ARN).
    static func taskStates(_ described: [ECS.Task], cluster: String, instanceIDs: [String: String]) -> [TaskState] {
        var out: [TaskState] = []
        out.reserveCapacity(described.count)
        for t in described {
            guard let taskArn = t.taskArn, let taskDefinitionArn = t.taskDefinitionArn else { continue }
            let instance = t.containerInstanceArn.map { instanceIDs[$0] ?? Self.name(fromArn: $0) }
            out.append(TaskState(
                id: Self.name(fromArn: taskArn), arn: taskArn, cluster: cluster, group: t.group ?? "",
                startedBy: t.startedBy, taskDefinitionArn: taskDefinitionArn, containerInstanceId: instance,
                lastStatus: t.lastStatus ?? "PENDING", desiredStatus: t.desiredStatus ?? "RUNNING",
                stoppedReason: t.stoppedReason, cpu: Int(t.cpu ?? "") ?? 0, memory: Int(t.memory ?? "") ?? 0,
                capacityProviderName: t.capacityProviderName, availabilityZone: t.availabilityZone,
                startedAt: t.startedAt.map { Self.iso8601($0.date) }))
        }
        return out
    }

    /// `2026-12-03T12:00:00Z`: how state views print a time. A format style, not
    /// an `ISO8601DateFormatter`: making one of those cost about 80 µs, once per
    /// task of a refresh (1 000 tasks, 80 ms).
    static func iso8601(_ date: Date) -> String { date.formatted(isoStyle) }

    static let isoStyle = Date.ISO8601FormatStyle()

    /// DescribeServices' service as state: its settings as the request that
    /// would create it (shared member names carry over), its deployments and events.
    static func serviceState(_ s: ECS.Service, cluster: String) -> ServiceState? {
        guard let name = s.serviceName, let arn = s.serviceArn else { return nil }
        var spec = Service(name: name, cluster: cluster, taskDefinition: s.taskDefinition ?? "")
        spec.definition = ECS.convert(s, to: ECS.CreateServiceRequest.self) ?? ECS.CreateServiceRequest()
        spec.definition.serviceName = nil
        spec.definition.cluster = nil
        spec.definition.taskDefinition = nil
        spec.role = s.roleArn
        spec.tags = tags(s.tags)
        let deployments = (s.deployments ?? []).map {
            Deployment(id: $0.id ?? "", status: $0.status ?? "", taskDefinitionArn: $0.taskDefinition ?? "", desiredCount: $0.desiredCount ?? 0,
                       failedTasks: $0.failedTasks ?? 0, rolloutState: $0.rolloutState?.rawValue ?? "IN_PROGRESS", rolloutStateReason: $0.rolloutStateReason,
                       runningCount: $0.runningCount, pendingCount: $0.pendingCount)
        }
        return ServiceState(cluster: cluster, name: name, arn: arn, status: s.status ?? "ACTIVE", managed: isManaged(s.tags),
                            taskDefinitionArn: s.taskDefinition ?? "", desiredCount: s.desiredCount ?? 0, spec: spec, deployments: deployments,
                            events: (s.events ?? []).compactMap(\.message).reversed())
    }

    /// The latest ACTIVE revision of each configured family, and every revision a service runs.
    /// DescribeTaskDefinition takes one reference per call: the families'
    /// latest revisions first, then only the ARNs those did not already return
    /// (usually none: services run their family's latest). Calls run a few at a
    /// time, which ECS's per-action rate limit allows and the client's retries absorb.
    func readTaskDefinitions(familyRevisions: [TaskDefinitionRevision], arns: Set<String>, into world: inout World) async throws {
        var seen = Set<String>()
        for revision in familyRevisions where seen.insert(revision.arn).inserted {
            world.taskDefinitions.append(revision)
        }
        let undescribed = arns.sorted().filter { !$0.isEmpty && !seen.contains($0) }
        for revision in try await describeTaskDefinitions(undescribed) where seen.insert(revision.arn).inserted {
            world.taskDefinitions.append(revision)
        }
        world.taskDefinitions.sort { ($0.family, $0.revision) < ($1.family, $1.revision) }
    }

    /// Requests in flight at once: independent reads, registrations and service
    /// updates. ECS rate-limits per account and action (a token bucket refilled
    /// every second); eight keeps well inside the buckets of the calls an apply
    /// makes, and the client backs off on any throttling answer.
    public static let concurrency = 8

    public var concurrentRequests: Int { Self.concurrency }

    /// One call per family: the longest run of reads in a refresh, so it may use
    /// every connection; beside the clusters' reads, the transport's connections
    /// (`ECSClient.readConnections`) are shared out among them.
    private func describeTaskDefinitions(_ refs: [String]) async throws -> [TaskDefinitionRevision] {
        try await ConcurrentRequests.map(refs, limit: ECSClient.readConnections) {
            try await self.describeTaskDefinition($0)
        }.compactMap { $0 }
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
        try await readServices([ServiceName(cluster: cluster, name: name)]).first ?? nil
    }

    /// A round of a watch: DescribeServices ten at a time, each service's tasks
    /// listed (ECS filters them by service) and then described together, a
    /// hundred a request. Ten services of ten tasks cost 12 requests, not 30.
    public func readServices(_ services: [ServiceName]) async throws -> [(ServiceState, [TaskState])?] {
        var results = [(ServiceState, [TaskState])?](repeating: nil, count: services.count)
        let byCluster = Dictionary(grouping: services.indices, by: { services[$0].cluster })
        for (cluster, indices) in byCluster.sorted(by: { $0.key < $1.key }) {
            var seen = Set<String>()
            let names = indices.map { services[$0].name }.filter { seen.insert($0).inserted }
            let described = try await ConcurrentRequests.map(Self.chunks(names, of: 10), limit: Self.concurrency) {
                try await self.client.call(
                    ECS.Operations.describeServices,
                    ECS.DescribeServicesRequest(cluster: cluster, services: $0, include: [.tags]))
            }
            var found: [String: ServiceState] = [:]
            for r in described {
                for s in r.services ?? [] where s.status != "INACTIVE" {
                    if let state = Self.serviceState(s, cluster: cluster) { found[state.name] = state }
                }
            }
            let existing = names.filter { found[$0] != nil }
            let listed = try await ConcurrentRequests.map(existing, limit: Self.concurrency) {
                try await self.listTaskArns(cluster: cluster, serviceName: $0, stopped: false)
            }
            // moto ignores the service filter: a task may be listed for every service.
            var listedOnce = Set<String>()
            let arns = listed.joined().filter { listedOnce.insert($0).inserted }
            var tasks: [String: [TaskState]] = [:]
            for t in try await describeTasks(cluster: cluster, arns: arns, instanceIDs: [:])
            where t.lastStatus != "STOPPED" && t.group.hasPrefix("service:") {
                tasks[String(t.group.dropFirst("service:".count)), default: []].append(t)
            }
            for i in indices {
                guard let state = found[services[i].name] else { continue }
                results[i] = (state, tasks[services[i].name] ?? [])
            }
        }
        return results
    }

    public func readStoppedTasks(cluster: String, service: String) async throws -> [TaskState] {
        try await readTasks(cluster: cluster, serviceName: service, instanceIDs: [:], stopped: true)
    }

    // MARK: Mutations

    public func createCluster(_ cluster: Cluster, step: StepRecord) async throws {
        var request = cluster.definition
        request.clusterName = cluster.name
        _ = try await client.call(ECS.Operations.createCluster, request)
    }

    public func updateCluster(_ cluster: Cluster, step: StepRecord) async throws {
        if cluster.settings?.isEmpty == false || cluster.configuration != nil || cluster.serviceConnectDefaults != nil {
            _ = try await client.call(ECS.Operations.updateCluster, ECS.UpdateClusterRequest(
                cluster: cluster.name, settings: cluster.settings, configuration: cluster.configuration,
                serviceConnectDefaults: cluster.serviceConnectDefaults))
        }
        if cluster.capacityProviders != nil || cluster.defaultCapacityProviderStrategy != nil {
            _ = try await client.call(ECS.Operations.putClusterCapacityProviders, ECS.PutClusterCapacityProvidersRequest(
                cluster: cluster.name, capacityProviders: cluster.capacityProviders ?? [],
                defaultCapacityProviderStrategy: cluster.defaultCapacityProviderStrategy ?? []))
        }
        if let tags = Self.tags(cluster.tags) {
            let r = try await client.call(ECS.Operations.describeClusters, ECS.DescribeClustersRequest(clusters: [cluster.name]))
            if let arn = r.clusters?.first?.clusterArn {
                _ = try await client.call(ECS.Operations.tagResource, ECS.TagResourceRequest(resourceArn: arn, tags: tags))
            }
        }
    }

    public func deleteCluster(name: String, step: StepRecord) async throws {
        _ = try await client.call(ECS.Operations.deleteCluster, ECS.DeleteClusterRequest(cluster: name))
    }

    /// RegisterTaskDefinition has no client token: a retry after a lost answer
    /// first looks whether this run already registered the revision.
    public func registerTaskDefinition(_ definition: TaskDefinition, step: StepRecord) async throws -> TaskDefinitionRevision {
        let planned = TaskDefinitionRef(step.detail).revision
        let r = try await client.call(ECS.Operations.registerTaskDefinition, definition.definition) { [self] in
            try await registered(definition, since: planned)
        }
        guard let td = r.taskDefinition, let arn = td.taskDefinitionArn, let revision = td.revision else {
            throw AWSError.transport("RegisterTaskDefinition of \(definition.family) returned no ARN or revision", operation: "RegisterTaskDefinition")
        }
        return TaskDefinitionRevision(family: definition.family, revision: revision, arn: arn,
                                      status: td.status?.rawValue ?? "ACTIVE", managed: true, spec: definition)
    }

    /// The family's latest revision, as RegisterTaskDefinition would have
    /// answered, when it has `definition`'s content and a number no lower than
    /// the one the plan expected (revisions only go up, and the plan was made
    /// under the lock this run holds): then the lost attempt registered it.
    func registered(_ definition: TaskDefinition, since planned: Int?) async throws
        -> ECS.RegisterTaskDefinitionResponse? {
        let request = ECS.DescribeTaskDefinitionRequest(taskDefinition: definition.family, include: [.tags])
        let r = try await client.call(ECS.Operations.describeTaskDefinition, request)
        guard let td = r.taskDefinition, let revision = td.revision, revision >= (planned ?? 1),
              let existing = TaskDefinition(described: td, tags: r.tags),
              Normalizer.taskDefinition(existing) == Normalizer.taskDefinition(definition) else { return nil }
        return ECS.RegisterTaskDefinitionResponse(taskDefinition: td, tags: r.tags)
    }

    public func deregisterTaskDefinition(arn: String, step: StepRecord) async throws {
        _ = try await client.call(ECS.Operations.deregisterTaskDefinition, ECS.DeregisterTaskDefinitionRequest(taskDefinition: arn))
    }

    /// CreateService's request: the configured members with the identity fields filled.
    static func createRequest(_ s: Service, taskDefinitionArn: String, desiredCount: Int) -> ECS.CreateServiceRequest {
        var r = s.definition
        r.serviceName = s.name
        r.cluster = s.cluster
        r.taskDefinition = taskDefinitionArn
        r.desiredCount = s.isDaemon ? nil : desiredCount
        r.tags = tags(r.tags)
        return r
    }

    /// UpdateService's request: every member both requests share (create-only
    /// ones such as launchType, role and tags cannot change in place).
    static func updateRequest(_ s: Service, taskDefinitionArn: String, desiredCount: Int) -> ECS.UpdateServiceRequest {
        var r = ECS.convert(s.definition, to: ECS.UpdateServiceRequest.self) ?? ECS.UpdateServiceRequest(service: s.name)
        r.service = s.name
        r.cluster = s.cluster
        r.taskDefinition = taskDefinitionArn
        r.desiredCount = s.isDaemon ? nil : desiredCount
        return r
    }

    /// Carries a client token derived from the run and step, so ECS creates
    /// the service once however often the request is retried. moto ignores the
    /// token (and a second CreateService replaces the service), so a retry
    /// after a lost answer also first looks for the service it would create.
    public func createService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        var request = Self.createRequest(service, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount)
        request.clientToken = ClientToken.make(for: step)
        _ = try await client.call(ECS.Operations.createService, request) { [self] in
            let describe = ECS.DescribeServicesRequest(cluster: service.cluster, services: [service.name])
            let r = try await client.call(ECS.Operations.describeServices, describe)
            guard let found = r.services?.first, found.status == "ACTIVE", found.taskDefinition == taskDefinitionArn else {
                return nil
            }
            return ECS.CreateServiceResponse(service: found)
        }
    }

    public func updateService(_ service: Service, taskDefinitionArn: String, desiredCount: Int, step: StepRecord) async throws {
        let r = try await client.call(ECS.Operations.updateService, Self.updateRequest(service, taskDefinitionArn: taskDefinitionArn, desiredCount: desiredCount))
        // UpdateService cannot set tags; its answer names the ARN that TagResource needs.
        if let tags = Self.tags(service.tags), let arn = r.service?.serviceArn {
            _ = try await client.call(ECS.Operations.tagResource, ECS.TagResourceRequest(resourceArn: arn, tags: tags))
        }
    }

    public func deleteService(cluster: String, name: String, step: StepRecord) async throws {
        _ = try await client.call(ECS.Operations.deleteService, ECS.DeleteServiceRequest(cluster: cluster, service: name, force: true))
    }

    public func stopTasks(cluster: String, taskArns: [String], reason: String, step: StepRecord) async throws {
        for arn in taskArns {
            _ = try await client.call(ECS.Operations.stopTask, ECS.StopTaskRequest(cluster: cluster, task: arn, reason: reason))
        }
    }

    /// ECS runs its own deployment; ecsplan polls.
    public func awaitProgress() async throws {
        try await Task.sleep(for: pollInterval)
    }
}
