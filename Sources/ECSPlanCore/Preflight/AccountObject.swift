/// Something in the AWS account that a configuration names and that ECS needs
/// when it starts a task, in the form it is looked up by. Hashable, so each is
/// asked about once however many places name it. A nil region is the region
/// ecsplan runs in.
public enum AccountObject: Hashable, Sendable, CustomStringConvertible {
    /// An IAM role by name (a role ARN's last path component).
    case role(name: String)
    case image(ECRImage)
    /// An SSM parameter; an ARN whose name could be `db` or `/db` gives both spellings.
    case parameter(names: [String], region: String?)
    /// A Secrets Manager secret by ARN (any JSON key, stage or version suffix removed) or name.
    case secret(id: String, region: String?)
    case logGroup(name: String, region: String?)
    case targetGroup(arn: String)
    case subnet(id: String)
    case securityGroup(id: String)
    /// Named, but not something verify can look up; the reason says why.
    case unchecked(String, reason: String)

    /// What kind of thing it is, for the summary.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case role, image, parameter, secret, logGroup, targetGroup, subnet, securityGroup, unchecked

        /// "roles", "images", …: a count in the summary names them so.
        public var plural: String {
            switch self {
            case .role: return "roles"
            case .image: return "images"
            case .parameter: return "SSM parameters"
            case .secret: return "secrets"
            case .logGroup: return "log groups"
            case .targetGroup: return "target groups"
            case .subnet: return "subnets"
            case .securityGroup: return "security groups"
            case .unchecked: return "others"
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .role: return .role
        case .image: return .image
        case .parameter: return .parameter
        case .secret: return .secret
        case .logGroup: return .logGroup
        case .targetGroup: return .targetGroup
        case .subnet: return .subnet
        case .securityGroup: return .securityGroup
        case .unchecked: return .unchecked
        }
    }

    /// How a message names it: `role 'ecsTaskExecutionRole'`, `image web:1.4 in ECR 123456789012 (eu-west-1)`.
    public var description: String {
        switch self {
        case .role(let name): return "role '\(name)'"
        case .image(let image):
            return "image \(image) in ECR registry \(image.registryId) (\(image.region))"
        case .parameter(let names, let region):
            return "SSM parameter '\(names.first ?? "")'" + Self.inRegion(region)
        case .secret(let id, let region): return "secret '\(id)'" + Self.inRegion(region)
        case .logGroup(let name, let region): return "log group '\(name)'" + Self.inRegion(region)
        case .targetGroup(let arn): return "target group \(arn)"
        case .subnet(let id): return "subnet \(id)"
        case .securityGroup(let id): return "security group \(id)"
        case .unchecked(let what, _): return what
        }
    }

    private static func inRegion(_ region: String?) -> String { region.map { " (\($0))" } ?? "" }
}
