/// The rollouts as a Mermaid `gantt` chart, which GitHub draws in a pull
/// request: one section per service, one bar per step, all starting when
/// apply starts the deployments. Times are the preview's estimates.
enum RolloutTimeline {
    /// The fenced block, or nothing when no rollout has steps.
    static func lines(_ rollouts: [Rollout]) -> [String] {
        let withSteps = rollouts.filter { !($0.preview?.steps.isEmpty ?? true) }
        guard !withSteps.isEmpty else { return [] }
        var out = [
            "```mermaid", "gantt",
            "    title Estimated rollout timeline (hours:minutes from the start of apply)",
            // Only the first bar has a clock time; the others follow it, so a
            // rollout longer than a day still draws.
            "    dateFormat HH:mm:ss", "    axisFormat %H:%M", "    todayMarker off",
        ]
        for (i, r) in withSteps.enumerated() {
            guard let p = r.preview else { continue }
            out.append("    section " + text(r.address.description))
            let fleets = p.steps.contains { $0.kind == .shift }
            for (j, step) in p.steps.enumerated() {
                let id = "r\(i)s\(j)"
                let start = j == 0 ? "00:00:00" : "after r\(i)s\(j - 1)"
                // Bakes are waits: drawn apart from the steps that move tasks or traffic.
                let tag = step.kind == .bake ? "active, " : ""
                out.append(
                    "    \(text(step.label(fleets: fleets))) :\(tag)\(id), \(start), \(max(1, step.seconds))s"
                )
            }
        }
        out += ["```", ""]
        return out
    }

    /// A task or section name: Mermaid reads `:` as the start of a bar's data
    /// and `#`, `;` as entity and statement marks.
    static func text(_ s: String) -> String {
        s.replacingOccurrences(of: ":", with: " ").replacingOccurrences(of: "#", with: " ")
            .replacingOccurrences(of: ";", with: ",")
    }
}
