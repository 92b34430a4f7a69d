import ArgumentParser
import ECSPlanCore
import Foundation

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show services as ECS runs them: counts, revisions, deployments, events.",
        discussion: """
            One line per service by default: running/desired and pending tasks, the revisions its \
            tasks run and how many each, the deployment strategy and the primary deployment's \
            rolloutState. --details adds every deployment (rolloutState, running/desired and its \
            percentage, failed launches, ECS's reason), the minimum healthy and maximum percents, \
            and the last events. --format json prints all of it as a JSON array, keys sorted, for scripts.

            ADDR is service/CLUSTER/NAME, a pattern (service/prod/*) or cluster/NAME for its \
            services; none means every service in the state. Exit codes: 0, or 1 when an address \
            matches nothing (the nearest known ones are named) or the state cannot be read.

            Example:
              ecsplan status service/prod/web --details
              ecsplan status cluster/prod --format json | jq '.[] | select(.pendingCount > 0)'
            """
    )

    @Argument(help: "service/CLUSTER/NAME, a pattern such as service/prod/*, or cluster/NAME. Default: every service.",
              completion: AddressCompletion.kind)
    var addresses: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, json }

    @Option(name: .customLong("format"), help: "text or json. Default: text. (ECSPLAN_FORMAT)")
    var formatOption: Format?

    @Flag(help: "Every deployment, the percents and the last events under each service's line. (ECSPLAN_DETAILS)")
    var details = false

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        if formatOption == nil { formatOption = try Env.value("format") }
        if !details { details = try Env.bool("details") }
    }

    func run() async throws {
        try await reportingErrors(state: global.state) {
            guard let backend = try global.openBackend(create: false) else {
                throw CLIError("no state at \(global.state)", hint: "run `ecsplan apply` first")
            }
            let world = try await backend.provider.readWorld(ReadScope(clusters: ServiceSelection.clusters(addresses), families: []))
            let services = try ServiceSelection.resolve(addresses, in: world)
            let names = Dictionary(world.taskDefinitions.map { ($0.arn, $0.name) }, uniquingKeysWith: { a, _ in a })
            let statuses = services.map { ServiceStatus($0, tasks: world.tasks, revisionNames: names) }
            if formatOption == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(statuses), as: UTF8.self))
            } else if statuses.isEmpty {
                Console.out("No services.")
            } else {
                Console.out(statuses.map { details ? $0.details : $0.summary }.joined(separator: "\n"))
            }
        }
    }
}
