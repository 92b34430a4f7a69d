import ArgumentParser
import ECSPlanCore
import Foundation

struct WaitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait until services are stable: deployment completed, every task running the new revision.",
        discussion: """
            A service is stable when its primary deployment is COMPLETED, runningCount equals \
            desiredCount and no task runs an older revision. Exit codes: 0 every service is stable; \
            1 a deployment FAILED (ECS's reason is printed), or an address matches nothing; 2 \
            --timeout passed first (what each unstable service still lacks is printed).

            ADDR is service/CLUSTER/NAME, a pattern (service/prod/*) or cluster/NAME for its \
            services; none means every service in the state. On the local backend waiting lets the \
            simulator run its scheduler steps.

            Example:
              ecsplan wait service/prod/web service/prod/worker --timeout 10m
            """
    )

    @Argument(help: "service/CLUSTER/NAME, a pattern such as service/prod/*, or cluster/NAME. Default: every service.",
              completion: AddressCompletion.kind)
    var addresses: [String] = []

    @Option(name: .customLong("timeout"), help: ArgumentHelp("Give up after this long (30s, 5m, 1h), exit 2. Default: 10m. (ECSPLAN_TIMEOUT)",
                                                              valueName: "duration"))
    var timeoutOption: Duration?
    var timeout: Duration { timeoutOption ?? .seconds(600) }

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        if timeoutOption == nil { timeoutOption = try FlagValues.timeout() }
        if timeout <= .zero { throw ValidationError("--timeout \(timeout): must be above zero") }
    }

    func run() async throws {
        try await reportingErrors(state: global.state) {
            guard let backend = try global.openBackend(create: false) else {
                throw CLIError("no state at \(global.state)", hint: "run `ecsplan apply` first")
            }
            let world = try await backend.provider.readWorld(ReadScope(clusters: ServiceSelection.clusters(addresses), families: []))
            var pending = try ServiceSelection.resolve(addresses, in: world).map { ($0.cluster, $0.name) }
            let deadline = ContinuousClock.now + timeout
            var last: [String: ServiceStability] = [:]
            while true {
                var still: [(String, String)] = []
                // One batch a round: on ECS ten services a DescribeServices, their tasks a hundred a DescribeTasks.
                let names = pending.map { ServiceName(cluster: $0.0, name: $0.1) }
                let reads = try await backend.provider.readServices(names)
                for ((cluster, name), read) in zip(pending, reads) {
                    let address = Address.service(cluster: cluster, name: name).description
                    guard let (service, tasks) = read, service.status == "ACTIVE" else {
                        throw CLIError("\(address) no longer exists")
                    }
                    let verdict = ServiceStability(service, tasks: tasks)
                    switch verdict {
                    case .stable:
                        Console.out("\(address): stable")
                    case .failed(let reason):
                        Console.error("ecsplan: \(address): deployment failed: \(reason)")
                        throw ExitCode(1)
                    case .inProgress:
                        still.append((cluster, name))
                        last[address] = verdict
                    }
                }
                pending = still
                if pending.isEmpty { return }
                if ContinuousClock.now >= deadline {
                    for (cluster, name) in pending {
                        let address = Address.service(cluster: cluster, name: name).description
                        if case .inProgress(let missing) = last[address] { Console.error("\(address): not stable after \(DurationText.short(timeout)): \(missing)") }
                    }
                    throw ExitCode(2)
                }
                try await backend.provider.awaitProgress()
            }
        }
    }
}
