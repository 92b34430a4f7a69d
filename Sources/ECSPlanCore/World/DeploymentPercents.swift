/// A service's deployment bounds, with ECS's defaults filled in.
public struct DeploymentPercents: Sendable, Hashable, Codable {
    public var minimumHealthyPercent: Int
    public var maximumPercent: Int

    public init(minimumHealthyPercent: Int, maximumPercent: Int) {
        self.minimumHealthyPercent = minimumHealthyPercent
        self.maximumPercent = maximumPercent
    }

    /// REPLICA defaults 100/200; DAEMON 0/100.
    public init(_ service: Service) {
        let daemon = service.isDaemon
        minimumHealthyPercent = service.deploymentConfiguration?.minimumHealthyPercent ?? (daemon ? 0 : 100)
        maximumPercent = service.deploymentConfiguration?.maximumPercent ?? (daemon ? 100 : 200)
    }

    /// At least this many tasks stay RUNNING: ceil(desired × min / 100).
    public func minimumHealthy(desired: Int) -> Int { (desired * minimumHealthyPercent + 99) / 100 }

    /// At most this many tasks RUNNING or PENDING: floor(desired × max / 100).
    public func maximumTasks(desired: Int) -> Int { desired * maximumPercent / 100 }
}

/// ECS's deployment circuit breaker threshold.
public enum CircuitBreakerRule {
    public static func threshold(desiredCount: Int) -> Int {
        min(max((desiredCount + 1) / 2, 3), 200)
    }
}
