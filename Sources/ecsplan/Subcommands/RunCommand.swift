import ArgumentParser
import ECSBackend
import ECSPlanCore
import Foundation

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a one-off task of a managed task definition (a batch job, a migration) and follow it.",
        discussion: """
            Starts FAMILY's newest active revision (or FAMILY:REV) with RunTask on the cluster, \
            with the container overrides given (--command, --env, --cpu, --memory go to --container, \
            by default the task's only essential container). --like-service service/CLUSTER/NAME takes \
            that service's network configuration, launch type or capacity-provider strategy, and tags; \
            options given win.

            With --wait (the default when stdout is a terminal) it follows each task to STOPPED and \
            prints every container's exit code and the stop reason. Exit codes: the essential \
            container's exit code (the first non-zero one of several tasks); 1 when a task could not \
            start (with ECS's reasons) or the input is wrong; 2 when --timeout passed first. Without \
            --wait it prints the task ARNs and exits 0 once they are started.

            On the local backend the task starts, runs and stops with exit code 0; \
            `ecsplan state simulate exit-code FAMILY CODE` makes it exit otherwise.

            Example:
              ecsplan run migrate --cluster prod --like-service service/prod/web \\
                --command 'bin/migrate --to latest' --env DRY_RUN=0 --wait
            """
    )

    @Argument(help: "FAMILY or FAMILY:REV of a task definition ecsplan manages.")
    var taskDefinition: String

    @Option(name: .customLong("cluster"), help: "The cluster to run on (required). (ECSPLAN_CLUSTER)")
    var clusterOption: String?
    var cluster: String { clusterOption ?? "" }

    @Option(help: "How many tasks, 1-10. Default: 1. (ECSPLAN_COUNT)")
    var count: Int?

    @Option(name: .customLong("launch-type"), help: "EC2, FARGATE or EXTERNAL. (ECSPLAN_LAUNCH_TYPE)")
    var launchType: String?

    @Option(name: .customLong("capacity-provider-strategy"),
            help: "PROVIDER[:WEIGHT[:BASE]],… e.g. FARGATE_SPOT:3,FARGATE:1:1. (ECSPLAN_CAPACITY_PROVIDER_STRATEGY)")
    var capacityProviderStrategy: String?

    @Option(name: .customLong("network-configuration"),
            help: "RunTask's networkConfiguration as JSON, e.g. '{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-1\"]}}'. (ECSPLAN_NETWORK_CONFIGURATION)")
    var networkConfiguration: String?

    @Option(name: .customLong("like-service"), help: "service/CLUSTER/NAME whose network, capacity and tags the task takes. (ECSPLAN_LIKE_SERVICE)",
            completion: AddressCompletion.kind)
    var likeService: String?

    @Option(help: "The container the overrides go to. Default: the only essential container. (ECSPLAN_CONTAINER)")
    var container: String?

    @Option(help: "The container's command, split at spaces, or a JSON array of strings. (ECSPLAN_COMMAND)")
    var command: String?

    @Option(name: .customLong("env"), help: "KEY=VALUE added to the container's environment (repeatable). (ECSPLAN_ENV, comma-separated)")
    var environment: [String] = []

    @Option(help: "The container's CPU units. (ECSPLAN_CPU)")
    var cpu: Int?

    @Option(help: "The container's memory (MiB). (ECSPLAN_MEMORY)")
    var memory: Int?

    @Option(name: .customLong("started-by"), help: "RunTask's startedBy. Default: ecsplan. (ECSPLAN_STARTED_BY)")
    var startedBy: String?

    @Flag(inversion: .prefixedNo,
          help: "Follow the tasks to STOPPED and exit with the essential container's code. Default: on when stdout is a terminal. (ECSPLAN_WAIT, ECSPLAN_NO_WAIT)")
    var wait: Bool?

    @Option(name: .customLong("timeout"), help: ArgumentHelp("With --wait: give up after this long (30s, 5m, 1h), exit 2. Default: no limit. (ECSPLAN_TIMEOUT)",
                                                              valueName: "duration"))
    var timeout: Duration?

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        // The command line wins; each variable is read only when its flag is absent.
        if clusterOption == nil { clusterOption = Env.string("cluster") }
        guard clusterOption != nil else { throw ValidationError("--cluster is required (or ECSPLAN_CLUSTER): the cluster to run the task on") }
        if count == nil { count = try Env.value("count", expected: "a whole number from 1 to 10", accept: { (1...10).contains($0) }) }
        if launchType == nil { launchType = Env.string("launch-type") }
        if capacityProviderStrategy == nil { capacityProviderStrategy = Env.string("capacity-provider-strategy") }
        if networkConfiguration == nil { networkConfiguration = Env.string("network-configuration") }
        if likeService == nil { likeService = Env.string("like-service") }
        if container == nil { container = Env.string("container") }
        if command == nil { command = Env.string("command") }
        if environment.isEmpty { environment = Env.list("env") }
        if cpu == nil { cpu = try Env.value("cpu") }
        if memory == nil { memory = try Env.value("memory") }
        if startedBy == nil { startedBy = Env.string("started-by") }
        if wait == nil {
            if Env.string("wait") != nil { wait = try Env.bool("wait") } else if Env.string("no-wait") != nil { wait = !(try Env.bool("no-wait")) }
        }
        if timeout == nil { timeout = try FlagValues.timeout() }

        guard (1...10).contains(count ?? 1) else { throw ValidationError("--count must be between 1 and 10 (RunTask's limit), not \(count ?? 1)") }
        if let launchType, !["EC2", "FARGATE", "EXTERNAL"].contains(launchType) {
            throw ValidationError("--launch-type \(launchType): expected EC2, FARGATE or EXTERNAL")
        }
        if let timeout, timeout <= .zero { throw ValidationError("--timeout \(timeout): must be above zero") }
        if let likeService, Address(parsing: likeService)?.kind != .service {
            throw ValidationError("--like-service \(likeService): expected service/CLUSTER/NAME")
        }
        if taskDefinition.contains("/") || taskDefinition.isEmpty {
            throw ValidationError("\(taskDefinition): expected FAMILY or FAMILY:REV (a task definition ecsplan manages)")
        }
    }

    func run() async throws {
        try await reportingErrors(state: global.state) {
            guard let backend = try global.openBackend(create: false)?.provider as? any TaskRunner else {
                throw CLIError("no state at \(global.state)", hint: "run `ecsplan apply` first: run starts tasks of task definitions ecsplan manages")
            }
            let ref = TaskDefinitionRef(taskDefinition)
            let like = likeService.flatMap(Address.init(parsing:))
            let likeParts = like.map { $0.name.split(separator: "/").map(String.init) }
            let clusters = Array(Set([cluster] + (likeParts.map { [$0[0]] } ?? [])))
            let world = try await backend.readWorld(ReadScope(clusters: clusters, families: [ref.family]))
            let known = TargetResolver(config: Config(), world: world)
            try known.require(.cluster(cluster), as: "cluster")
            try known.require(.taskDefinition(ref.family), as: "task definition family")
            let revisions = world.taskDefinitions.filter { $0.family == ref.family }
            guard revisions.contains(where: \.managed) else {
                throw CLIError("task definition family \(ref.family) is not managed by ecsplan",
                               hint: "add it to the configuration and apply, or run it with the AWS CLI")
            }
            let active = revisions.filter { $0.status == "ACTIVE" }
            let revision: TaskDefinitionRevision
            if let number = ref.revision {
                guard let r = revisions.first(where: { $0.revision == number }), r.status == "ACTIVE" else {
                    throw CLIError("\(ref.family):\(number) is not an active revision",
                                   hint: "active revisions: \(active.map { String($0.revision) }.joined(separator: ", "))")
                }
                revision = r
            } else {
                guard let newest = active.max(by: { $0.revision < $1.revision }) else {
                    throw CLIError("task definition family \(ref.family) has no active revision", hint: "run `ecsplan apply` to register one")
                }
                revision = newest
            }
            var service: ServiceState?
            if let like, let parts = likeParts {
                try known.require(like, as: "service")
                service = world.services.first { $0.cluster == parts[0] && $0.name == parts[1] }
            }
            let request = try options().request(for: revision, like: service)
            try await start(request, revision: revision, on: backend)
        }
    }

    func options() throws -> RunTaskOptions {
        var o = RunTaskOptions(cluster: cluster)
        o.count = count ?? 1
        o.launchType = launchType.map { ECS.LaunchType(rawValue: $0) }
        o.capacityProviderStrategy = try capacityProviderStrategy.map(RunTaskOptions.capacityProviderStrategy)
        if let networkConfiguration {
            do {
                o.networkConfiguration = try JSONDecoder().decode(ECS.NetworkConfiguration.self, from: Data(networkConfiguration.utf8))
            } catch {
                throw CLIError("--network-configuration is not RunTask's networkConfiguration JSON: \(error)",
                               hint: "e.g. '{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-1\"],\"assignPublicIp\":\"DISABLED\"}}'")
            }
        }
        o.container = container
        if let command {
            if command.hasPrefix("[") {
                guard let words = try? JSONDecoder().decode([String].self, from: Data(command.utf8)) else {
                    throw CLIError("--command \(command): a JSON array must hold only strings")
                }
                o.command = words
            } else {
                o.command = command.split(separator: " ").map(String.init)
            }
        }
        o.environment = try environment.map(RunTaskOptions.environmentVariable)
        o.cpu = cpu
        o.memory = memory
        o.startedBy = startedBy ?? "ecsplan"
        return o
    }

    func start(_ request: ECS.RunTaskRequest, revision: TaskDefinitionRevision, on backend: any TaskRunner) async throws {
        let response = try await backend.runTask(request)
        let tasks = response.tasks ?? []
        for failure in response.failures ?? [] {
            Console.error("could not start a task of \(revision.name): \([failure.reason, failure.detail].compactMap { $0 }.joined(separator: ": "))")
        }
        guard !tasks.isEmpty else { throw ExitCode(1) }
        for t in tasks { Console.out("Started \(Self.id(t.taskArn)) (\(revision.name) on \(cluster)): \(t.taskArn ?? "")") }
        let following = wait ?? Console.stdoutIsTTY
        guard following else {
            if !(response.failures ?? []).isEmpty { throw ExitCode(1) }
            return
        }
        let arns = tasks.compactMap(\.taskArn)
        let deadline = timeout.map { ContinuousClock.now + $0 }
        var last: [String: String] = [:]
        var finished: [ECS.Task] = []
        while true {
            let described = try await backend.describeTasks(cluster: cluster, taskArns: arns)
            for t in described.tasks ?? [] {
                let arn = t.taskArn ?? ""
                if last[arn] != t.lastStatus {
                    last[arn] = t.lastStatus
                    Console.out("\(Self.id(arn)): \(t.lastStatus ?? "?")")
                }
            }
            finished = (described.tasks ?? []).filter { $0.lastStatus == "STOPPED" }
            if finished.count == arns.count { break }
            if let deadline, ContinuousClock.now >= deadline {
                Console.error("ecsplan: \(arns.count - finished.count) task(s) still running after --timeout \(DurationText.short(timeout ?? .zero))")
                throw ExitCode(2)
            }
            try await backend.awaitTaskProgress()
        }
        let essential = revision.spec.essentialContainers
        var code: Int32 = (response.failures ?? []).isEmpty ? 0 : 1
        for t in finished {
            let outcome = TaskOutcome(t, essential: essential)
            Console.out("\(Self.id(outcome.taskArn)) stopped: \(outcome.stoppedReason.flatMap { $0.isEmpty ? nil : $0 } ?? "no reason given")")
            for c in outcome.containers {
                Console.out("  \(c.name): " + (c.exitCode.map { "exit code \($0)" } ?? "no exit code") + (c.reason.map { " (\($0))" } ?? ""))
            }
            if code == 0 { code = outcome.exitCode }
        }
        if code != 0 { throw ExitCode(code) }
    }

    static func id(_ arn: String?) -> String { arn.map(TaskState.id(fromArn:)) ?? "" }
}
