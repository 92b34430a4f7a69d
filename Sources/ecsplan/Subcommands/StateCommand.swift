import ArgumentParser
import ECSBackend
import ECSPlanCore
import Foundation
import LocalBackend

struct StateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Inspect and repair the recorded state.",
        subcommands: [List.self, Show.self, Unlock.self, Simulate.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every object with a one-line status.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await reportingErrors(state: global.state) {
                guard let backend = try global.openBackend(create: false) else {
                    Console.out("No state yet (\(global.state) does not exist). Run `ecsplan apply` to create it.")
                    return
                }
                Console.out(StateView.list(try await backend.provider.readWorld()))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one object as recorded, with its tasks per revision and instance.")
        @Argument(help: "cluster/NAME, task-definition/FAMILY[:REV] or service/CLUSTER/NAME", completion: AddressCompletion.kind)
        var address: String
        /// Only the two views a single object has.
        enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, json }

        @Option(name: .customLong("format"), help: "json: the object with its tasks and deployments, keys sorted, for scripts (see docs/state-json.md). Default: text. (ECSPLAN_FORMAT)")
        var formatOption: Format?
        @OptionGroup var global: GlobalOptions

        mutating func validate() throws {
            if Address(parsing: address) == nil { throw ValidationError("\(address): expected cluster/NAME, task-definition/FAMILY or service/CLUSTER/NAME") }
            if formatOption == nil { formatOption = try Env.value("format") }
        }

        func run() async throws {
            try await reportingErrors(state: global.state) {
                guard let backend = try global.openBackend(create: false), let a = Address(parsing: address) else { throw CLIError("no state at \(global.state)") }
                let world = try await backend.provider.readWorld()
                let revision = TaskDefinitionRef(String(address.dropFirst("task-definition/".count))).revision
                let rendered = formatOption == .json ? try StateJSON.show(a, revision: revision, in: world) : StateView.show(a, revision: revision, in: world)
                guard let text = rendered else {
                    throw CLIError("\(address) is not in the state", hint: "`ecsplan state list` shows what is")
                }
                Console.out(text)
            }
        }
    }

    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Break a state lock left by a process that died.",
            discussion: """
                With --lock s3://BUCKET/KEY (or ECSPLAN_LOCK) it removes the team lock in S3, \
                and only when ID is the lock's id, so a lock taken since is never removed.
                """
        )
        @Argument(help: "The lock id named in the 'state is locked' error.")
        var id: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await reportingErrors(state: global.state) {
                if let teamLock = try global.teamLock() {
                    try await StateCommand.unlockTeamLock(teamLock, id: id)
                    return
                }
                let store = try StateDatabase.open(path: global.state)
                guard let lock = try store.currentLock() else {
                    Console.out("The state is not locked.")
                    return
                }
                guard lock.id == id else { throw CLIError("the state is locked by \(lock), not \(id)") }
                if !lock.holderIsDead && lock.host == ProcessInfo.processInfo.hostName {
                    throw CLIError("process \(lock.pid) holding the lock is still running", hint: "wait for it, or stop it first")
                }
                _ = try store.forceUnlock(id: id)
                Console.out("Released lock \(id) (was \(lock)).")
            }
        }
    }

    /// Frees the team lock in S3 when `id` holds it and its process is not
    /// still running on this machine.
    static func unlockTeamLock(_ lock: S3Lock, id: String) async throws {
        if let record = try await lock.holder()?.record, record.id == id,
           record.host == ProcessInfo.processInfo.hostName, kill(record.pid, 0) == 0 {
            throw CLIError("process \(record.pid) holding lock \(id) is still running on this machine",
                           hint: "wait for it, or stop it first")
        }
        let record = try await lock.forceUnlock(id: id)
        Console.out("Released lock \(id) in \(lock.location) (was \(record)).")
    }

    /// Knobs of the local simulator, for trying out failure handling and drift.
    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Local backend only: make a revision's tasks fail to start, set one-off tasks' exit code, alarms and hook results, change a service behind ecsplan's back, or run scheduler steps.",
            subcommands: [FailRevision.self, SimulatedExitCode.self, Scale.self, Step.self, Alarm.self, Hook.self]
        )

        struct FailRevision: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "fail-revision", abstract: "Tasks of FAMILY:REV fail to start (CannotPullContainerError).")
            @Argument var revision: String
            @Flag(help: "Let the revision's tasks start again.") var clear = false
            @OptionGroup var global: GlobalOptions
            func run() async throws {
                try await reportingErrors(state: global.state) {
                    let backend = try LocalBackendAccess.open(global)
                    let ref = TaskDefinitionRef(revision)
                    let world = try await backend.readWorld()
                    guard let rev = world.taskDefinitions.first(where: { $0.family == ref.family && $0.revision == ref.revision }) else {
                        throw CLIError("\(revision) is not a registered revision")
                    }
                    try backend.setStartFailure(taskDefinitionArn: rev.arn, failing: !clear)
                    Console.out(clear ? "Tasks of \(rev.name) start normally again." : "Tasks of \(rev.name) will fail to start.")
                }
            }
        }

        struct SimulatedExitCode: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "exit-code",
                abstract: "One-off tasks of FAMILY (`ecsplan run`) stop with their essential containers exiting CODE.",
                discussion: "Example: ecsplan state simulate exit-code migrate 3")
            @Argument(help: "A task definition family in the state.") var family: String
            @Argument(help: "The exit code, 0-255.") var code: Int?
            @Flag(help: "Exit 0 again.") var clear = false
            @OptionGroup var global: GlobalOptions
            mutating func validate() throws {
                if clear == (code != nil) { throw ValidationError("give either CODE or --clear") }
                if let code, !(0...255).contains(code) { throw ValidationError("CODE must be between 0 and 255, not \(code)") }
            }
            func run() async throws {
                try await reportingErrors(state: global.state) {
                    let backend = try LocalBackendAccess.open(global)
                    let world = try await backend.readWorld()
                    try TargetResolver(config: Config(), world: world).require(.taskDefinition(family), as: "task definition family")
                    try backend.setSimulatedExitCode(family: family, code: clear ? nil : code)
                    Console.out(clear ? "One-off tasks of \(family) exit 0 again." : "One-off tasks of \(family) will exit \(code ?? 0).")
                }
            }
        }

        struct Scale: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set a service's desiredCount outside ecsplan (like autoscaling would), to see drift.")
            @Argument var address: String
            @Argument var count: Int
            @OptionGroup var global: GlobalOptions
            func run() async throws {
                try await reportingErrors(state: global.state) {
                    let backend = try LocalBackendAccess.open(global)
                    guard let a = Address(parsing: address), a.kind == .service else { throw CLIError("\(address): expected service/CLUSTER/NAME") }
                    let parts = a.name.split(separator: "/").map(String.init)
                    try backend.setDesiredCountOutOfBand(cluster: parts[0], name: parts[1], count: count)
                    Console.out("\(address): desiredCount set to \(count) outside ecsplan.")
                }
            }
        }

        struct Step: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Run scheduler steps until tasks settle.")
            @OptionGroup var global: GlobalOptions
            func run() async throws {
                try await reportingErrors(state: global.state) {
                    let n = try await LocalBackendAccess.open(global).settle()
                    Console.out("Ran \(n) scheduler step\(n == 1 ? "" : "s").")
                }
            }
        }
    }
}

enum LocalBackendAccess {
    /// The local backend's simulator, whose knobs `state simulate` turns.
    static func open(_ global: GlobalOptions) throws -> SimulatedECSProvider {
        guard global.backend == .local else { throw CLIError("this command only works with the local backend") }
        guard FileManager.default.fileExists(atPath: global.state) else { throw CLIError("no state at \(global.state)", hint: "run `ecsplan apply` first") }
        return SimulatedECSProvider(database: try StateDatabase.open(path: global.state), region: global.resolvedRegion)
    }
}
