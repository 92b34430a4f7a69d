import Foundation

/// The EC2 instance role through IMDSv2: a session token from
/// `PUT /latest/api/token`, then the role's name and its credentials. The
/// endpoint is `AWS_EC2_METADATA_SERVICE_ENDPOINT` (tests point it at loopback),
/// the profile's `ec2_metadata_service_endpoint`, or `http://169.254.169.254`.
struct IMDSCredentialProvider: CredentialProvider {
    var endpoint: URL
    var timeout: TimeInterval
    /// For an endpoint over https (`CABundle`).
    var caBundle: String?
    let label = "EC2 instance metadata"

    /// Not on EC2 (nothing listens, or no role is attached): the chain goes on.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    init(_ context: CredentialContext, profile: AWSProfile?) throws {
        let text =
            context.env("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            ?? profile?["ec2_metadata_service_endpoint"] ?? "http://169.254.169.254"
        guard let url = URL(string: text), url.host != nil else {
            throw CredentialError.source(
                label, message: "AWS_EC2_METADATA_SERVICE_ENDPOINT '\(text)' is not a URL")
        }
        endpoint = url
        timeout = context.metadataTimeout
        caBundle = context.caBundle
    }

    static let rolePath = "latest/meta-data/iam/security-credentials/"

    func credentials() async throws -> AWSCredentials {
        let tokenRequest = HTTPRequest(
            method: "PUT", url: endpoint.appendingPathComponent("latest/api/token"),
            headers: [("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
        let token = try await fetch(tokenRequest, what: "a session token").text
        let roles = try await get(Self.rolePath, token: token, what: "the instance role")
        guard let role = roles.text.split(whereSeparator: \.isNewline).first.map(String.init),
            !role.isEmpty
        else { throw Unavailable(description: "\(label): no instance role is attached") }
        let reply = try await get(
            Self.rolePath + role, token: token, what: "credentials of role \(role)")
        return try CredentialDocument.credentials(
            from: reply.body, source: "\(label): role \(role)")
    }

    func get(_ path: String, token: String, what: String) async throws -> HTTPReply {
        let request = HTTPRequest(
            url: endpoint.appendingPathComponent(path), headers: [("X-aws-ec2-metadata-token", token)])
        return try await fetch(request, what: what)
    }

    func fetch(_ request: HTTPRequest, what: String) async throws -> HTTPReply {
        let reply: HTTPReply
        do {
            reply = try await HTTPFetch.send(request, timeout: timeout, caBundle: caBundle)
        } catch let error as HTTPFetchError {
            throw Unavailable(description: "\(label) (\(endpoint.absoluteString)): \(error.reason)")
        }
        if reply.status == 404 {
            throw Unavailable(
                description: "\(label): no instance role is attached (HTTP 404 for \(what))")
        }
        guard reply.status == 200 else {
            throw CredentialError.source(label, message: "HTTP \(reply.status) fetching \(what)")
        }
        return reply
    }
}
