/// Some of a world's tasks (one service's), as positions in the world's task
/// list rather than copies: a task holds a dozen strings, and copying 100 000 of
/// them into per-service arrays cost a plan more than reading them.
public struct TaskSubset: RandomAccessCollection, Sendable {
    let all: [TaskState]
    let positions: [Int]

    public static let empty = TaskSubset(all: [], positions: [])

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    /// Borrowed, not copied: reading one field of a task retains nothing.
    public subscript(i: Int) -> TaskState {
        _read { yield all[positions[i]] }
    }
}

extension TaskSubset {
    /// Each service's tasks (key `cluster/name`), grouped in one pass. Tasks
    /// come cluster by cluster, so within a run of one cluster they are keyed
    /// by their group as stored, and the `cluster/name` key is built once per
    /// service rather than once per task.
    public static func byService(_ tasks: [TaskState]) -> [String: TaskSubset] {
        var out: [String: TaskSubset] = [:]
        for run in tasks.clusterRuns {
            var byGroup: [String: [Int]] = [:]
            for i in run.range where tasks[i].group.hasPrefix("service:") {
                byGroup[tasks[i].group, default: []].append(i)
            }
            for (group, positions) in byGroup {
                // A cluster listed twice (no backend does) merges with its first run.
                let key = run.cluster + "/" + group.dropFirst(8)
                let earlier = out[key]?.positions ?? []
                out[key] = TaskSubset(all: tasks, positions: earlier + positions)
            }
        }
        return out
    }
}
