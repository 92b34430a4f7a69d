import Foundation

/// A profile's `role_arn` assumed with credentials from its `source_profile` or
/// `credential_source`. An `mfa_serial` needs a code typed by a person, so
/// without a terminal it is refused rather than left waiting.
struct AssumeRoleProvider: CredentialProvider {
    var source: any CredentialProvider
    var role: STSClient.AssumeRole
    var sts: STSClient
    var label: String
    var interactive: Bool
    /// Reads the MFA code; the terminal in the CLI, a stub in tests.
    var readCode: @Sendable (String) -> String? = { prompt in
        FileHandle.standardError.write(Data(prompt.utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    func credentials() async throws -> AWSCredentials {
        var role = role
        if let serial = role.mfaSerial {
            guard interactive else {
                throw CredentialError.source(
                    label,
                    message:
                        "role \(role.roleArn) needs an MFA code (mfa_serial \(serial)) "
                        + "and there is no terminal to ask on",
                    hint:
                        "in a pipeline use web identity "
                        + "(AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE) "
                        + "or a profile without mfa_serial"
                )
            }
            guard let code = readCode("Enter MFA code for \(serial): "), !code.isEmpty else {
                throw CredentialError.source(
                    label, message: "no MFA code was entered for \(serial)")
            }
            role.mfaCode = code
        }
        let base = try await source.credentials()
        do {
            return try await sts.assumeRole(
                role, with: base, label: "\(label): role \(role.roleArn)")
        } catch let error as AWSError {
            throw CredentialError.source(
                label,
                message: "could not assume role \(role.roleArn) with \(base.source): \(error)",
                hint: "the role's trust policy must allow that principal (and external_id, if set)")
        }
    }
}
