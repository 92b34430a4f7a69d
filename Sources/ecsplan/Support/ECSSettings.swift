import ECSBackend
import Foundation

/// How the ecs backend talks to AWS: variables with no flag of their own.
struct ECSSettings {
    var httpTimeout: TimeInterval = 30
    var pollInterval: Duration = .seconds(5)
    var maxAttempts: Int?
    var retryMode: AWSEnvironment.RetryMode?

    /// AWS_MAX_ATTEMPTS, else the SDKs' default for an AWS_RETRY_MODE that is
    /// set (legacy 5, standard and adaptive 3), else nil for the client's own.
    var attempts: Int? {
        if let maxAttempts { return maxAttempts }
        switch retryMode {
        case .legacy: return 5
        case .standard, .adaptive: return 3
        case nil: return nil
        }
    }

    /// The client's retry policy: the SDKs' standard mode (with its retry
    /// quota) unless AWS_RETRY_MODE says otherwise; 6 attempts when neither
    /// variable is set.
    var retry: RetryPolicy {
        let mode = retryMode.flatMap { RetryPolicy.Mode(rawValue: $0.rawValue) } ?? .standard
        return RetryPolicy(mode: mode, maxAttempts: attempts ?? 6)
    }

    static let durationExpected = "a duration above zero, such as 0.5, 30s, 5m or 1h30m"

    /// ECSPLAN_HTTP_TIMEOUT: how long one request may take.
    static func httpTimeout() throws -> Duration? {
        try Env.value("http-timeout", as: Duration.self, expected: durationExpected, isFlag: false, accept: { $0 > .zero })
    }

    /// ECSPLAN_POLL_INTERVAL: how often a rollout is looked at.
    static func pollInterval() throws -> Duration? {
        try Env.value("poll-interval", as: Duration.self, expected: durationExpected, isFlag: false, accept: { $0 > .zero })
    }

    static func read() throws -> ECSSettings {
        var s = ECSSettings()
        if let t = try httpTimeout() {
            s.httpTimeout = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
        }
        s.pollInterval = try pollInterval() ?? s.pollInterval
        s.maxAttempts = try AWSEnvironment.maxAttempts()
        s.retryMode = try AWSEnvironment.retryMode()
        return s
    }
}
