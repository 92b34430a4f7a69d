import ECSPlanCore
import Foundation

/// Looks up what a configuration names in the AWS account, before apply: roles
/// (and whether ECS may assume them), ECR images, SSM parameters, secrets, log
/// groups, target groups, subnets and security groups. Lookups are independent
/// and run a few at a time; SSM parameters go ten to a request, the API's most.
public struct AWSAccountChecker: AccountChecker {
    let settings: AWSSettings
    let environment: [String: String]
    let concurrency: Int
    let timeout: TimeInterval
    /// Every lookup's connections, kept alive between them: a check of a
    /// large configuration sends hundreds of requests to a handful of hosts,
    /// and a connection of its own cost each a TCP and a TLS handshake.
    let transport: CurlTransport
    let debug: (@Sendable (String) -> Void)?

    public init(
        settings: AWSSettings, environment: [String: String] = ProcessInfo.processInfo.environment,
        concurrency: Int = 8, timeout: TimeInterval = 30, debug: (@Sendable (String) -> Void)? = nil
    ) {
        self.settings = settings
        self.environment = environment
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        transport = CurlTransport(timeout: timeout, connections: self.concurrency, caBundle: settings.caBundle)
        self.debug = debug
    }

    typealias Answers = [(AccountObject, AccountCheck)]

    public func check(_ objects: [AccountObject]) async -> [AccountObject: AccountCheck] {
        var jobs: [@Sendable () async -> Answers] = []
        var parameters: [String: [AccountObject]] = [:]
        var seen = Set<AccountObject>()
        // Each object once, in the configuration's order.
        for object in objects where seen.insert(object).inserted {
            switch object {
            case .parameter(_, let region):
                parameters[region ?? settings.region, default: []].append(object)
            case .unchecked(_, let reason): jobs.append { [(object, .notChecked(reason))] }
            default: jobs.append { [(object, await self.answer(object))] }
            }
        }
        for (region, group) in parameters {
            // Ten names a request; an object's spellings stay in one request.
            var batch: [AccountObject] = []
            var names = 0
            for object in group {
                let count = object.parameterNames.count
                if names + count > 10 {
                    let full = batch
                    jobs.append { await self.parameters(full, region: region) }
                    batch = []
                    names = 0
                }
                batch.append(object)
                names += count
            }
            if !batch.isEmpty {
                let last = batch
                jobs.append { await self.parameters(last, region: region) }
            }
        }
        return await withTaskGroup(of: Answers.self) { group in
            var results: [AccountObject: AccountCheck] = [:]
            var next = 0
            while next < min(concurrency, jobs.count) {
                group.addTask(operation: jobs[next])
                next += 1
            }
            for await answers in group {
                for (object, check) in answers { results[object] = check }
                if next < jobs.count {
                    group.addTask(operation: jobs[next])
                    next += 1
                }
            }
            return results
        }
    }

    func client(_ service: AWSService, region: String? = nil) throws -> AWSServiceClient {
        let (url, signingRegion) = try service.address(
            region: region ?? settings.region, environment: environment,
            ecsEndpoint: settings.endpoint)
        return AWSServiceClient(
            service: service, endpoint: url, signingRegion: signingRegion,
            credentials: settings.credentials, transport: transport, debug: debug)
    }

    func answer(_ object: AccountObject) async -> AccountCheck {
        do {
            switch object {
            case .role(let name): return try await role(name)
            case .image(let image): return try await self.image(image)
            case .secret(let id, let region): return try await secret(id, region: region)
            case .logGroup(let name, let region): return try await logGroup(name, region: region)
            case .targetGroup(let arn): return try await targetGroup(arn)
            case .subnet(let id):
                return try await ec2(
                    "DescribeSubnets", ("SubnetId.1", id),
                    notFound: ["InvalidSubnetID.NotFound", "InvalidSubnetID.Malformed"])
            case .securityGroup(let id):
                return try await ec2(
                    "DescribeSecurityGroups", ("GroupId.1", id),
                    notFound: [
                        "InvalidGroup.NotFound", "InvalidGroupId.NotFound",
                        "InvalidGroupId.Malformed",
                    ])
            case .parameter, .unchecked:
                return .notChecked("internal: looked up elsewhere")
            }
        } catch {
            return Self.failure(error)
        }
    }

    /// The codes AWS services answer a call the credentials may not make with.
    static let deniedCodes: Set<String> = [
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
    ]

    static func failure(_ error: any Error) -> AccountCheck {
        if let error = error as? AWSError, case .service(let code, let message, _, _) = error,
            deniedCodes.contains(code)
        {
            return .denied(message.isEmpty ? code : "\(code): \(message)")
        }
        return .failed("\(error)")
    }

    // MARK: Lookups

    /// iam:GetRole, then whether its trust policy lets ECS tasks assume it.
    func role(_ name: String) async throws -> AccountCheck {
        let data: Data
        do {
            data = try await client(.iam).query(
                "GetRole", version: "2010-05-08", [("RoleName", name)])
        } catch let error as AWSError where error.code == "NoSuchEntity" {
            return .missing("no role of that name")
        }
        guard let document = AWSQueryXML.text("AssumeRolePolicyDocument", in: data),
            let policy = TrustPolicy(document: document)
        else {
            return .notChecked(
                "its trust policy could not be read, so whether ECS may assume it is unknown")
        }
        if policy.allowsAssumeRole() { return .found }
        return .unusable(
            "cannot be assumed by ECS: its trust policy does not let \(TrustPolicy.ecsTasks) call sts:AssumeRole; "
                + "add a statement {Effect: Allow, Principal: {Service: \(TrustPolicy.ecsTasks)}, Action: sts:AssumeRole}"
        )
    }

