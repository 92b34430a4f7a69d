/// The steps, simulated duration and peak size of a service's rollout under
/// its deployment strategy, as ECS runs it: ROLLING replaces tasks in batches
/// within the deployment percents; BLUE_GREEN, LINEAR and CANARY start a whole
/// green fleet beside the blue one, shift production traffic to it (at once,
/// in equal steps, or a canary share first), bake, then stop the blue fleet.
public enum StrategyMath {
    public struct Input: Sendable {
        public var settings: DeploymentStrategySettings
        public var desired: Int
        /// Active tasks on other revisions, and on the target one.
        public var old: Int
        public var onTarget: Int
        /// The rolling schedule (ROLLING only).
        public var schedule: RolloutMath.Schedule
        /// The service is deleted and created again: its tasks stop, then new ones start.
        public var replace: Bool

        public init(
            settings: DeploymentStrategySettings, desired: Int, old: Int, onTarget: Int,
            schedule: RolloutMath.Schedule = .init(starts: [], batches: []), replace: Bool = false
        ) {
            self.settings = settings
            self.desired = desired
            self.old = old
            self.onTarget = onTarget
            self.schedule = schedule
            self.replace = replace
        }

        /// Tasks to start to reach `desired` on the target revision.
        var toStart: Int { max(0, desired - onTarget) }
        /// A whole new fleet beside the old one: a traffic-shifting strategy moving old tasks.
        var fleets: Bool { settings.shiftsTraffic && old > 0 && !replace }
    }

    /// The steps in order, each with its start time; none for a rolling
    /// deployment the percents leave no room for (the plan's error says why).
    public static func steps(_ input: Input) -> [RolloutPreview.Step] {
        typealias Step = RolloutPreview.Step
        let timing = DeploymentTiming.self
        var steps: [Step] = []
        if input.replace {
            if input.old > 0 {
                steps.append(Step(kind: .stop, seconds: timing.taskStopSeconds, stop: input.old))
            }
            if input.desired > 0 {
                steps.append(
                    Step(kind: .start, seconds: timing.taskStartSeconds, start: input.desired))
            }
        } else if input.old == 0 {
            // Nothing to replace: the scheduler only starts tasks, whatever the strategy.
            if input.toStart > 0 {
                steps.append(
                    Step(kind: .start, seconds: timing.taskStartSeconds, start: input.toStart))
            }
        } else if input.fleets {
            let s = input.settings
            steps.append(Step(kind: .start, seconds: timing.taskStartSeconds, start: input.toStart))
            for (i, percent) in s.trafficShifts.enumerated() {
                steps.append(
                    Step(kind: .shift, seconds: timing.trafficShiftSeconds, trafficPercent: percent)
                )
                let bake = s.bakeMinutes(afterShift: i)
                if bake > 0 { steps.append(Step(kind: .bake, seconds: bake * 60)) }
            }
            if s.bakeMinutes > 0 { steps.append(Step(kind: .bake, seconds: s.bakeMinutes * 60)) }
            steps.append(Step(kind: .stop, seconds: timing.taskStopSeconds, stop: input.old))
        } else if input.schedule.problem == nil {
            let schedule = input.schedule
            for (i, stop) in schedule.batches.enumerated() {
                let start = i < schedule.starts.count ? schedule.starts[i] : 0
                steps.append(
                    Step(
                        kind: .batch,
                        seconds: (start > 0 ? timing.taskStartSeconds : 0)
                            + (stop > 0 ? timing.taskStopSeconds : 0),
                        start: start, stop: stop))
            }
            let started = steps.reduce(0) { $0 + $1.start }
            if input.toStart > started {
                steps.append(
                    Step(
                        kind: .start, seconds: timing.taskStartSeconds,
                        start: input.toStart - started))
            }
        }
        var at = 0
        for i in steps.indices {
            steps[i].atSeconds = at
            at += steps[i].seconds
        }
        return steps
    }

    /// Most tasks running or starting at once: a rolling surge within
    /// maximumPercent; both whole fleets for the traffic-shifting strategies.
    public static func peakTasks(_ input: Input, steps: [RolloutPreview.Step]) -> Int {
        var old = input.old
        var new = input.onTarget
        var peak = old + new
        for step in steps {
            new += step.start
            peak = max(peak, old + new)
            old -= min(old, step.stop)
        }
        return peak
    }
}
