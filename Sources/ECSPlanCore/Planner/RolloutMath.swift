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

    /// Simulates ECS's rolling scheduler tick by tick, as the local simulator
    /// runs it: at each tick the tasks started before are healthy; old tasks
    /// stop to make room under `maximumTasks` or because new ones cover the
    /// desired count, never taking the healthy count below `minimumHealthy`
    /// (a task just started is not healthy yet); then new tasks start in the room left.
    /// Starts are reported before the batch of stops they precede; starts after
    /// the last batch are the planner's `startsAfter`.
    public static func schedule(desired: Int, old: Int, new: Int, percents: DeploymentPercents) -> Schedule {
        let minHealthy = percents.minimumHealthy(desired: desired)
        let cap = percents.maximumTasks(desired: desired)
        var o = old, n = new
        var starts: [Int] = [], batches: [Int] = []
        var startedBefore = 0
        var guardCount = 0
        while o > 0 {
            guardCount += 1
            if guardCount > 100_000 { break }
            let wanted = max(0, desired - n)
            let forRoom = max(0, o + n + wanted - cap)
            let surplus = max(0, n + o - desired)
            let k = min(max(forRoom, surplus), o, max(0, o + n - minHealthy))
            o -= k
            let start = max(0, min(wanted, cap - o - n))
            if k == 0 && start == 0 {
                let problem = "minimumHealthyPercent \(percents.minimumHealthyPercent) and maximumPercent \(percents.maximumPercent) leave no room to replace a task "
                    + "(\(desired) desired: at least \(minHealthy) must stay running and at most \(cap) may run); lower minimumHealthyPercent or raise maximumPercent"
                return Schedule(starts: starts, batches: batches, problem: problem)
            }
            if k > 0 {
                starts.append(startedBefore)
                batches.append(k)
                startedBefore = 0
            }
            startedBefore += start
            n += start
        }
        return Schedule(starts: starts, batches: batches, problem: nil)
    }
}
