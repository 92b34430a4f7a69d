import ECSPlanCore

/// The local backend simulates ECS alone: it has no IAM, ECR, SSM, Secrets
/// Manager, CloudWatch Logs, load balancers or VPCs, so it looks nothing up
/// and says so, rather than claiming that everything exists.
public struct LocalAccountChecker: AccountChecker {
    public static let reason =
        "the local backend simulates ECS only and has no AWS account to look in; "
        + "run verify with --backend ecs against the account you will apply to"

    public init() {}

    public func check(_ objects: [AccountObject]) async -> [AccountObject: AccountCheck] {
        Dictionary(
            objects.map { ($0, AccountCheck.notChecked(Self.reason)) },
            uniquingKeysWith: { first, _ in first })
    }
}
