import Crypto
import ECSPlanCore
import Foundation

/// IAM Identity Center (SSO): the access token `aws sso login` cached in
/// `~/.aws/sso/cache/<sha1>.json` is exchanged for role credentials with the
/// portal's GetRoleCredentials. ecsplan never logs in itself: an expired token
/// is an error that says to run `aws sso login`.
struct SSOCredentialProvider: CredentialProvider {
    var profileName: String
    var accountId: String
    var roleName: String
    var region: String
    /// The `sso-session` name, or the legacy profile's start URL: what the
    /// cache file is named after.
    var cacheKey: String
    var cacheDirectory: String
    var endpoint: URL
    var timeout: TimeInterval
    /// The certificate authorities the portal is checked against (`CABundle`); nil, the system's.
    var caBundle: String?
    var label: String

    var cacheFile: String {
        let digest = Insecure.SHA1.hash(data: Data(cacheKey.utf8))
        return cacheDirectory + "/" + Hex.encode(digest) + ".json"
    }

    struct CachedToken: Decodable {
        var accessToken: String?
        var expiresAt: String?
    }

    struct RoleCredentialsReply: Decodable {
        struct Role: Decodable {
            var accessKeyId: String?
            var secretAccessKey: String?
            var sessionToken: String?
            /// Milliseconds since 1970.
            var expiration: Double?
        }
        var roleCredentials: Role?
    }

    func credentials() async throws -> AWSCredentials {
        let token = try cachedToken()
        guard
            var components = URLComponents(
                url: endpoint.appendingPathComponent("federation/credentials"),
                resolvingAgainstBaseURL: false)
        else {
            throw CredentialError.source(label, message: "invalid SSO portal endpoint \(endpoint)")
        }
        components.queryItems = [
            URLQueryItem(name: "account_id", value: accountId),
            URLQueryItem(name: "role_name", value: roleName),
        ]
        guard let url = components.url else {
            throw CredentialError.source(label, message: "invalid sso_account_id or sso_role_name")
        }
        let request = HTTPRequest(url: url, headers: [("x-amz-sso_bearer_token", token)])
        let reply: HTTPReply
        do {
            reply = try await HTTPFetch.send(request, timeout: timeout, caBundle: caBundle)
        } catch let error as HTTPFetchError {
            throw CredentialError.source(label, message: error.description)
        }
        if reply.status == 401 || reply.status == 403 {
            throw CredentialError.source(
                label, message: "the SSO portal refused the cached token (HTTP \(reply.status))",
                hint: "run `aws sso login --profile \(profileName)`")
        }
        guard reply.status == 200,
            let role = (try? JSONDecoder().decode(RoleCredentialsReply.self, from: reply.body))?
                .roleCredentials,
            let id = role.accessKeyId, let secret = role.secretAccessKey
        else {
            throw CredentialError.source(
                label,
                message:
                    "GetRoleCredentials failed (HTTP \(reply.status)) for role \(roleName) "
                    + "in account \(accountId)"
            )
        }
        return AWSCredentials(
            accessKeyId: id, secretAccessKey: secret, sessionToken: role.sessionToken,
            expiration: role.expiration.map { Date(timeIntervalSince1970: $0 / 1000) },
            source: "\(label): role \(roleName) in \(accountId)")
    }

    func cachedToken() throws -> String {
        let login = "run `aws sso login --profile \(profileName)`"
        guard let data = FileManager.default.contents(atPath: cacheFile) else {
            throw CredentialError.source(
                label, message: "no cached SSO token at \(cacheFile)", hint: login)
        }
        guard let cached = try? JSONDecoder().decode(CachedToken.self, from: data),
            let token = cached.accessToken, !token.isEmpty
        else {
            throw CredentialError.source(
                label, message: "the SSO token cache \(cacheFile) has no accessToken", hint: login)
        }
        if let text = cached.expiresAt, let expiry = AWSTimestamp.parse(text), expiry <= Date() {
            throw CredentialError.source(
                label, message: "the cached SSO token expired at \(text)", hint: login)
        }
        return token
    }
}