    struct ImageIdentifier: Encodable {
        var imageTag: String?
        var imageDigest: String?
    }
    struct DescribeImages: Encodable {
        var registryId: String
        var repositoryName: String
        var imageIds: [ImageIdentifier]
    }

    /// ecr:DescribeImages in the image's own registry and region.
    func image(_ image: ECRImage) async throws -> AccountCheck {
        let request = DescribeImages(
            registryId: image.registryId, repositoryName: image.repository,
            imageIds: [ImageIdentifier(imageTag: image.tag, imageDigest: image.digest)])
        do {
            _ = try await client(.ecr, region: image.region).json(
                "DescribeImages", request, as: Empty.self)
            return .found
        } catch let error as AWSError where error.code == "RepositoryNotFoundException" {
            return .missing("no repository '\(image.repository)' in the registry")
        } catch let error as AWSError where error.code == "ImageNotFoundException" {
            let what = image.tag.map { "tag '\($0)'" } ?? "image with digest \(image.digest ?? "")"
            return .missing("no \(what) in repository '\(image.repository)'")
        }
    }

    struct GetParameters: Encodable { var Names: [String] }
    struct GetParametersReply: Decodable { var InvalidParameters: [String]? }

    /// ssm:GetParameters for up to ten names; a name it cannot find comes back in InvalidParameters.
    /// The values that come back are neither kept nor shown.
    func parameters(_ objects: [AccountObject], region: String) async -> Answers {
        let names = objects.flatMap(\.parameterNames)
        do {
            let reply = try await client(.ssm, region: region).json(
                "GetParameters", GetParameters(Names: names), as: GetParametersReply.self)
            let invalid = Set(reply.InvalidParameters ?? [])
            return objects.map { object in
                (
                    object,
                    object.parameterNames.allSatisfy(invalid.contains)
                        ? .missing("no parameter of that name") : .found
                )
            }
        } catch {
            return objects.map { ($0, Self.failure(error)) }
        }
    }

    struct DescribeSecret: Encodable { var SecretId: String }
    struct DescribeSecretReply: Decodable { var DeletedDate: Double? }

    /// secretsmanager:DescribeSecret: metadata only, never the value.
    func secret(_ id: String, region: String?) async throws -> AccountCheck {
        do {
            let reply = try await client(.secretsManager, region: region).json(
                "DescribeSecret", DescribeSecret(SecretId: id),
                as: DescribeSecretReply.self)
            if reply.DeletedDate != nil {
                return .unusable(
                    "is scheduled for deletion: restore it (aws secretsmanager restore-secret), or name another secret"
                )
            }
            return .found
        } catch let error as AWSError where error.code == "ResourceNotFoundException" {
            return .missing("no secret with that ARN or name")
        }
    }

    struct DescribeLogGroups: Encodable {
        var logGroupNamePrefix: String
        var nextToken: String?
    }
    struct DescribeLogGroupsReply: Decodable {
        struct Group: Decodable { var logGroupName: String? }
        var logGroups: [Group]?
        var nextToken: String?
    }

    /// logs:DescribeLogGroups by prefix; only an exact name counts.
    func logGroup(_ name: String, region: String?) async throws -> AccountCheck {
        let logs = try client(.logs, region: region)
        var token: String?
        repeat {
            let reply = try await logs.json(
                "DescribeLogGroups", DescribeLogGroups(logGroupNamePrefix: name, nextToken: token),
                as: DescribeLogGroupsReply.self)
            if reply.logGroups?.contains(where: { $0.logGroupName == name }) == true {
                return .found
            }
            token = reply.nextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return .missing("no log group of that name")
    }

    /// elasticloadbalancing:DescribeTargetGroups in the ARN's region.
    func targetGroup(_ arn: String) async throws -> AccountCheck {
        do {
            _ = try await client(.elbv2, region: ARN(arn)?.regionIfAny)
                .query(
                    "DescribeTargetGroups", version: "2015-12-01",
                    [("TargetGroupArns.member.1", arn)])
            return .found
        } catch let error as AWSError where error.code == "TargetGroupNotFound" {
            return .missing("no target group with that ARN")
        } catch let error as AWSError where error.code == "ValidationError" {
            if case .service(_, let message, _, _) = error {
                return .missing("not a valid target group ARN: \(message)")
            }
            throw error
        }
    }

    /// One EC2 Describe* by id: asking for several fails the whole request when one is missing.
    func ec2(
        _ operation: String, _ id: (String, String), notFound: Set<String>
    ) async throws -> AccountCheck {
        do {
            _ = try await client(.ec2).query(operation, version: "2016-11-15", [id])
            return .found
        } catch let error as AWSError where notFound.contains(error.code ?? "") {
            return .missing(
                error.code?.hasSuffix("Malformed") == true
                    ? "not a well-formed id" : "no such id in region \(settings.region)")
        }
    }
}

extension AccountObject {
    var parameterNames: [String] {
        if case .parameter(let names, _) = self { return names }
        return []
    }
}
