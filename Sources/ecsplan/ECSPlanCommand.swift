import ArgumentParser
import ECSPlanCore

@main
struct ECSPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecsplan",
        abstract: "Declarative plan/apply for Amazon ECS clusters, task definitions and services.",
        discussion: """
            Describe clusters, task definitions and services in YAML, run `ecsplan plan` to see \
            exactly what would change, and `ecsplan apply` to make it so, with rolling task \
            replacement that respects each service's deployment percents.

            Every option can also be set from the environment as ECSPLAN_<OPTION> \
            (for example ECSPLAN_BACKEND=ecs, ECSPLAN_STATE=/path/state.db, ECSPLAN_AUTO_APPROVE=1).

            Shell completion (addresses included): ecsplan --generate-completion-script bash|zsh|fish
            """,
        version: ECSPlanVersion.current,
        subcommands: [Validate.self, PlanCommand.self, ApplyCommand.self, ShowCommand.self, StateCommand.self, ImportCommand.self]
    )
}
