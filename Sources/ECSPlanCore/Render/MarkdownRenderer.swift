import Foundation
/// `--format markdown`, for a pull-request comment: a summary table, one
/// collapsible section per changed object, and the rollout table.
public enum MarkdownRenderer {
    static func label(_ a: Action) -> String {
        switch a {
        case .create: return "➕ create"
        case .update: return "🔧 update"
        case .newRevision: return "🆕 new revision"
        case .replace: return "♻️ replace"
        case .delete: return "🗑️ delete"
        case .noop: return "no-op"
        }
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    public static func render(_ plan: Plan) -> String {
        var out: [String] = []
        out.append("### ecsplan: " + TextRenderer.summaryLine(plan).dropFirst("Plan: ".count))
        out.append("")
        let visible = plan.changes.filter { $0.action != .noop }
        if visible.isEmpty && plan.rollouts.isEmpty {
            out.append("No changes. The configuration matches the live state.")
        }
        if !visible.isEmpty {
            out.append("| Action | Address | Detail |")
            out.append("|---|---|---|")
            for c in visible {
                out.append("| \(label(c.action)) | `\(c.address)` | \(cell(TextRenderer.headline(c)))\(c.hasDrift ? " (drift)" : "") |")
            }
            out.append("")
            let text = TextRenderer(color: false)
            for c in visible where !c.fields.isEmpty || !c.deregister.isEmpty || !c.ignored.isEmpty {
                out.append("<details><summary><code>\(c.address)</code>: \(TextRenderer.headline(c).replacingOccurrences(of: "<", with: "&lt;"))</summary>")
                out.append("")
                out.append("```diff")
                for f in c.fields {
                    // `diff` highlighting keys on the first column: + added, - removed, ! changed.
                    let l = text.line(f)
                    out.append(l.hasPrefix("~") ? "!" + l.dropFirst() : l)
                }
                for r in c.deregister { out.append("- deregister \(r)") }
                for i in c.ignored { out.append("# \(i)") }
                out.append("```")
                out.append("</details>")
                out.append("")
            }
        }
        let moving = plan.rollouts.filter { $0.tasksToReplace > 0 || $0.tasksToStart > 0 }
        if !moving.isEmpty {
            out.append("#### Rollout")
            out.append("")
            out.append("| Service | Target | Now | Replace | Start | Batches | Healthy ≥ / total ≤ | Feasible |")
            out.append("|---|---|---|---:|---:|---|---|---|")
            for r in moving {
                let now = r.current.map { "\($0.revision) ×\($0.running + $0.pending)" }.joined(separator: ", ")
                let batches = r.batches.map(String.init).joined(separator: ", ")
                out.append("| `\(r.address)` | \(r.targetRevision) | \(now.isEmpty ? "–" : now) | \(r.tasksToReplace) | \(r.tasksToStart) | \(batches.isEmpty ? "–" : batches) | \(r.minimumHealthy) / \(r.maximumTasks) | \(r.feasible ? "✅" : "❌") |")
            }
            out.append("")
        }
        for n in plan.notes { out.append("> **Note:** \(n)") }
        if !plan.notes.isEmpty { out.append("") }
        for e in plan.errors { out.append("> **Error:** \(e)") }
        if !plan.errors.isEmpty { out.append("") }
        return out.joined(separator: "\n")
    }
}
