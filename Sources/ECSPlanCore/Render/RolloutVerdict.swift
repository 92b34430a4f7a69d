/// What a rollout will do, in words that name who does it: ECS's deployment
/// replaces or shifts, ecsplan only stops what a completed deployment left
/// behind. Shared by the text and Markdown views.
enum RolloutVerdict {
    static func tasks(_ n: Int) -> String { "\(n) task\(n == 1 ? "" : "s")" }

    /// `ECS replaces 4 tasks by a rolling deployment (batches of 2, 2); ecsplan stops leftovers`.
    static func sentence(_ r: Rollout) -> String {
        guard r.tasksToReplace > 0 else { return "ECS starts \(tasks(r.tasksToStart))" }
        guard let p = r.preview else {
            // A plan saved before strategies were previewed: rolling is all it knew.
            return "ECS replaces \(tasks(r.tasksToReplace)); ecsplan stops leftovers"
        }
        if !r.feasible && p.steps.isEmpty {
            return "ECS cannot replace \(tasks(r.tasksToReplace)) within the deployment percents"
        }
        if p.recreatesService {
            return
                "ecsplan deletes and recreates the service: ECS stops its \(tasks(r.tasksToReplace)), then starts \(r.desiredCount)"
        }
        let bake =
            p.bakeMinutes > 0 ? "bake \(RolloutPreview.duration(p.bakeMinutes * 60))" : "no bake"
        let green = "a green fleet of \(tasks(r.desiredCount))"
        let blue = "then stops the \(tasks(r.tasksToReplace)) of the blue one"
        switch DeploymentStrategySettings.Kind(rawValue: p.strategy) ?? .rolling {
        case .rolling:
            let batches =
                r.batches.isEmpty
                ? ""
                : " (batch\(r.batches.count == 1 ? "" : "es") of "
                    + r.batches.map(String.init).joined(separator: ", ") + ")"
            return
                "ECS replaces \(tasks(r.tasksToReplace)) by a rolling deployment\(batches); ecsplan stops leftovers"
        case .blueGreen:
            return "ECS shifts traffic to \(green) (blue/green, \(bake)), \(blue)"
        case .linear:
            let shifts = p.steps.filter { $0.kind == .shift }
            let step = shifts.first?.trafficPercent.map(RolloutPreview.percent) ?? "?"
            let wait =
                p.shiftBakeMinutes > 0
                ? RolloutPreview.duration(p.shiftBakeMinutes * 60) + " between steps"
                : "no wait between steps"
            return
                "ECS shifts traffic to \(green) in \(shifts.count) steps of \(step)% (linear, \(wait), \(bake)), \(blue)"
        case .canary:
            let canary =
                p.steps.first { $0.kind == .shift }?.trafficPercent.map(RolloutPreview.percent)
                ?? "?"
            let wait =
                p.shiftBakeMinutes > 0
                ? "after " + RolloutPreview.duration(p.shiftBakeMinutes * 60) : "at once"
            return
                "ECS shifts \(canary)% of traffic to \(green), the rest \(wait) (canary, \(bake)), \(blue)"
        }
    }

    /// `start 2, stop 2 → start 2, stop 2`.
    static func steps(_ p: RolloutPreview) -> String {
        let fleets = p.steps.contains { $0.kind == .shift }
        return p.steps.map { $0.label(fleets: fleets) }.joined(separator: " → ")
    }

    /// `peak 8 tasks (2048 CPU, 4096 MiB), fits cluster prod`.
    static func capacity(_ r: Rollout, _ p: RolloutPreview) -> String {
        let cluster = r.address.name.split(separator: "/").first.map(String.init) ?? r.address.name
        let fits =
            !r.feasible
            ? (p.steps.isEmpty ? "cannot roll" : "does not fit cluster \(cluster)")
            : p.capacityChecked
                ? "fits cluster \(cluster)"
                : "not checked against cluster \(cluster) (Fargate or capacity not visible)"
        return "peak \(tasks(p.peakTasks)) (\(p.peakCPU) CPU, \(p.peakMemory) MiB), \(fits)"
    }

    /// `FARGATE 3, FARGATE_SPOT 4`.
    static func providers(_ p: RolloutPreview) -> String {
        p.capacityProviders.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
            separator: ", ")
    }
}
