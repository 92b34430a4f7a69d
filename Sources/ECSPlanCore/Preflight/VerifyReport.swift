/// What `ecsplan verify` found: one diagnostic per place in the configuration
/// that names a missing or unusable object (an error), or one verify could not
/// look up (a note), each at the file:line:col of the value and saying what to do.
public struct VerifyReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Distinct objects looked up, and how many of them were not found or not usable.
    public var checked: Int
    public var problems: Int
    public var notChecked: Int

    public init(references: [AccountReference], results: [AccountObject: AccountCheck]) {
        var diagnostics: [Diagnostic] = []
        for reference in references {
            guard let result = results[reference.object] else { continue }
            if let d = Self.diagnostic(reference, result) { diagnostics.append(d) }
        }
        self.diagnostics = diagnostics.sortedByPosition()
        let outcomes = Set(references.map(\.object)).compactMap { results[$0] }
        checked = outcomes.filter { if case .notChecked = $0 { false } else { true } }.count
        problems =
            outcomes.filter {
                switch $0 {
                case .missing, .unusable, .denied, .failed: true
                default: false
                }
            }.count
        notChecked = outcomes.count - checked
    }

    public var passed: Bool { !diagnostics.hasErrors }

    /// One line for the end of the output.
    public var summary: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String {
            "\(n) \(n == 1 ? one : many)"
        }
        var text = "Looked up \(count(checked, "object", "objects")) the configuration names: "
        text += problems == 0 ? "all exist" : "\(count(problems, "problem", "problems"))"
        if notChecked > 0 { text += "; \(notChecked) not checked" }
        return text + "."
    }

    static func diagnostic(_ reference: AccountReference, _ result: AccountCheck) -> Diagnostic? {
        let object = reference.object
        let message: String
        var severity = Diagnostic.Severity.error
        switch result {
        case .found: return nil
        case .missing(let what):
            message = "\(object) does not exist (\(what)): \(remedy(object.kind))"
        case .unusable(let why): message = "\(object) \(why)"
        case .denied(let error):
            message =
                "could not look up \(object): access denied (\(error)): allow \(permission(object.kind)) to the credentials verify runs with"
        case .failed(let error): message = "could not look up \(object): \(error)"
        case .notChecked(let why):
            severity = .note
            message = "\(object) not checked: \(why)"
        }
        return Diagnostic(severity, at: reference.mark, path: reference.path, message)
    }

    /// What to do about a missing object of `kind`.
    static func remedy(_ kind: AccountObject.Kind) -> String {
        switch kind {
        case .role:
            return
                "create it with a trust policy that lets ecs-tasks.amazonaws.com assume it, or name an existing role"
        case .image: return "push the image, or name a tag or digest that exists"
        case .parameter: return "create it (aws ssm put-parameter), or fix the name"
        case .secret: return "create it in Secrets Manager, or fix the ARN"
        case .logGroup:
            return "create it (aws logs create-log-group), or set awslogs-create-group: \"true\" "
                + "(the execution role then needs logs:CreateLogGroup)"
        case .targetGroup: return "create it, or fix the ARN"
        case .subnet: return "name a subnet of the service's VPC"
        case .securityGroup: return "name a security group of the service's VPC"
        case .unchecked: return "fix the value"
        }
    }

    /// The permission a lookup of `kind` needs, for an access-denied failure.
    public static func permission(_ kind: AccountObject.Kind) -> String {
        switch kind {
        case .role: return "iam:GetRole"
        case .image: return "ecr:DescribeImages"
        case .parameter: return "ssm:GetParameters"
        case .secret: return "secretsmanager:DescribeSecret"
        case .logGroup: return "logs:DescribeLogGroups"
        case .targetGroup: return "elasticloadbalancing:DescribeTargetGroups"
        case .subnet: return "ec2:DescribeSubnets"
        case .securityGroup: return "ec2:DescribeSecurityGroups"
        case .unchecked: return "nothing"
        }
    }
}

extension VerifyReport {
    /// What the references name, by kind: `roles: 2, images: 3`.
    public static func inventory(_ references: [AccountReference]) -> String {
        let byKind = Dictionary(grouping: Set(references.map(\.object)), by: \.kind)
        return AccountObject.Kind.allCases.compactMap { kind in
            byKind[kind].map { "\(kind.plural): \($0.count)" }
        }
        .joined(separator: ", ")
    }
}
