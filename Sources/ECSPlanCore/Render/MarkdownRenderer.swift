/// `--format markdown`, for a pull-request comment: the summary, one folded
/// `<details>` per changed object, and the rollout table. GitHub refuses
/// comments over 65,536 characters, so the output stays within a budget: past
/// it, the rest is summarized by count and action, every replaced or deleted
/// address is still named, and a line says where the full plan is.
public enum MarkdownRenderer {
    public struct Options: Sendable {
        /// Most UTF-8 bytes the output may take. Bytes are the strictest count
        /// (never fewer than characters or UTF-16 units), and 60,000 leaves room
        /// for a sticky-comment marker or a preface a pipeline adds.
        public var budget: Int
        /// Where the whole plan can be read when this one is shortened, e.g.
        /// "the `ecsplan-plan` artifact of this run: URL".
        public var fullPlan: String?

        public init(budget: Int = 60_000, fullPlan: String? = nil) {
            self.budget = budget
            self.fullPlan = fullPlan
        }
    }

    static func emoji(_ a: Action) -> String {
        switch a {
        case .create: return "➕"
        case .update: return "🔧"
        case .newRevision: return "🆕"
        case .replace: return "♻️"
        case .delete: return "🗑️"
        case .noop: return "·"
        }
    }

    static func label(_ a: Action) -> String { emoji(a) + " " + a.rawValue.replacingOccurrences(of: "-", with: " ") }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    static func html(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }

    public static func render(_ plan: Plan, options: Options = Options()) -> String {
        let visible = plan.changes.filter { $0.action != .noop }
        let moving = plan.rollouts.filter { $0.tasksToReplace > 0 || $0.tasksToStart > 0 }
        var doc = MarkdownBudget(limit: options.budget)

        var head = ["### ecsplan: " + TextRenderer.summaryLine(plan).dropFirst("Plan: ".count), "", PlanHeader.location(plan), ""]
        if let banner = PlanHeader.deletionBanner(plan) { head += ["> [!CAUTION]", "> **\(banner)**", ""] }
        if visible.isEmpty && moving.isEmpty { head += ["No changes. The configuration matches the live state.", ""] }
        doc.force(head)

        // Reserved first, so that a long plan can always say what it left out.
        let destructive = visible.filter { $0.action == .replace || $0.action == .delete }.map(\.address)
        doc.reserve(min(Omitted.worstCase(destructive: destructive, fullPlan: options.fullPlan), options.budget / 2))

        // In order of importance; once one block does not fit, nothing after it is
        // shown, and the closing lines count what was left out.
        let errorsShown = doc.fill(plan.errors.lazy.map { ["> **Error:** \($0)", ""] })
        let changesShown = doc.fill(visible.lazy.map(block))
        let header = ["#### Rollout", "", "| Service | Target | Now | What happens | Steps | Peak | Est. time | Fits |",
                      "|---|---|---|---|---|---:|---:|---|"]
        let rolloutsShown = doc.fill(moving.lazy.enumerated().map { i, r in (i == 0 ? header : []) + [row(r)] })
        if rolloutsShown > 0 { doc.force([""]) }
        let notesShown = doc.fill(plan.notes.lazy.map { ["> **Note:** \($0)", ""] })
        // The picture last: it repeats the table, so it is the first thing to leave out.
        let chart = rolloutsShown == moving.count ? RolloutTimeline.lines(moving) : []
        let timelineShown = chart.isEmpty || doc.fill([chart]) == 1
        let omitted = Omitted(changes: Array(visible[changesShown...]), rollouts: Array(moving[rolloutsShown...]),
                              errors: plan.errors.count - errorsShown, notes: plan.notes.count - notesShown, timeline: !timelineShown)
        if omitted.any {
            doc.release()
            doc.force(omitted.lines(fullPlan: options.fullPlan, room: doc.room))
        }
        return doc.text
    }

    /// One object, folded: the summary line names it, the diff opens on a click.
    static func block(_ c: Change) -> [String] {
        // The headline names the action (`delete: not in the configuration`); the emoji marks it at a glance.
        let summary = "\(emoji(c.action)) <code>\(c.address)</code>: \(html(TextRenderer.headline(c)))\(c.hasDrift ? " (drift)" : "")"
        let steps = c.runBefore ?? []
        guard !c.fields.isEmpty || !c.deregister.isEmpty || !c.ignored.isEmpty || !steps.isEmpty else { return ["- " + summary, ""] }
        var out = ["<details><summary>\(summary)</summary>", ""]
        // Ahead of the diff, as apply runs them before the service's update.
        for step in steps { out.append("- **\(html(step.headline))**") }
        if !steps.isEmpty { out.append("") }
        out.append("```diff")
        let text = TextRenderer(color: false)
        for step in steps where !step.overrides.isEmpty {
            out.append("# \(step.revision) runs with overrides:")
            for f in step.overrides {
                let l = text.line(f)
                out.append(l.hasPrefix("~") ? "!" + l.dropFirst() : l)
            }
        }
        for f in c.fields {
            // `diff` highlighting keys on the first column: + added, - removed, ! changed.
            let l = text.line(f)
            out.append(l.hasPrefix("~") ? "!" + l.dropFirst() : l)
        }
        for r in c.deregister { out.append("- deregister \(r)") }
        for i in c.ignored { out.append("# \(i)") }
        out += ["```", "</details>", ""]
        return out
    }

    static func row(_ r: Rollout) -> String {
        let now = r.current.map { "\($0.revision) ×\($0.running + $0.pending)" }.joined(separator: ", ")
        let steps = r.preview.map(RolloutVerdict.steps) ?? r.batches.map(String.init).joined(separator: ", ")
        let peak = r.preview.map { "\($0.peakTasks)" } ?? "–"
        let time = r.preview.flatMap { $0.steps.isEmpty ? nil : "~" + RolloutPreview.duration($0.estimatedSeconds) } ?? "–"
        let fits = !r.feasible ? "❌" : r.preview?.capacityChecked == false ? "– not checked" : "✅"
        var what = RolloutVerdict.sentence(r)
        if let p = r.preview, !p.capacityProviders.isEmpty { what += "; new tasks on " + RolloutVerdict.providers(p) }
        return "| `\(r.address)` | \(r.targetRevision) | \(now.isEmpty ? "–" : now) | \(cell(what)) | \(cell(steps.isEmpty ? "–" : steps)) | "
            + "\(peak) | \(time) | \(fits) |"
    }
}
