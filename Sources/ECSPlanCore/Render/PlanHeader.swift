/// The lines every view of a plan opens with: where it applies (backend,
/// region, account, state lineage and serial), and a banner when it destroys
/// anything, so a reviewer cannot miss either.
public enum PlanHeader {
    /// The account as shown: the local simulator has none, and a remote one
    /// that could not be asked says so rather than showing nothing.
    public static func account(_ plan: Plan) -> String {
        plan.account ?? (plan.backend == "local" ? "(simulated)" : "(unknown)")
    }

    /// `lineage 1f0c…, serial 7`, or that the state does not exist yet.
    public static func state(_ plan: Plan) -> String {
        plan.lineage.isEmpty && plan.serial == 0 ? "a new state" : "state \(plan.lineage), serial \(plan.serial)"
    }

    public static func location(_ plan: Plan) -> String {
        "Backend \(plan.backend), region \(plan.region.isEmpty ? "(unknown)" : plan.region), account \(account(plan)); \(state(plan))."
    }

    /// Deleted and replaced addresses, in plan order.
    public static func destroyed(_ plan: Plan) -> (deleted: [Address], replaced: [Address]) {
        (plan.changes.filter { $0.action == .delete }.map(\.address), plan.changes.filter { $0.action == .replace }.map(\.address))
    }

    /// "This plan deletes 2 objects (a, b) and replaces 1 (c: deleted, then created again).", or nil.
    /// Addresses are named up to `naming` of each; past that, only counted.
    public static func deletionBanner(_ plan: Plan, naming limit: Int = 10) -> String? {
        let (deleted, replaced) = destroyed(plan)
        guard !deleted.isEmpty || !replaced.isEmpty else { return nil }
        func names(_ a: [Address]) -> String {
            a.count <= limit ? " (" + a.map(\.description).joined(separator: ", ") + ")" : ""
        }
        var parts: [String] = []
        if !deleted.isEmpty { parts.append("deletes \(deleted.count) object\(deleted.count == 1 ? "" : "s")" + names(deleted)) }
        if !replaced.isEmpty {
            parts.append("replaces \(replaced.count) object\(replaced.count == 1 ? "" : "s")" + names(replaced) + ", deleting then creating \(replaced.count == 1 ? "it" : "them")")
        }
        return "This plan " + parts.joined(separator: " and ") + "."
    }
}
