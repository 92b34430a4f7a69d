import Foundation

/// What a profile in the shared files signs with, in the SDKs' precedence:
/// `role_arn` (with `web_identity_token_file`, `source_profile` or
/// `credential_source`), then SSO, then static keys, then `credential_process`.
enum ProfileCredentials {
    /// The profile's provider, or nil when it holds no credential settings.
    /// A profile that names a role but cannot reach it is an error, never a
    /// silent fall-through to another identity.
    static func provider(
        for profile: AWSProfile, context: CredentialContext,
        visited: [String] = []
    ) throws -> (any CredentialProvider)? {
        let label = "profile \(profile.name)"
        if let roleArn = profile["role_arn"] {
            return try roleProvider(
                roleArn: roleArn, profile: profile, context: context,
                visited: visited + [profile.name], label: label)
        }
        if profile["sso_session"] != nil || profile["sso_start_url"] != nil {
            return try ssoProvider(profile, context: context, label: label)
        }
        if let keys = try staticKeys(profile) { return keys }
        if let command = profile["credential_process"] {
            return ProcessCredentialProvider(command: command, label: label)
        }
        return nil
    }

    static func staticKeys(_ profile: AWSProfile) throws -> AWSCredentials? {
        switch (profile["aws_access_key_id"], profile["aws_secret_access_key"]) {
        case (nil, nil):
            return nil
        case (let id?, let secret?):
            return AWSCredentials(
                accessKeyId: id, secretAccessKey: secret,
                sessionToken: profile["aws_session_token"],
                source: "profile \(profile.name) in \(profile.file)")
        default:
            throw CredentialError.source(
                "profile \(profile.name)",
                message:
                    "has only one of aws_access_key_id and aws_secret_access_key (\(profile.file))")
        }
    }

    static func roleProvider(
        roleArn: String, profile: AWSProfile, context: CredentialContext,
        visited: [String], label: String
    ) throws -> any CredentialProvider {
        let sts = try context.sts(region: profile["region"])
        if let tokenFile = profile["web_identity_token_file"] {
            return WebIdentityProvider(
                roleArn: roleArn, tokenFile: tokenFile,
                sessionName: context.sessionName(profile: profile), sts: sts,
                label: label)
        }
        let source: any CredentialProvider
        if let sourceName = profile["source_profile"] {
            source = try sourceProfile(sourceName, of: profile, context: context, visited: visited)
        } else if let kind = profile["credential_source"] {
            source = try credentialSource(kind, profile: profile, context: context)
        } else {
            throw CredentialError.source(
                label,
                message:
                    "role_arn needs source_profile or credential_source "
                    + "(or web_identity_token_file)"
            )
        }
        let role = STSClient.AssumeRole(
            roleArn: roleArn, sessionName: context.sessionName(profile: profile),
            externalId: profile["external_id"],
            durationSeconds: profile["duration_seconds"].flatMap { Int($0) },
            mfaSerial: profile["mfa_serial"])
        return AssumeRoleProvider(
            source: source, role: role, sts: sts, label: label,
            interactive: context.interactive)
    }

    static func sourceProfile(
        _ name: String, of profile: AWSProfile, context: CredentialContext,
        visited: [String]
    ) throws -> any CredentialProvider {
        let label = "profile \(profile.name)"
        // A profile may name itself: its own keys then assume its role.
        if name == profile.name, let keys = try staticKeys(profile) { return keys }
        guard !visited.contains(name) else {
            throw CredentialError.source(
                label,
                message: "source_profile loops: \((visited + [name]).joined(separator: " → "))")
        }
        guard let source = context.files.profile(name) else {
            throw CredentialError.source(
                label, message: "source_profile '\(name)' is not in \(context.files.paths)")
        }
        guard let provider = try Self.provider(for: source, context: context, visited: visited)
        else {
            throw CredentialError.source(
                label, message: "source_profile '\(name)' has no credentials")
        }
        return provider
    }

    static func credentialSource(
        _ kind: String, profile: AWSProfile,
        context: CredentialContext
    ) throws -> any CredentialProvider {
        let label = "profile \(profile.name)"
        switch kind {
        case "Environment":
            guard let keys = try EnvironmentCredentials.read(context) else {
                throw CredentialError.source(
                    label,
                    message: "credential_source Environment, but AWS_ACCESS_KEY_ID is not set")
            }
            return keys
        case "EcsContainer":
            guard let container = try ContainerCredentialProvider(context) else {
                throw CredentialError.source(
                    label,
                    message:
                        "credential_source EcsContainer, but "
                        + "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/_FULL_URI is not set"
                )
            }
            return container
        case "Ec2InstanceMetadata":
            return try IMDSCredentialProvider(context, profile: profile)
        default:
            throw CredentialError.source(
                label, message: "unknown credential_source '\(kind)'",
                hint: "use Environment, EcsContainer or Ec2InstanceMetadata")
        }
    }

    static func ssoProvider(
        _ profile: AWSProfile, context: CredentialContext,
        label: String
    ) throws -> any CredentialProvider {
        var region = profile["sso_region"]
        let cacheKey: String
        if let sessionName = profile["sso_session"] {
            guard let session = context.files.ssoSession(sessionName) else {
                throw CredentialError.source(
                    label,
                    message:
                        "sso_session '\(sessionName)' has no [sso-session \(sessionName)] "
                        + "section in \(context.files.configPath)"
                )
            }
            region = session["sso_region"] ?? region
            cacheKey = sessionName
        } else {
            cacheKey = profile["sso_start_url"] ?? ""
        }
        guard let account = profile["sso_account_id"], let role = profile["sso_role_name"],
            let region
        else {
            throw CredentialError.source(
                label, message: "SSO needs sso_account_id, sso_role_name and sso_region")
        }
        let home = context.env("HOME") ?? NSHomeDirectory()
        let text =
            ServiceEndpoint.configured(service: "SSO", environment: context.environment)
            ?? "https://portal.sso.\(region).amazonaws.com"
        return SSOCredentialProvider(
            profileName: profile.name, accountId: account, roleName: role, region: region,
            cacheKey: cacheKey, cacheDirectory: home + "/.aws/sso/cache",
            endpoint: try ServiceEndpoint.parse(text), timeout: context.httpTimeout, caBundle: context.caBundle,
            label: label)
    }
}
