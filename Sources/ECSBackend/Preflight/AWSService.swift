import Foundation

/// An AWS service verify calls: how its endpoint is found and how requests to
/// it are signed.
struct AWSService: Sendable {
    /// The SDK's service id, whose upper-cased form names the endpoint
    /// variable (`Secrets Manager` → `AWS_ENDPOINT_URL_SECRETS_MANAGER`).
    var sdkID: String
    /// The SigV4 service name, and the regional endpoint's first label.
    var signingName: String
    /// JSON 1.1's `X-Amz-Target` prefix; nil for the Query protocol.
    var targetPrefix: String?
    /// IAM has one endpoint per partition, signed for that partition's first region.
    var global = false

    static let iam = AWSService(sdkID: "IAM", signingName: "iam", global: true)
    static let ecr = AWSService(
        sdkID: "ECR", signingName: "ecr", targetPrefix: "AmazonEC2ContainerRegistry_V20150921")
    static let ssm = AWSService(sdkID: "SSM", signingName: "ssm", targetPrefix: "AmazonSSM")
    static let secretsManager = AWSService(
        sdkID: "Secrets Manager", signingName: "secretsmanager", targetPrefix: "secretsmanager")
    static let logs = AWSService(
        sdkID: "CloudWatch Logs", signingName: "logs", targetPrefix: "Logs_20140328")
    static let elbv2 = AWSService(
        sdkID: "Elastic Load Balancing v2", signingName: "elasticloadbalancing")
    static let ec2 = AWSService(sdkID: "EC2", signingName: "ec2")

    /// Where and for which region requests go: `AWS_ENDPOINT_URL_<SERVICE>`,
    /// then `AWS_ENDPOINT_URL`; then ECS's own endpoint when that is not AWS's
    /// (a mock such as moto serves every service on one port, as `AccountLookup`
    /// assumes too); else the service's regional (IAM: global) endpoint.
    func address(
        region: String, environment: [String: String], ecsEndpoint: URL?
    ) throws -> (url: URL, signingRegion: String) {
        let signingRegion = global ? Self.globalRegion(for: region) : region
        if let text = ServiceEndpoint.configured(service: sdkID, environment: environment) {
            return (try ServiceEndpoint.parse(text), signingRegion)
        }
        if let ecsEndpoint, !Self.isAWSHost(ecsEndpoint.host ?? "") {
            return (ecsEndpoint, signingRegion)
        }
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        let host: String
        if global {
            host =
                region.hasPrefix("cn-")
                ? "iam.cn-north-1.\(suffix)"
                : region.hasPrefix("us-gov-") ? "iam.us-gov.\(suffix)" : "iam.\(suffix)"
        } else {
            host = "\(signingName).\(region).\(suffix)"
        }
        return (try ServiceEndpoint.parse("https://\(host)"), signingRegion)
    }

    static func globalRegion(for region: String) -> String {
        region.hasPrefix("cn-")
            ? "cn-north-1" : region.hasPrefix("us-gov-") ? "us-gov-west-1" : "us-east-1"
    }

    static func isAWSHost(_ host: String) -> Bool {
        let host = host.lowercased()
        return ["amazonaws.com", "amazonaws.com.cn", "api.aws", "on.aws"].contains {
            host == $0 || host.hasSuffix("." + $0)
        }
    }
}
