/// How values in a task definition or service name objects in the account.
extension AccountObject {
    /// A container secret's `valueFrom`: a Secrets Manager ARN (with an optional
    /// `:json-key:version-stage:version-id` suffix, which is not part of the
    /// secret's id), an SSM parameter ARN, or an SSM parameter name (ECS takes a
    /// bare name for a parameter in the task's own region).
    public static func secretSource(_ valueFrom: String) -> AccountObject {
        guard let arn = ARN(valueFrom) else { return .parameter(names: [valueFrom], region: nil) }
        switch arn.service {
        case "secretsmanager":
            // secret:NAME-AbCdEf[:json-key:version-stage:version-id]
            let parts = arn.resource.split(separator: ":", omittingEmptySubsequences: false)
            let id =
                "arn:\(arn.partition):secretsmanager:\(arn.region):\(arn.account):"
                + parts.prefix(2).joined(separator: ":")
            return .secret(id: id, region: arn.regionIfAny)
        case "ssm":
            guard arn.resource.hasPrefix("parameter/") else { return unreadable(valueFrom) }
            return .parameter(
                names: parameterNames(
                    fromARNPath: String(arn.resource.dropFirst("parameter/".count))),
                region: arn.regionIfAny)
        default:
            return unreadable(valueFrom)
        }
    }

    /// `repositoryCredentials.credentialsParameter`: a Secrets Manager secret, by ARN or name.
    public static func registrySecret(_ value: String) -> AccountObject {
        guard let arn = ARN(value) else { return .secret(id: value, region: nil) }
        guard arn.service == "secretsmanager" else { return unreadable(value) }
        return secretSource(value)
    }

    /// A task or execution role, by ARN (`arn:aws:iam::ACCOUNT:role/PATH/NAME`) or name.
    public static func role(arnOrName value: String) -> AccountObject {
        guard let arn = ARN(value) else { return .role(name: value) }
        guard arn.service == "iam", arn.resource.hasPrefix("role/"),
            let name = arn.resource.split(separator: "/").last, arn.resource.count > "role/".count
        else {
            return .unchecked(
                "role '\(value)'",
                reason: "it is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)")
        }
        return .role(name: String(name))
    }

    /// A container image: ECR's private registries can be asked; others cannot.
    public static func image(uri: String) -> AccountObject {
        if let image = ECRImage.parse(uri) { return .image(image) }
        return .unchecked("image \(uri)", reason: "it is not in a private ECR registry")
    }

    /// A parameter ARN's path is its name: `parameter/prod/db` is `/prod/db`;
    /// `parameter/db` may be `db` or `/db`, so both are asked for.
    static func parameterNames(fromARNPath path: String) -> [String] {
        path.contains("/") ? ["/" + path] : [path, "/" + path]
    }

    private static func unreadable(_ value: String) -> AccountObject {
        .unchecked(
            "'\(value)'", reason: "it is neither an SSM parameter nor a Secrets Manager secret ARN")
    }
}
