import ArgumentParser
import ECSPlanCore

enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, markdown
}

/// What to plan: targets and pruning, shared by plan and apply.
struct PlanningOptions: ParsableArguments {
    @Option(name: .customLong("target"), help: ArgumentHelp("Limit to this address and what it depends on (repeatable): cluster/NAME, task-definition/FAMILY, service/CLUSTER/NAME. (ECSPLAN_TARGET, comma-separated)", valueName: "address"), completion: AddressCompletion.kind)
    var targets: [String] = []

    @Flag(name: .customLong("prune"), help: "Delete managed objects that are no longer in the configuration. (ECSPLAN_PRUNE)")
    var prune = false

    mutating func validate() throws {
        var fromEnvironment = false
        if targets.isEmpty {
            targets = Env.list("target")
            fromEnvironment = !targets.isEmpty
        }
        if !prune { prune = try Env.bool("prune") }
        for t in targets where Address(parsing: t) == nil {
            let expected = "cluster/NAME, task-definition/FAMILY or service/CLUSTER/NAME"
            if fromEnvironment { throw InvalidVariable(variable: Env.name("target"), value: t, flag: "target", expected: expected) }
            throw ValidationError("--target \(t): expected \(expected)")
        }
    }

    var addresses: [Address] { targets.compactMap(Address.init(parsing:)) }
}

enum Rendering {
    static func render(_ plan: Plan, format: OutputFormat, color: Bool) throws -> String {
        switch format {
        case .text: return TextRenderer(color: color).render(plan)
        case .json: return JSONRenderer.render(plan)
        case .markdown: return MarkdownRenderer.render(plan)
        }
    }
}
