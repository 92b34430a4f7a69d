/// The terminal view of a plan: Terraform-like symbols, field-level diffs,
/// the rollout, and a closing summary. Pure: `Plan -> String`.
public struct TextRenderer: Sendable {
    public var color: Bool
    public init(color: Bool = false) { self.color = color }

    enum Style: String { case green = "32", yellow = "33", red = "31", magenta = "35", bold = "1", dim = "2", cyan = "36" }

    func paint(_ s: String, _ style: Style) -> String { color ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s }

    static func symbol(_ a: Action) -> String {
        switch a {
        case .create: return "+"
        case .update, .newRevision: return "~"
        case .replace: return "-/+"
        case .delete: return "-"
        case .noop: return " "
        }
    }

    func style(_ a: Action) -> Style {
        switch a {
        case .create: return .green
        case .update, .newRevision: return .yellow
        case .replace: return .magenta
        case .delete: return .red
        case .noop: return .dim
        }
    }

    static func headline(_ c: Change) -> String {
        switch c.action {
        case .create:
            if c.address.kind == .taskDefinition, let to = c.revisionTo { return "create \(to)" }
            if c.address.kind == .service, let to = c.revisionTo { return "create, running \(to)" }
            return "create"
        case .newRevision: return "new revision " + [c.revisionFrom, c.revisionTo].compactMap { $0 }.joined(separator: " → ")
        case .update:
            if let from = c.revisionFrom, let to = c.revisionTo { return "update in place, \(from) → \(to)" + (c.reason.map { "; \($0)" } ?? "") }
            return "update in place" + (c.reason.map { " (\($0))" } ?? "")
        case .replace: return "replace: " + (c.reason ?? "")
        case .delete: return "delete" + (c.reason.map { ": \($0)" } ?? "")
        case .noop: return "no changes"
        }
    }

    public func render(_ plan: Plan) -> String {
        var out: [String] = [paint(PlanHeader.location(plan), .dim)]
        if let banner = PlanHeader.deletionBanner(plan) { out.append(paint("WARNING: " + banner, .red)) }
        out.append("")
        let visible = plan.changes.filter { $0.action != .noop }
        if visible.isEmpty && plan.rollouts.isEmpty {
            out.append(paint("No changes.", .bold) + " The configuration matches \(plan.backend == "local" ? "the local state" : "ECS").")
        } else if !visible.isEmpty {
            out.append("ecsplan will perform the following actions:")
            out.append("")
            // Each change's block is independent: a first plan of 10 000 services
            // is 28 MB of text, rendered on all cores and joined in order.
            out += Parallel.map(visible, minimumChunk: 256) { block($0) }
        }
        let moving = plan.rollouts.filter { $0.tasksToReplace > 0 || $0.tasksToStart > 0 }
        if !moving.isEmpty {
            out.append("")
            out.append(paint("Rollout:", .bold))
            out += Parallel.map(moving, minimumChunk: 256) { r in
                Self.rolloutLines(r).map { "  " + $0 }.joined(separator: "\n")
            }
        }
        if !plan.notes.isEmpty {
            out.append("")
            for n in plan.notes { out.append(paint("Note: ", .bold) + n) }
        }
        if !plan.errors.isEmpty {
            out.append("")
            for e in plan.errors { out.append(paint("Error: ", .red) + e) }
        }
        out.append("")
        out.append(paint(Self.summaryLine(plan), .bold))
        var text = out.joined(separator: "\n")
        text += "\n"  // in place: a large plan's text is not copied again
        return text
    }

    /// `body`'s text in `style` when colouring.
    func paint(_ out: inout TextBuffer, _ style: Style, _ body: (inout TextBuffer) -> Void) {
        guard color else { return body(&out) }
        out.append("\u{1B}[" + style.rawValue + "m")
        body(&out)
        out.append("\u{1B}[0m")
    }

