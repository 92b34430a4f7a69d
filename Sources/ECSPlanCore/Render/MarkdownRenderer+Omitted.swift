extension MarkdownRenderer {
    /// What a shortened Markdown plan left out, and the closing lines that
    /// account for it: counts per action, every replaced or deleted address
    /// among them, and where the full plan is.
    struct Omitted {
        var changes: [Change] = []
        var rollouts: [Rollout] = []
        var errors = 0
        var notes = 0
        /// The Mermaid timeline of the rollouts did not fit.
        var timeline = false

        var any: Bool { !changes.isEmpty || !rollouts.isEmpty || errors > 0 || notes > 0 || timeline }

        /// Bytes of the fixed part of `lines` at most: the counts line and the framing.
        static let fixedCost = 1_000

        static func fullPlanLine(_ fullPlan: String?) -> String {
            "The full plan is in " + (fullPlan ?? "the saved plan file (`ecsplan plan --out FILE`, then `ecsplan show FILE`)") + "."
        }

        /// The most `lines` can take when every replaced or deleted address is left out.
        static func worstCase(destructive: [Address], fullPlan: String?) -> Int {
            fixedCost + fullPlanLine(fullPlan).utf8.count + destructive.reduce(0) { $0 + $1.description.utf8.count + 4 }
        }

        func lines(fullPlan: String?, room: Int) -> [String] {
            var counts: [String] = []
            if !changes.isEmpty {
                let byAction = Dictionary(grouping: changes, by: \.action)
                let parts = Action.allCases.compactMap { a in byAction[a].map { "\($0.count) \(MarkdownRenderer.label(a))" } }
                counts.append("\(changes.count) more object\(changes.count == 1 ? "" : "s") (" + parts.joined(separator: ", ") + ")")
            }
            if !rollouts.isEmpty {
                let tasks = rollouts.reduce(0) { $0 + $1.tasksToReplace }
                let infeasible = rollouts.filter { !$0.feasible }.count
                counts.append("\(rollouts.count) more rollout\(rollouts.count == 1 ? "" : "s") (\(tasks) task\(tasks == 1 ? "" : "s") to replace"
                              + (infeasible > 0 ? ", \(infeasible) infeasible" : "") + ")")
            }
            if errors > 0 { counts.append("\(errors) more error\(errors == 1 ? "" : "s")") }
            if notes > 0 { counts.append("\(notes) more note\(notes == 1 ? "" : "s")") }
            if timeline { counts.append("the rollout timeline") }
            var out = ["---", "", "**Not shown, to fit a comment:** " + counts.joined(separator: "; ") + ".", ""]
            let destructive = changes.filter { $0.action == .replace || $0.action == .delete }.map(\.address.description)
            if !destructive.isEmpty {
                // Named even here: what a plan destroys is what a reviewer must see.
                let title = "**Replaced or deleted, not shown above (\(destructive.count)):** "
                var left = room - Self.fixedCost - Self.fullPlanLine(fullPlan).utf8.count - title.utf8.count
                var named: [String] = []
                for a in destructive {
                    let cost = a.utf8.count + 4
                    guard cost <= left else { break }
                    named.append("`\(a)`")
                    left -= cost
                }
                let rest = destructive.count - named.count
                out += [title + named.joined(separator: ", ") + (rest > 0 ? ", and \(rest) more" : ""), ""]
            }
            out.append(Self.fullPlanLine(fullPlan))
            return out
        }
    }
}
