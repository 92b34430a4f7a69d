import ECSPlanCore
import Foundation

/// What an interrupted apply did and what it left, so the user knows where it
/// stopped without reading the whole log: the steps recorded as done, and the
/// changes and rollouts a plan made now still shows.
struct InterruptReport {
    var signal: String
    var done: [String]
    /// The plan made again after stopping; nil when the state could not be read.
    var remaining: Plan?

    var text: String {
        var lines = ["interrupted by \(signal) after the step in flight; the state is consistent: run `ecsplan apply` again to finish the remaining work"]
        lines.append("  done: " + (done.isEmpty ? "nothing" : "\(done.count) step\(done.count == 1 ? "" : "s"): " + Self.list(done)))
        if let remaining {
            let changes = remaining.changes.filter { $0.action != .noop }.map { "\($0.address) (\($0.action.rawValue))" }
            let rollouts = remaining.rollouts.filter { $0.tasksToReplace > 0 || $0.tasksToStart > 0 }.map(\.address.description)
            var parts: [String] = []
            if !changes.isEmpty { parts.append("\(changes.count) change\(changes.count == 1 ? "" : "s"): " + Self.list(changes)) }
            if !rollouts.isEmpty { parts.append("\(rollouts.count) rollout\(rollouts.count == 1 ? "" : "s"): " + Self.list(rollouts)) }
            lines.append("  remaining: " + (parts.isEmpty ? "nothing (a rollout may still be settling)" : parts.joined(separator: "; ")))
        } else {
            lines.append("  remaining: run `ecsplan plan` to see it")
        }
        return lines.joined(separator: "\n")
    }

    /// The first few, then how many more: a 400-service apply stays readable.
    static func list(_ items: [String], limit: Int = 5) -> String {
        items.count <= limit ? items.joined(separator: ", ") : items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
}

/// The steps an apply finished, collected from its events (which arrive from many tasks).
final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func record(_ event: ApplyEvent) {
        guard event.kind == .stepDone || event.kind == .serviceDone else { return }
        lock.lock()
        items.append((event.address.map { "\($0) " } ?? "") + event.message)
        lock.unlock()
    }

    var done: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
