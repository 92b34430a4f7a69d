import ECSBackend
import ECSPlanCore
import Foundation

/// Every `ECSPLAN_*` variable ecsplan reads, and how each is checked. Every
/// command checks all of them, not only those its own options read: a pipeline
/// sets a variable once for plan and apply alike, and a bad value should stop
/// the first command, not the one that happens to read it. A test checks that
/// each option of every command is here, so a new flag cannot forget its variable.
enum KnownVariables {
    static let flags: [(flag: String, check: @Sendable () throws -> Void)] = [
        ("target", { try FlagValues.targets() }),
        ("paths", {}), ("state", {}), ("profile", {}), ("out", {}), ("plan", {}), ("cluster", {}), ("to", {}),
        ("allow-missing-env", { _ = try Env.bool("allow-missing-env") }),
        ("prune", { _ = try Env.bool("prune") }),
        ("allow-destroy-all", { _ = try Env.bool("allow-destroy-all") }),
        ("no-color", { _ = try Env.bool("no-color") }),
        ("debug", { _ = try Env.bool("debug") }),
        ("detailed-exitcode", { _ = try Env.bool("detailed-exitcode") }),
        ("auto-approve", { _ = try Env.bool("auto-approve") }),
        ("no-wait", { _ = try Env.bool("no-wait") }),
        ("json-events", { _ = try Env.bool("json-events") }),
        ("quiet", { _ = try Env.bool("quiet") }),
        ("backend", { _ = try Env.value("backend", as: BackendKind.self) }),
        ("format", { _ = try Env.value("format", as: OutputFormat.self) }),
        ("region", { _ = try AWSEnvironment.region(flag: nil) }),
        ("endpoint-url", { _ = try AWSEnvironment.endpoint(flag: nil, readingAWS: false) }),
        ("parallelism", { _ = try FlagValues.parallelism() }),
        ("timeout", { _ = try FlagValues.timeout() }),
        ("lock-timeout", { _ = try FlagValues.lockTimeout() }),
        // ecsplan run, status and wait.
        ("count", { _ = try Env.value("count", as: Int.self, expected: "a whole number from 1 to 10", accept: { (1...10).contains($0) }) }),
        ("launch-type", {}), ("capacity-provider-strategy", {}), ("network-configuration", {}), ("like-service", {}),
        ("container", {}), ("command", {}), ("env", {}), ("started-by", {}),
        ("cpu", { _ = try Env.value("cpu", as: Int.self) }),
        ("memory", { _ = try Env.value("memory", as: Int.self) }),
        ("wait", { _ = try Env.bool("wait") }),
        ("details", { _ = try Env.bool("details") }),
        ("lock", {
            guard let text = Env.string("lock") else { return }
            do { _ = try S3Location(parsing: text) } catch { throw CLIError("ECSPLAN_LOCK: \(error)") }
        }),
    ]
    /// Settings with no flag: how the ecs backend talks to AWS, and a benchmark tool.
    static let settings: [(flag: String, check: @Sendable () throws -> Void)] = [
        ("http-timeout", { _ = try ECSSettings.httpTimeout() }),
        ("poll-interval", { _ = try ECSSettings.pollInterval() }),
        // For benchmarks: a file for each SQL statement's time on the local backend.
        ("sql-timings", {}),
    ]

    static var names: Set<String> { Set((flags + settings).map { Env.name($0.flag) }) }

    /// Throws for the first variable that is set to a value its flag would refuse,
    /// unless the flag itself is on the command line: then the flag wins and
    /// the variable is not read.
    static func check(arguments: [String]) throws {
        for (flag, check) in flags + settings where Env.string(flag) != nil {
            let given = arguments.contains { $0 == "--" + flag || $0.hasPrefix("--" + flag + "=") }
            if !given { try check() }
        }
    }

    /// A warning for every `ECSPLAN_*` variable that is set but means nothing
    /// to ecsplan, with the nearest known name: a typo would otherwise be ignored.
    static func warnings(in environment: [String: String]) -> [String] {
        let known = names
        let prefix = "ECSPLAN_"
        // Compared without the shared prefix, which would make any two names look alike.
        let suffixes = known.map { String($0.dropFirst(prefix.count)) }.sorted()
        return environment.keys.filter { $0.hasPrefix(prefix) && !known.contains($0) }.sorted().map { name in
            let hint = Suggestions.nearest(to: String(name.dropFirst(prefix.count)), in: suffixes).map { "; did you mean \(prefix)\($0)?" } ?? ""
            return "\(name) is not a variable ecsplan reads\(hint)"
        }
    }
}

/// Variables whose flags check a range, read the same way wherever they are read.
enum FlagValues {
    static let addressExpected = "cluster/NAME, task-definition/FAMILY or service/CLUSTER/NAME, comma-separated"

    /// Checks the syntax of ECSPLAN_TARGET's addresses; whether they exist is
    /// known only once the configuration and state are read.
    static func targets() throws {
        for t in Env.list("target") where Address(parsing: t) == nil {
            throw InvalidVariable(variable: Env.name("target"), value: Env.string("target") ?? t, flag: "target",
                                  expected: addressExpected + " ('\(t)' is none of these)")
        }
    }

    static func parallelism() throws -> Int? {
        try Env.value("parallelism", expected: "a whole number of services, 1 or more", accept: { $0 >= 1 })
    }

    static func timeout() throws -> Duration? {
        try Env.value("timeout", expected: "a duration above zero, such as 90s, 10m or 1h30m", accept: { $0 > .zero })
    }

    static func lockTimeout() throws -> Duration? {
        try Env.value("lock-timeout", expected: "a duration, such as 0, 30s or 5m", accept: { $0 >= .zero })
    }
}
