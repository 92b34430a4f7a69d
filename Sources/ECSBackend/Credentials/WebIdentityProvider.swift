import Foundation

/// OIDC web identity (GitHub Actions, GitLab, EKS IRSA): the token file is read
/// at every refresh, since the CI or the kubelet rotates it, and exchanged for
/// role credentials with an unsigned STS AssumeRoleWithWebIdentity.
struct WebIdentityProvider: CredentialProvider {
    var roleArn: String
    var tokenFile: String
    var sessionName: String
    var sts: STSClient
    /// `web identity (AWS_ROLE_ARN)` or `profile ci`, for messages.
    var label: String

    func credentials() async throws -> AWSCredentials {
        let token: String
        do {
            token = try String(contentsOfFile: tokenFile, encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw CredentialError.source(
                label, message: "cannot read the web identity token file \(tokenFile)",
                hint:
                    "check AWS_WEB_IDENTITY_TOKEN_FILE (or web_identity_token_file) and that "
                    + "the CI job requests an OIDC token"
            )
        }
        guard !token.isEmpty else {
            throw CredentialError.source(
                label, message: "the web identity token file \(tokenFile) is empty")
        }
        do {
            return try await sts.assumeRoleWithWebIdentity(
                roleArn: roleArn, sessionName: sessionName, token: token,
                label: "\(label): role \(roleArn)")
        } catch let error as AWSError {
            throw CredentialError.source(
                label, message: "could not assume role \(roleArn): \(error)",
                hint: "the role's trust policy must allow this identity provider and token audience"
            )
        }
    }
}
