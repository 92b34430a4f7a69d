import ArgumentParser
import ECSBackend
import ECSPlanCore
import Foundation
import LocalBackend

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that what the configuration names exists in the account, before apply.",
        discussion: """
            Loads and validates the configuration as plan does, then looks up in the AWS account what \
            ECS needs when it starts tasks, which it would otherwise report only mid-rollout: task and \
            execution roles (and that their trust policy lets ecs-tasks.amazonaws.com assume them), ECR \
            images and tags, SSM parameters and Secrets Manager secrets named in secrets, \
            secretOptions and repositoryCredentials, awslogs log groups (unless awslogs-create-group is \
            "true"), and the target groups, subnets and security groups of services. Images outside \
            ECR and Classic Load Balancers are reported as not checked.

            Each problem is reported at the file:line:col of the value, with what to do. Exit codes: \
            0 everything exists, 1 a problem (or the configuration is invalid, or a lookup failed: \
            the message names the permission it needs). The local backend has no account to look in: \
            it says what it could not check and exits 0.

            Each service is reached at AWS_ENDPOINT_URL_<SERVICE> (IAM, ECR, SSM, SECRETS_MANAGER, \
            CLOUDWATCH_LOGS, ELASTIC_LOAD_BALANCING_V2, EC2), then AWS_ENDPOINT_URL; when only ECS's \
            endpoint points away from AWS (a local mock), there too.

            Example:
              ecsplan verify --backend ecs --region eu-west-1 deploy/prod
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var global: GlobalOptions

    @Option(
        name: .customLong("format"), help: "text, json or github. Default: text. (ECSPLAN_FORMAT)")
    var formatOption: OutputFormat?
    var format: OutputFormat { formatOption ?? .text }

    mutating func validate() throws {
        if formatOption == nil { formatOption = try Env.value("format") }
        if format == .markdown {
            throw ValidationError(
                "verify prints text, json or github, not markdown (markdown is for plans)")
        }
    }

    func run() async throws {
        let output = ErrorOutput(command: "verify", format: format)
        try await output.run {
            guard let loaded = config.loadValidated(quietNotes: true) else { throw ExitCode(1) }
            let references = loaded.accountReferences
            let checker = try makeChecker()
            let results = await checker.check(references.map(\.object))
            let report = VerifyReport(references: references, results: results)
            // The local backend's notes would annotate every value alike: it checked none.
            if output.annotations && global.backend == .ecs && !report.diagnostics.isEmpty {
                Console.error(GitHubAnnotations.render(report.diagnostics))
            }
            if output.json {
                Console.out(
                    DiagnosticReport(command: "verify", diagnostics: report.diagnostics).json(),
                    newline: false)
            } else if global.backend == .local {
                Console.out(
                    references.isEmpty
                        ? "The configuration names nothing in an AWS account to look up."
                        : "Not checked (\(VerifyReport.inventory(references))): \(LocalAccountChecker.reason)."
                )
            } else {
                for d in report.diagnostics { Console.error(d.description) }
                Console.out(report.summary)
            }
            if !report.passed { throw ExitCode(1) }
        }
    }

    func makeChecker() throws -> any AccountChecker {
        switch global.backend {
        case .local:
            return LocalAccountChecker()
        case .ecs:
            let tuning = try ECSSettings.read()
            let debug = global.debugSink
            let settings = try AWSSettings.resolve(
                region: global.region, endpoint: global.endpointURL, profile: global.profile,
                log: debug)
            debug?(
                "using \(settings.credentials), region \(settings.region), endpoint \(settings.endpoint.absoluteString)"
            )
            return AWSAccountChecker(settings: settings, timeout: tuning.httpTimeout, debug: debug)
        }
    }
}
