import ArgumentParser
import ECSPlanCore

/// `github` is text plus GitHub Actions annotations for every error.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, markdown, github
}

/// What to plan: targets and pruning, shared by plan and apply.
struct PlanningOptions: ParsableArguments {
    @Option(name: .customLong("target"), help: ArgumentHelp("Limit to this address and what it depends on (repeatable): cluster/NAME, task-definition/FAMILY, service/CLUSTER/NAME; * and ? match within a part (service/prod/*). It must match an address in the configuration or the state. (ECSPLAN_TARGET, comma-separated)", valueName: "address"), completion: AddressCompletion.kind)
    var targets: [String] = []

    @Flag(name: .customLong("prune"), help: "Delete managed objects that are no longer in the configuration. (ECSPLAN_PRUNE)")
    var prune = false

    @Flag(name: .customLong("allow-destroy-all"), help: "With --prune: allow deleting a whole cluster, every managed object, or more than \(DestroyGuard.threshold) objects, and an empty configuration. (ECSPLAN_ALLOW_DESTROY_ALL)")
    var allowDestroyAll = false

    /// An empty configuration is only a request to delete everything with both flags.
    var allowsEmptyConfiguration: Bool { prune && allowDestroyAll }

    mutating func validate() throws {
        for t in targets where Address(parsing: t) == nil {
            throw ValidationError("--target \(t): expected cluster/NAME, task-definition/FAMILY or service/CLUSTER/NAME")
        }
        if targets.isEmpty {
            try FlagValues.targets()
            targets = Env.list("target")
        }
        if !prune { prune = try Env.bool("prune") }
        if !allowDestroyAll { allowDestroyAll = try Env.bool("allow-destroy-all") }
    }

    var addresses: [Address] { targets.compactMap(Address.init(parsing:)) }

    /// The targets checked against the configuration and the state, patterns
    /// expanded; a target that matches nothing is an error naming the nearest.
    func resolvedAddresses(config: Config, world: World) throws -> [Address] {
        guard !targets.isEmpty else { return [] }
        return try TargetResolver(config: config, world: world).resolve(addresses)
    }

    /// Refuses a plan whose deletions are too large to be made by accident,
    /// unless --allow-destroy-all. Called before anything is written or applied.
    func checkDeletions(_ plan: Plan, world: World) throws {
        guard !allowDestroyAll else { return }
        let reasons = DestroyGuard.reasons(for: plan, world: world)
        guard !reasons.isEmpty else { return }
        throw CLIError("refusing to prune: " + reasons.joined(separator: "; "),
                       hint: "the plan lists every deletion; if they are intended, run again with --allow-destroy-all, "
                           + "otherwise check the configuration paths. Nothing was changed.")
    }
}

enum Rendering {
    static func render(_ plan: Plan, format: OutputFormat, color: Bool, fullPlan: String? = nil) throws -> String {
        switch format {
        case .text, .github: return TextRenderer(color: color).render(plan)
        case .json: return JSONRenderer.render(plan)
        case .markdown: return MarkdownRenderer.render(plan, options: .init(fullPlan: fullPlan))
        }
    }
}
