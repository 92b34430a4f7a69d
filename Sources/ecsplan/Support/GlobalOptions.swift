import ArgumentParser
import ECSPlanCore
import Foundation
import ECSBackend
import LocalBackend

enum BackendKind: String, ExpressibleByArgument, CaseIterable, Sendable {
    case local, ecs
}

/// Flags every state-touching command shares. Each also reads ECSPLAN_<FLAG>;
/// a flag on the command line wins over its variable.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("backend"), help: "Where state lives: local (embedded SQLite simulator) or ecs (Amazon ECS). Default: local. (ECSPLAN_BACKEND)")
    var backendOption: BackendKind?
    var backend: BackendKind { backendOption ?? .local }

    @Option(name: .customLong("state"), help: ArgumentHelp("Local state database. Default: .ecsplan/state.db. (ECSPLAN_STATE)", valueName: "path"))
    var stateOption: String?
    var state: String { stateOption ?? ".ecsplan/state.db" }

    @Option(help: "AWS region (ECSPLAN_REGION, AWS_REGION, AWS_DEFAULT_REGION, profile).")
    var region: String?

    @Option(help: ArgumentHelp("ECS endpoint, e.g. a local mock. (ECSPLAN_ENDPOINT_URL, AWS_ENDPOINT_URL_ECS, AWS_ENDPOINT_URL)", valueName: "url"))
    var endpointURL: String?

    @Option(help: "AWS profile from ~/.aws/credentials and ~/.aws/config. (ECSPLAN_PROFILE, AWS_PROFILE)")
    var profile: String?

    @Option(help: ArgumentHelp("Keep the apply lock in S3, seen by every runner. (ECSPLAN_LOCK)",
                               valueName: "s3://bucket/key"))
    var lock: String?

    @Flag(name: .customLong("no-color"), help: "Never colour output (also NO_COLOR). (ECSPLAN_NO_COLOR)")
    var noColor = false

    @Flag(name: .customLong("debug"), help: "Log every AWS request and response status to stderr (never credentials). (ECSPLAN_DEBUG)")
    var debug = false

    /// Fills what the command line left unset from ECSPLAN_<FLAG>, and checks
    /// every value, from either place, before anything runs.
    mutating func validate() throws {
        if backendOption == nil { backendOption = try Env.value("backend") }
        if stateOption == nil { stateOption = Env.string("state") }
        if profile == nil { profile = Env.string("profile") }
        if !noColor { noColor = try Env.bool("no-color") }
        if !debug { debug = try Env.bool("debug") }
        region = try AWSEnvironment.region(flag: region)
        endpointURL = try AWSEnvironment.endpoint(flag: endpointURL, readingAWS: backend == .ecs)
        if backend == .ecs { _ = try ECSSettings.read() }
    }

    var resolvedRegion: String { region ?? "us-east-1" }

    var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && Console.stdoutIsTTY
    }

    /// `debug: …` lines on stderr with --debug, else nil.
    var debugSink: (@Sendable (String) -> Void)? {
        guard debug else { return nil }
        return { @Sendable line in Console.error("debug: " + line) }
    }

    /// Opens the configured backend. `create: false` lets `plan` run against a
    /// state that does not exist yet without creating the file.
    func openBackend(create: Bool = true) throws -> Backend? {
        switch backend {
        case .local:
            if !create && !FileManager.default.fileExists(atPath: state) { return nil }
            return .local(try StateDatabase.open(path: state), region: resolvedRegion)
        case .ecs:
            let tuning = try ECSSettings.read()
            let debugSink = self.debugSink
            let settings = try AWSSettings.resolve(region: region, endpoint: endpointURL, profile: profile, log: debugSink)
            debugSink?("using \(settings.credentials), region \(settings.region), endpoint \(settings.endpoint.absoluteString)")
            let client = ECSClient(settings: settings, retry: tuning.retry, timeout: tuning.httpTimeout,
                                   debug: debugSink)
            let lockPath = ((state as NSString).deletingLastPathComponent.isEmpty ? "." : (state as NSString).deletingLastPathComponent) + "/ecs.lock"
            return .ecs(client: client, pollInterval: tuning.pollInterval, lockPath: lockPath)
        }
    }
}

/// A one-line error for the user, with what to do about it.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var hint: String?
    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    var description: String { hint.map { "\(message)\n  hint: \($0)" } ?? message }
}

/// Runs a command body, printing errors as `ecsplan: …` and exiting 1.
/// `state` names the local state file, so SQLite's failures on it are told in words.
func reportingErrors(state: String? = nil, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let e as ExitCode {
        throw e
    } catch let e as CleanExit {
        throw e
    } catch {
        ErrorOutput.current.report(failure: ErrorWording.describe(error, statePath: state))
        throw ExitCode(1)
    }
}

/// `30s`, `5m`, `1h`, `1h30m` or plain seconds.
func parseDuration(_ text: String) -> Duration? {
    if let s = Double(text) { return .milliseconds(Int64(s * 1000)) }
    var total: Int64 = 0
    var number = ""
    for ch in text {
        if ch.isNumber { number.append(ch); continue }
        guard let n = Int64(number) else { return nil }
        switch ch {
        case "s": total += n
        case "m": total += n * 60
        case "h": total += n * 3600
        default: return nil
        }
        number = ""
    }
    return number.isEmpty ? .seconds(total) : nil
}

extension Duration: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        guard let d = parseDuration(argument) else { return nil }
        self = d
    }
}
