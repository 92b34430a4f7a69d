/// The rolling-replacement arithmetic shared by the planner (to show batches
/// and check capacity) and the executor (to size each batch).
public enum RolloutMath {
    public struct Schedule: Sendable, Equatable {
        /// Tasks the scheduler starts before each batch (the surge), in order.
        public var starts: [Int]
        /// Old-revision tasks stopped in each batch.
        public var batches: [Int]
        public var problem: String?

        public init(starts: [Int], batches: [Int], problem: String? = nil) {
            self.starts = starts
            self.batches = batches
            self.problem = problem
        }
    }

    /// Simulates the rollout: before each batch the scheduler starts new tasks
    /// up to `maximumTasks` (and never past `desired`); then old tasks are
    /// stopped while at least `minimumHealthy` stay running.
    public static func schedule(desired: Int, old: Int, new: Int, percents: DeploymentPercents) -> Schedule {
        let minHealthy = percents.minimumHealthy(desired: desired)
        let cap = percents.maximumTasks(desired: desired)
        var o = old, n = new
        var starts: [Int] = [], batches: [Int] = []
        var guardCount = 0
        while o > 0 {
            guardCount += 1
            if guardCount > 100_000 { break }
            let start = max(0, min(desired - n, cap - o - n))
            n += start
            let k = min(o, o + n - minHealthy)
            if k <= 0 {
                if start > 0 { starts.append(start); continue }
                let problem = "minimumHealthyPercent \(percents.minimumHealthyPercent) and maximumPercent \(percents.maximumPercent) leave no room to replace a task "
                    + "(\(desired) desired: at least \(minHealthy) must stay running and at most \(cap) may run); lower minimumHealthyPercent or raise maximumPercent"
                return Schedule(starts: starts, batches: batches, problem: problem)
            }
            starts.append(start)
            batches.append(k)
            o -= k
        }
        return Schedule(starts: starts, batches: batches, problem: nil)
    }
}
