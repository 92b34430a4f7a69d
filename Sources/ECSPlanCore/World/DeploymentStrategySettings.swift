/// A service's deployment strategy with ECS's documented defaults filled in:
/// what the plan previews and the simulator runs.
public struct DeploymentStrategySettings: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case rolling = "ROLLING"
        case blueGreen = "BLUE_GREEN"
        case linear = "LINEAR"
        case canary = "CANARY"
    }

    /// ECS's defaults (LinearConfiguration, CanaryConfiguration). BLUE_GREEN
    /// requires `bakeTimeInMinutes`; where it is absent ecsplan assumes none.
    public static let defaultStepPercent = 10.0
    public static let defaultStepBakeMinutes = 6
    public static let defaultCanaryPercent = 5.0
    public static let defaultCanaryBakeMinutes = 10

    public var kind: Kind
    /// Minutes both fleets run after all production traffic shifted, before
    /// ECS stops the old one (BLUE_GREEN, LINEAR, CANARY).
    public var bakeMinutes: Int
    public var stepPercent: Double
    public var stepBakeMinutes: Int
    public var canaryPercent: Double
    public var canaryBakeMinutes: Int

    public init(
        kind: Kind, bakeMinutes: Int = 0, stepPercent: Double = Self.defaultStepPercent,
        stepBakeMinutes: Int = Self.defaultStepBakeMinutes,
        canaryPercent: Double = Self.defaultCanaryPercent,
        canaryBakeMinutes: Int = Self.defaultCanaryBakeMinutes
    ) {
        self.kind = kind
        self.bakeMinutes = max(0, bakeMinutes)
        self.stepPercent = stepPercent
        self.stepBakeMinutes = max(0, stepBakeMinutes)
        self.canaryPercent = canaryPercent
        self.canaryBakeMinutes = max(0, canaryBakeMinutes)
    }

    /// ROLLING unless the service names another strategy; DAEMON services only roll.
    public init(_ service: Service) {
        let config = service.deploymentConfiguration
        let kind: Kind =
            service.isDaemon
            ? .rolling : config?.strategy.flatMap { Kind(rawValue: $0.rawValue) } ?? .rolling
        self.init(
            kind: kind, bakeMinutes: kind == .rolling ? 0 : config?.bakeTimeInMinutes ?? 0,
            stepPercent: config?.linearConfiguration?.stepPercent ?? Self.defaultStepPercent,
            stepBakeMinutes: config?.linearConfiguration?.stepBakeTimeInMinutes
                ?? Self.defaultStepBakeMinutes,
            canaryPercent: config?.canaryConfiguration?.canaryPercent ?? Self.defaultCanaryPercent,
            canaryBakeMinutes: config?.canaryConfiguration?.canaryBakeTimeInMinutes
                ?? Self.defaultCanaryBakeMinutes)
    }

    /// Whether ECS brings up a whole new fleet beside the old one and moves
    /// traffic to it, rather than replacing tasks in place.
    public var shiftsTraffic: Bool { kind != .rolling }

    /// The share of production traffic on the new revision after each shift,
    /// in percent: [] when rolling, [100] for blue/green, 25/50/75/100 for
    /// LINEAR 25, 10/100 for CANARY 10. Counted in tenths of a percent (the
    /// API's granularity), so 33.3 makes 33.3/66.6/99.9/100 with no float drift.
    public var trafficShifts: [Double] {
        func tenths(_ p: Double) -> Int { min(1000, max(1, Int((p * 10).rounded()))) }
        switch kind {
        case .rolling: return []
        case .blueGreen: return [100]
        case .linear:
            let step = tenths(stepPercent)
            return stride(from: step, to: 1000, by: step).map { Double($0) / 10 } + [100]
        case .canary:
            let canary = tenths(canaryPercent)
            return canary >= 1000 ? [100] : [Double(canary) / 10, 100]
        }
    }

    /// Minutes ECS waits between traffic shifts.
    public var shiftBakeMinutes: Int {
        switch kind {
        case .linear: return stepBakeMinutes
        case .canary: return canaryBakeMinutes
        case .rolling, .blueGreen: return 0
        }
    }

    /// Minutes ECS waits after the shift at `index` of `trafficShifts` (none
    /// after the last one: the deployment's bake follows instead).
    public func bakeMinutes(afterShift index: Int) -> Int {
        index < trafficShifts.count - 1 ? shiftBakeMinutes : 0
    }
}
