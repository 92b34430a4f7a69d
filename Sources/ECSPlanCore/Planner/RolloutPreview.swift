/// What ECS will do to move one service to its target revision, step by step,
/// with the time each step is assumed to take (`DeploymentTiming`) and the
/// capacity the rollout needs at its peak. Pure data, shown by every renderer.
public struct RolloutPreview: Codable, Sendable, Equatable {
    /// ROLLING, BLUE_GREEN, LINEAR or CANARY.
    public var strategy: String
    public var steps: [Step]
    /// Minutes both fleets run after all traffic shifted (0 when rolling).
    public var bakeMinutes: Int
    /// Minutes between traffic shifts (LINEAR's step bake, CANARY's canary bake; else 0).
    public var shiftBakeMinutes: Int
    /// The simulated duration: the sum of the steps' seconds.
    public var estimatedSeconds: Int
    /// Most tasks of the service running or starting at once, old and new.
    public var peakTasks: Int
    /// CPU units and MiB those tasks reserve.
    public var peakCPU: Int
    public var peakMemory: Int
    /// How the new tasks split over the service's capacity providers
    /// (FARGATE: 3, FARGATE_SPOT: 4); empty without a capacity-provider strategy.
    public var capacityProviders: [String: Int]
    /// Whether the plan checked the peak against the cluster's instances; false
    /// for Fargate and for capacity the backend cannot see.
    public var capacityChecked: Bool
    /// The service is deleted and created again (a member UpdateService cannot
    /// change): ecsplan deletes it, ECS stops its tasks, then starts the new ones.
    public var recreatesService: Bool

    public init(
        strategy: String, steps: [Step], bakeMinutes: Int, shiftBakeMinutes: Int = 0,
        peakTasks: Int, peakCPU: Int, peakMemory: Int,
        capacityProviders: [String: Int] = [:], capacityChecked: Bool = false,
        recreatesService: Bool = false
    ) {
        self.strategy = strategy
        self.steps = steps
        self.bakeMinutes = bakeMinutes
        self.shiftBakeMinutes = shiftBakeMinutes
        self.estimatedSeconds = steps.reduce(0) { $0 + $1.seconds }
        self.peakTasks = peakTasks
        self.peakCPU = peakCPU
        self.peakMemory = peakMemory
        self.capacityProviders = capacityProviders
        self.capacityChecked = capacityChecked
        self.recreatesService = recreatesService
    }

    /// One step of a rollout. Steps run one after another, from the moment
    /// ECS starts the deployment.
    public struct Step: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable {
            /// Rolling: start `start` new tasks, then stop `stop` old ones.
            case batch
            /// Start `start` tasks of the new revision (a green fleet, or a scale-up).
            case start
            /// Move production traffic so `trafficPercent` goes to the new revision.
            case shift
            /// Wait `seconds` with both fleets running, watching alarms.
            case bake
            /// Stop `stop` tasks of the old revision (the blue fleet).
            case stop
        }

        public var kind: Kind
        /// Seconds from the start of the deployment.
        public var atSeconds: Int
        public var seconds: Int
        public var start: Int
        public var stop: Int
        /// For `shift`: the share of production traffic on the new revision afterwards.
        public var trafficPercent: Double?

        public init(
            kind: Kind, atSeconds: Int = 0, seconds: Int, start: Int = 0, stop: Int = 0,
            trafficPercent: Double? = nil
        ) {
            self.kind = kind
            self.atSeconds = atSeconds
            self.seconds = seconds
            self.start = start
            self.stop = stop
            self.trafficPercent = trafficPercent
        }

        /// `start 2, stop 2`, `start 4 green`, `shift to 25%`, `bake 6 min`, `stop 4 blue`.
        public func label(fleets: Bool) -> String {
            switch kind {
            case .batch:
                return [start > 0 ? "start \(start)" : nil, stop > 0 ? "stop \(stop)" : nil]
                    .compactMap { $0 }.joined(separator: ", ")
            case .start: return "start \(start)" + (fleets ? " green" : "")
            case .shift: return "shift to \(RolloutPreview.percent(trafficPercent ?? 100))%"
            case .bake: return "bake \(RolloutPreview.duration(seconds))"
            case .stop: return "stop \(stop)" + (fleets ? " blue" : "")
            }
        }
    }

    /// `25`, `33.3`: a percent as the API takes it.
    public static func percent(_ p: Double) -> String {
        let tenths = Int((p * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    /// `45 s`, `10 min`, `1 h 30 min`: a duration rounded to what a reader needs.
    public static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        let minutes = (seconds + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        return "\(minutes / 60) h" + (minutes % 60 > 0 ? " \(minutes % 60) min" : "")
    }
}
