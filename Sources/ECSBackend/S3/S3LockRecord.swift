import ECSPlanCore
import Foundation

/// What the lock object holds: enough to tell who has the state and whether
/// that run is still alive (`ecsplan state unlock ID` needs the id).
public struct S3LockRecord: Codable, Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var operation: String
    public var user: String
    public var host: String
    public var pid: Int32
    /// ISO 8601, UTC.
    public var created: String
    public var version: String
    /// The CI run that holds it (GitHub Actions or GitLab job URL), when there is one.
    public var run: String?

    public init(
        id: String, operation: String, user: String, host: String, pid: Int32,
        created: String, version: String, run: String? = nil
    ) {
        self.id = id
        self.operation = operation
        self.user = user
        self.host = host
        self.pid = pid
        self.created = created
        self.version = version
        self.run = run
    }

    /// A record for this process, with a fresh id.
    public static func mine(
        operation: String,
        environment env: [String: String] = ProcessInfo.processInfo.environment
    )
        -> S3LockRecord
    {
        S3LockRecord(
            id: UUID().uuidString.lowercased(), operation: operation,
            user: env["USER"] ?? env["LOGNAME"] ?? "unknown",
            host: ProcessInfo.processInfo.hostName,
            pid: getpid(), created: AWSTimestamp.format(Date()), version: ECSPlanVersion.current,
            run: ciRun(env))
    }

    static func ciRun(_ env: [String: String]) -> String? {
        if let server = env["GITHUB_SERVER_URL"], let repo = env["GITHUB_REPOSITORY"],
            let run = env["GITHUB_RUN_ID"]
        {
            return "\(server)/\(repo)/actions/runs/\(run)"
        }
        return env["CI_JOB_URL"]
    }

    /// How long ago the lock was taken, as `3m12s`, or nil if `created` is unreadable.
    public func age(now: Date = Date()) -> String? {
        guard let created = AWSTimestamp.parse(created) else { return nil }
        let seconds = max(0, Int(now.timeIntervalSince(created)))
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m\(seconds % 60)s" }
        return "\(seconds / 3600)h\(seconds % 3600 / 60)m"
    }

    public var description: String {
        var text = "\(operation) (lock \(id), \(user), pid \(pid) on \(host)"
        text += age().map { ", taken \($0) ago" } ?? ", since \(created)"
        text += ", ecsplan \(version)"
        if let run { text += ", run \(run)" }
        return text + ")"
    }
}
