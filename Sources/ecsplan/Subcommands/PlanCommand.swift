import ArgumentParser
import ECSPlanCore
import Foundation

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change.",
        discussion: """
            Loads and validates the configuration, reads the current state from the backend, and \
            prints the changes per address (create, update in place, new revision, replace, delete) \
            with field-level diffs and the rollout of every service whose tasks move.

            Exit codes: 0 success, 1 error. With --detailed-exitcode: 0 no changes, 2 changes, 1 error.
            With --format json, an error is a JSON document on stdout (as `validate --format json` \
            prints); --format github (or running on GitHub Actions) adds annotations for errors.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var planning: PlanningOptions
    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("format"), help: "Output format. Default: text. (ECSPLAN_FORMAT)")
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    @Option(help: ArgumentHelp("Also save the plan, for `ecsplan apply --plan FILE` anywhere: it holds all apply needs (mode 0600). (ECSPLAN_OUT)", valueName: "file"))
    var out: String?

    @Flag(name: .customLong("detailed-exitcode"), help: "Exit 2 when there are changes, 0 when there are none, 1 on error. (ECSPLAN_DETAILED_EXITCODE)")
    var detailedExitcode = false

    mutating func validate() throws {
        if formatOption == nil { formatOption = try Env.value("format") }
        if out == nil { out = Env.string("out") }
        if !detailedExitcode { detailedExitcode = try Env.bool("detailed-exitcode") }
    }

    func run() async throws {
        let output = ErrorOutput(command: "plan", format: format)
        try await output.run(state: global.state) {
            // A plan that cannot be saved is refused before the work of making it.
            if let out { try AtomicFile.checkWritable(out, what: "the plan file") }
            let backend = try global.openBackend(create: false)
            let loaded: (Config, World)?
            if let backend {
                loaded = try await backend.provider.readWorld(loading: { config.loadValidated(quietNotes: true, allowEmpty: planning.allowsEmptyConfiguration) },
                                                     scope: { ReadScope(config: $0, prune: planning.prune) })
            } else {
                var empty = World.empty()
                empty.region = global.resolvedRegion  // where the state will be, for the plan's header
                loaded = config.loadValidated(quietNotes: true, allowEmpty: planning.allowsEmptyConfiguration).map { ($0, empty) }
            }
            guard let (cfg, world) = loaded else { throw ExitCode(1) }
            let targets = try planning.resolvedAddresses(config: cfg, world: world)
            let plan = Planner.plan(PlanRequest(config: cfg, world: world, backend: global.backend.rawValue, configPaths: config.resolvedPaths,
                                                targets: targets, prune: planning.prune))
            KeptUntilExit.keep(cfg, world, plan)
            Console.out(try Rendering.render(plan, format: format, color: global.useColor, fullPlan: FullPlanLocation.describe(out: out)))
            try planning.checkDeletions(plan, world: world)
            if let out {
                try SavedPlan.write(plan, to: out)
                if format == .text || format == .github { Console.error("Saved the plan to \(out); apply it with: ecsplan apply --plan \(out)") }
            }
            if !plan.errors.isEmpty {
                // The plan itself lists its errors (in JSON too); annotations point a pull request at them.
                if output.annotations { Console.error(GitHubAnnotations.render(plan.errors.map { Diagnostic(.error, at: nil, path: "", $0) })) }
                throw ExitCode(1)
            }
            if detailedExitcode && plan.hasChanges { throw ExitCode(2) }
        }
    }
}
