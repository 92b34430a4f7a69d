import ArgumentParser
import ECSPlanCore
import LocalBackend

/// Local backend only: the outside world the simulated deployment controller
/// consults, so alarms and lifecycle hooks can be tried without AWS.
extension StateCommand.Simulate {
    struct Alarm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a CloudWatch alarm's simulated state (default OK).",
            discussion:
                "A deployment whose deploymentConfiguration.alarms names an alarm in ALARM fails, or rolls back with rollback: true."
        )
        @Argument(help: "The alarm name, as listed in alarms.alarmNames.") var name: String
        @Argument(help: "ALARM or OK.") var state: AlarmState
        @OptionGroup var global: GlobalOptions

        enum AlarmState: String, ExpressibleByArgument, CaseIterable { case ALARM, OK }

        func run() async throws {
            try await reportingErrors(state: global.state) {
                let backend = try LocalBackendAccess.open(global)
                try backend.setAlarmState(name: name, state: state.rawValue)
                Console.out("Alarm \(name) is \(state.rawValue).")
            }
        }
    }

    struct Hook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set what a deployment lifecycle hook answers (default SUCCEEDED).",
            discussion:
                "A hook answering FAILED rolls its deployment back. Each invocation is recorded and shows as a service event in `ecsplan state show`."
        )
        @Argument(help: "The hook's hookTargetArn.") var hookTargetArn: String
        @Argument(help: "SUCCEEDED or FAILED.") var result: HookResult
        @OptionGroup var global: GlobalOptions

        enum HookResult: String, ExpressibleByArgument, CaseIterable { case SUCCEEDED, FAILED }

        func run() async throws {
            try await reportingErrors(state: global.state) {
                let backend = try LocalBackendAccess.open(global)
                try backend.setHookResult(hookTargetArn: hookTargetArn, result: result.rawValue)
                Console.out("Lifecycle hook \(hookTargetArn) answers \(result.rawValue).")
            }
        }
    }
}
