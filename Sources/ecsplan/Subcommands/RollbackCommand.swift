import ArgumentParser
import ECSPlanCore
import Foundation

struct RollbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Point a service back at the revision it ran before, through the same plan and apply.",
        discussion: """
            The revision is read, not guessed: the newest deployment of the service that succeeded \
            on another revision (ECS's ListServiceDeployments; the local state records the same), \
            or the one named with --to (a number in the service's family, FAMILY:REV or an ARN). \
            ecsplan shows the plan (only the service's task definition changes; the rollout follows \
            its deployment strategy), asks, and applies it as `apply` does: under the state lock, \
            journaled, watched until ECS's deployment completes.

            The configuration is not changed: the next `ecsplan plan` says the service runs an \
            older revision than the configuration's, and `apply` would move it forward again. Fix \
            the configuration (or pin the revision in it) to keep the rollback.

            Examples:
              ecsplan rollback service/prod/web
              ecsplan rollback service/prod/web --to 41 --auto-approve
            """
    )

    @Argument(help: "The service, as service/CLUSTER/NAME.", completion: AddressCompletion.kind)
    var address: String

    @Option(name: .customLong("to"), help: ArgumentHelp("The revision to go back to: a number in the service's family, FAMILY:REV or an ARN. Default: the one its previous successful deployment ran. (ECSPLAN_TO)",
                                                      valueName: "rev"))
    var to: String?

    @Flag(name: .customLong("auto-approve"), help: "Do not ask for confirmation. (ECSPLAN_AUTO_APPROVE)")
    var autoApprove = false

    @Flag(name: .customLong("no-wait"), help: "Update the service but do not wait for its deployment. (ECSPLAN_NO_WAIT)")
    var noWait = false

    @Option(name: .customLong("timeout"), help: ArgumentHelp("Longest the rollout may take, e.g. 10m. Default: 10m. (ECSPLAN_TIMEOUT)", valueName: "duration"))
    var timeoutOption: Duration?

    @Option(name: .customLong("lock-timeout"), help: ArgumentHelp("Wait this long for the state lock, e.g. 30s. Default: 0, fail at once. (ECSPLAN_LOCK_TIMEOUT)", valueName: "duration"))
    var lockTimeoutOption: Duration?

    @Option(name: .customLong("format"), help: "text, or json (progress as JSON lines, an error as one JSON line). Default: text. (ECSPLAN_FORMAT)")
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    @Flag(name: .customLong("quiet"), help: "Print no progress lines. (ECSPLAN_QUIET)")
    var quiet = false

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        if to == nil { to = Env.string("to") }
        if !autoApprove { autoApprove = try Env.bool("auto-approve") }
        if !noWait { noWait = try Env.bool("no-wait") }
        if !quiet { quiet = try Env.bool("quiet") }
        if formatOption == nil { formatOption = try Env.value("format") }
        if timeoutOption == nil { timeoutOption = try FlagValues.timeout() }
        if lockTimeoutOption == nil { lockTimeoutOption = try FlagValues.lockTimeout() }
        if let t = timeoutOption, t <= .zero { throw ValidationError("--timeout \(t): must be above zero") }
        if let t = lockTimeoutOption, t < .zero { throw ValidationError("--lock-timeout \(t): must not be negative") }
        if let to, to.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--to: expected a revision number, FAMILY:REV or an ARN") }
        guard let parsed = Address(parsing: address), parsed.kind == .service, !TargetResolver.isPattern(parsed),
              parsed.name.split(separator: "/").count == 2 else {
            throw ValidationError("\(address): expected one service as service/CLUSTER/NAME (no patterns: a rollback is per service)")
        }
    }

    var session: ApplySession {
        var options = Executor.Options()
        options.wait = !noWait
        options.timeout = timeoutOption ?? .seconds(600)
        return ApplySession(global: global, operation: "ecsplan rollback", lockTimeout: lockTimeoutOption ?? .zero, options: options,
                            jsonEvents: format == .json, quiet: quiet)
    }

    func run() async throws {
        try await ErrorOutput(command: "rollback", format: format, compact: true).run(state: global.state) {
            let parts = address.split(separator: "/").map(String.init)
            let (cluster, name) = (parts[1], parts[2])
            let target = Address.service(cluster: cluster, name: name)
            guard let backend = try global.openBackend(create: false) else {
                throw CLIError("no state at \(global.state): nothing has been applied to roll back", hint: "pass --state, or --backend ecs")
            }
            guard let history = backend.provider as? any DeploymentHistoryReader else {
                throw CLIError("\(backend.provider.label) keeps no deployment history to roll back from")
            }
            let session = self.session
            try await session.locked(backend) { signals in
                guard let (live, _) = try await backend.provider.readService(cluster: cluster, name: name), live.status == "ACTIVE" else {
                    throw CLIError("\(target) does not exist", hint: "`ecsplan status` lists the services")
                }
                var records: [ServiceDeploymentRecord] = []
                if to == nil {
                    do {
                        records = try await history.deploymentHistory(cluster: cluster, service: name)
                    } catch {
                        throw CLIError("could not read the deployment history of \(target): \(error)",
                                       hint: "name the revision to go back to with --to REV")
                    }
                }
                let world = try await backend.provider.readWorld(ReadScope(clusters: [cluster], families: Self.revisionsToRead(live: live, to: to, history: records)))
                let index = World.Index(world)
                guard let service = index.services[cluster + "/" + name] else { throw CLIError("\(target) does not exist") }
                let choice: RollbackTarget.Choice
                do throws(RollbackRefused) {
                    choice = try RollbackTarget.choose(service: service, history: records, requested: to, world: index)
                } catch {
                    throw CLIError(error.message, hint: error.hint)
                }
                let plan = Planner.rollback(RollbackRequest(world: world, backend: global.backend.rawValue, service: service, choice: choice))
                if format != .json { Console.out(TextRenderer(color: global.useColor).render(plan)) }
                if !plan.errors.isEmpty { throw ExitCode(1) }
                try session.confirm(autoApprove: autoApprove, question: "Roll \(target) back to \(choice.to.name)?")
                try await session.execute(plan, world: world, backend: backend, signals: signals)
            }
        }
    }

    /// What the world must hold besides the service: its family's latest revision
    /// (for a bare --to number), the asked-for one, or the one its history points at.
    /// A remote backend describes each of these (family, FAMILY:REV or ARN) by name.
    static func revisionsToRead(live: ServiceState, to: String?, history: [ServiceDeploymentRecord]) -> [String] {
        let family = TaskDefinitionRef(live.taskDefinitionArn).family
        var refs = [family]
        if let to { refs.append(Int(to) != nil ? "\(family):\(to)" : to) }
        // Only the one the choice falls on: the newest success on another revision.
        if let previous = history.first(where: { $0.succeeded && $0.taskDefinitionArn != live.taskDefinitionArn }) {
            refs.append(previous.taskDefinitionArn)
        }
        return refs
    }
}
