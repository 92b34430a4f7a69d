import Foundation

/// The three STS calls the credential chain and plans need, over the Query
/// protocol. The endpoint is `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`, or the
/// regional one (`sts.REGION.amazonaws.com`), as the SDKs now default to.
public struct STSClient: Sendable {
    public var endpoint: URL
    /// The region requests are signed for.
    public var region: String
    var timeout: TimeInterval
    /// The certificate authorities STS is checked against (`CABundle`); nil, the system's.
    var caBundle: String?

    public init(endpoint: URL, region: String, timeout: TimeInterval = 30, caBundle: String? = nil) {
        self.endpoint = endpoint
        self.region = region
        self.timeout = timeout
        self.caBundle = caBundle
    }

    public init(
        region: String?, environment env: [String: String], timeout: TimeInterval = 30, caBundle: String? = nil
    ) throws {
        let region = region ?? "us-east-1"
        let text =
            ServiceEndpoint.configured(service: "STS", environment: env)
            ?? "https://sts.\(region).amazonaws.com"
        self.init(endpoint: try ServiceEndpoint.parse(text), region: region, timeout: timeout, caBundle: caBundle)
    }

    public struct AssumeRole: Sendable {
        public var roleArn: String
        public var sessionName: String
        public var externalId: String?
        public var durationSeconds: Int?
        public var mfaSerial: String?
        public var mfaCode: String?
        public init(
            roleArn: String, sessionName: String, externalId: String? = nil,
            durationSeconds: Int? = nil, mfaSerial: String? = nil, mfaCode: String? = nil
        ) {
            self.roleArn = roleArn
            self.sessionName = sessionName
            self.externalId = externalId
            self.durationSeconds = durationSeconds
            self.mfaSerial = mfaSerial
            self.mfaCode = mfaCode
        }
    }

    /// sts:AssumeRole, signed with `source`.
    public func assumeRole(
        _ role: AssumeRole, with source: AWSCredentials,
        label: String
    ) async throws -> AWSCredentials {
        var parameters = [
            ("Action", "AssumeRole"), ("Version", "2011-06-15"),
            ("RoleArn", role.roleArn), ("RoleSessionName", role.sessionName),
        ]
        if let id = role.externalId { parameters.append(("ExternalId", id)) }
        if let seconds = role.durationSeconds {
            parameters.append(("DurationSeconds", String(seconds)))
        }
        if let serial = role.mfaSerial, let code = role.mfaCode {
            parameters += [("SerialNumber", serial), ("TokenCode", code)]
        }
        let data = try await send("AssumeRole", parameters, signedWith: source)
        return try credentials(in: data, operation: "AssumeRole", label: label)
    }

    /// sts:AssumeRoleWithWebIdentity. AWS takes it unsigned: the OIDC token is
    /// the proof, which is what lets a CI job with no keys get some.
    public func assumeRoleWithWebIdentity(
        roleArn: String, sessionName: String, token: String,
        label: String
    ) async throws -> AWSCredentials {
        let parameters = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", "2011-06-15"),
            ("RoleArn", roleArn), ("RoleSessionName", sessionName),
            ("WebIdentityToken", token),
        ]
        let data = try await send("AssumeRoleWithWebIdentity", parameters, signedWith: nil)
        return try credentials(in: data, operation: "AssumeRoleWithWebIdentity", label: label)
    }

    public struct CallerIdentity: Sendable, Equatable {
        public var account: String
        public var arn: String
    }

    /// sts:GetCallerIdentity: which account and principal `credentials` are.
    public func getCallerIdentity(_ credentials: AWSCredentials) async throws -> CallerIdentity {
        let data = try await send(
            "GetCallerIdentity",
            [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
            signedWith: credentials)
        guard let account = AWSQueryXML.text("Account", in: data),
            let arn = AWSQueryXML.text("Arn", in: data)
        else {
            throw AWSError.transport(
                "the response has no Account or Arn", operation: "GetCallerIdentity")
        }
        return CallerIdentity(account: account, arn: arn)
    }

    func credentials(in data: Data, operation: String, label: String) throws -> AWSCredentials {
        guard let id = AWSQueryXML.text("AccessKeyId", in: data),
            let secret = AWSQueryXML.text("SecretAccessKey", in: data),
            let token = AWSQueryXML.text("SessionToken", in: data)
        else {
            throw AWSError.transport("the response has no Credentials", operation: operation)
        }
        let expiration = AWSQueryXML.text("Expiration", in: data).flatMap(AWSTimestamp.parse)
        return AWSCredentials(
            accessKeyId: id, secretAccessKey: secret, sessionToken: token,
            expiration: expiration, source: label)
    }

    func send(
        _ operation: String, _ parameters: [(String, String)],
        signedWith credentials: AWSCredentials?
    ) async throws -> Data {
        let body = AWSQueryXML.formBody(parameters)
        let contentType = ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        var headers = [contentType]
        if let credentials {
            let signer = SigV4Signer(credentials: credentials, region: region, service: "sts")
            headers =
                signer.sign(
                    method: "POST", url: endpoint, headers: [contentType],
                    body: body, date: Date()
                ).headers
        }
        let request = HTTPRequest(method: "POST", url: endpoint, headers: headers, body: body)
        return try await TransientRetry.run {
            let reply: HTTPReply
            do {
                reply = try await HTTPFetch.send(request, timeout: timeout, caBundle: caBundle)
            } catch let error as HTTPFetchError {
                throw AWSError.reaching(error, operation: "STS \(operation)")
            }
            guard (200..<300).contains(reply.status) else {
                let (code, message) =
                    AWSQueryXML.error(in: reply.body) ?? ("HTTP\(reply.status)", "")
                throw AWSError.service(
                    code: code, message: message, status: reply.status,
                    operation: "STS \(operation)")
            }
            return reply.body
        }
    }
}