    /// One change: its headline, then what runs before it, its fields,
    /// deregistrations and ignored fields, one line each.
    func block(_ c: Change) -> String {
        var out = TextBuffer(capacity: 128 + 96 * c.fields.count)
        out.append("  ")
        paint(&out, style(c.action)) {
            $0.append(Self.symbol(c.action))
            $0.append(" ")
            $0.append(c.address.description)
        }
        out.append(" (")
        out.append(Self.headline(c))
        out.append(")")
        if c.hasDrift { paint(&out, .cyan) { $0.append("  [drift]") } }
        // Ahead of the service's own changes, as apply runs them.
        for step in c.runBefore ?? [] {
            out.append("\n      ")
            paint(&out, .cyan) { $0.append("» " + step.headline) }
            for f in step.overrides {
                out.append("\n          ")
                line(f, to: &out)
            }
        }
        for f in c.fields {
            out.append("\n      ")
            line(f, to: &out)
        }
        for r in c.deregister {
            out.append("\n      ")
            paint(&out, .red) { $0.append("- deregister " + r) }
        }
        for i in c.ignored {
            out.append("\n      ")
            paint(&out, .dim) { $0.append("# " + i) }
        }
        return out.string
    }

    func line(_ f: FieldChange) -> String {
        var out = TextBuffer()
        line(f, to: &out)
        return out.string
    }

    /// `+ path: value`, `- path: value` or `~ path: before → after`, with the drift note.
    func line(_ f: FieldChange, to out: inout TextBuffer) {
        if f.sensitive {
            paint(&out, .yellow) {
                $0.append("~ ")
                $0.append(f.path)
                $0.append(": (sensitive, ")
                $0.append(f.kind == "add" ? "added)" : f.kind == "remove" ? "removed)" : "changed)")
            }
        } else {
            switch f.kind {
            case "add", "remove":
                let (sign, value, style): (String, Value?, Style) =
                    f.kind == "add" ? ("+ ", f.after, .green) : ("- ", f.before, .red)
                paint(&out, style) {
                    $0.append(sign)
                    $0.append(f.path)
                    $0.append(": ")
                    $0.append(value ?? .null)
                }
            default:
                paint(&out, .yellow) {
                    $0.append("~ ")
                    $0.append(f.path)
                    $0.append(": ")
                    $0.append(f.before ?? .null)
                    $0.append(" → ")
                    $0.append(f.after ?? .null)
                }
            }
        }
        if f.drift { paint(&out, .cyan) { $0.append("  (drift: changed outside ecsplan)") } }
    }

    /// The verdict line, then what the preview adds: the steps with their
    /// estimated time, and the capacity at the peak.
    static func rolloutLines(_ r: Rollout) -> [String] {
        let current = r.current.isEmpty ? "no tasks yet" : r.current.map { c in
            "\(c.revision): \(c.running) running" + (c.pending > 0 ? ", \(c.pending) pending" : "")
        }.joined(separator: "; ")
        var first = "\(r.address) → \(r.targetRevision) (\(r.current.isEmpty ? "" : "now ")\(current)): \(RolloutVerdict.sentence(r))"
        if !r.feasible { first += " — INFEASIBLE" }
        guard let p = r.preview else {
            return [first, "    keeps ≥ \(r.minimumHealthy) running, ≤ \(r.maximumTasks) in total"]
        }
        var lines = [first]
        if !p.steps.isEmpty {
            lines.append("    steps: " + RolloutVerdict.steps(p) + " (about \(RolloutPreview.duration(p.estimatedSeconds)))")
        }
        var bounds = p.strategy == DeploymentStrategySettings.Kind.rolling.rawValue && r.tasksToReplace > 0 && !p.recreatesService
            ? "keeps ≥ \(r.minimumHealthy) running, ≤ \(r.maximumTasks) in total; " : ""
        bounds += RolloutVerdict.capacity(r, p)
        if !p.capacityProviders.isEmpty { bounds += "; new tasks on " + RolloutVerdict.providers(p) }
        lines.append("    " + bounds)
        return lines
    }

    public static func summaryLine(_ plan: Plan) -> String {
        let s = plan.summary
        var text = "Plan: \(s.create) to create, \(s.update) to update, \(s.replace) to replace, \(s.delete) to delete; \(s.tasksToReplace) task\(s.tasksToReplace == 1 ? "" : "s") to replace."
        if !plan.errors.isEmpty { text += " \(plan.errors.count) error\(plan.errors.count == 1 ? "" : "s"): this plan cannot be applied." }
        return text
    }
}
