import Foundation

/// ECS task roles and EKS Pod Identity: credentials from the agent's endpoint,
/// `http://169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or
/// `$AWS_CONTAINER_CREDENTIALS_FULL_URI`, with the authorization token from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read at every refresh: it rotates)
/// or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
struct ContainerCredentialProvider: CredentialProvider {
    var url: URL
    var tokenFile: String?
    var token: String?
    var timeout: TimeInterval
    /// For an https endpoint (`CABundle`).
    var caBundle: String?
    let label = "container credentials"

    /// Nil when neither URI variable is set.
    init?(_ context: CredentialContext) throws {
        if let relative = context.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            guard let url = URL(string: "http://169.254.170.2" + relative) else {
                throw CredentialError.source(
                    label,
                    message: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI '\(relative)' is not a path")
            }
            self.url = url
        } else if let full = context.env("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            guard let url = URL(string: full), let host = url.host else {
                throw CredentialError.source(
                    label, message: "AWS_CONTAINER_CREDENTIALS_FULL_URI '\(full)' is not a URL")
            }
            // Plain HTTP could hand credentials to anyone on the path: the SDKs
            // allow it only to the machine itself and the agents' link-local addresses.
            guard url.scheme == "https" || (url.scheme == "http" && Self.isTrustedHTTPHost(host))
            else {
                throw CredentialError.source(
                    label,
                    message:
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https, or http to a loopback "
                        + "or ECS/EKS agent address; got \(host)"
                )
            }
            self.url = url
        } else {
            return nil
        }
        tokenFile = context.env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
        token = context.env("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        timeout = max(context.metadataTimeout, 2)
        caBundle = context.caBundle
    }

    static func isTrustedHTTPHost(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
            || bare == "169.254.170.2" || bare == "169.254.170.23" || bare == "fd00:ec2::23"
    }

    func authorization() throws -> String? {
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw CredentialError.source(
                    label,
                    message: "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(tokenFile)")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return token
    }

    func credentials() async throws -> AWSCredentials {
        var request = HTTPRequest(url: url)
        if let auth = try authorization() {
            guard !auth.contains("\r"), !auth.contains("\n") else {
                throw CredentialError.source(
                    label, message: "the authorization token contains a line break")
            }
            request.setHeader("Authorization", auth)
        }
        let reply: HTTPReply
        do {
            reply = try await HTTPFetch.send(request, timeout: timeout, caBundle: caBundle)
        } catch let error as HTTPFetchError {
            throw CredentialError.source(label, message: error.description)
        }
        guard reply.status == 200 else {
            throw CredentialError.source(
                label, message: "HTTP \(reply.status) from \(url.absoluteString)")
        }
        return try CredentialDocument.credentials(from: reply.body, source: label)
    }
}
