import Foundation

/// The standard AWS credential chain, in the SDKs' order: environment keys;
/// web identity from the environment; the profile (role, SSO, keys, process);
/// container credentials; EC2 instance metadata. It is walked once, at the first
/// request, and the source found is then asked again whenever its credentials
/// near expiry. When nothing applies, the error lists what was tried.
public actor CredentialChain: CredentialProvider, CustomStringConvertible {
    public nonisolated let context: CredentialContext
    private var chosen: (any CredentialProvider)?
    private var resolving: Task<any CredentialProvider, any Error>?

    public init(_ context: CredentialContext) {
        self.context = context
    }

    public nonisolated var description: String {
        "the AWS credential chain (profile \(context.profileName))"
    }

    public func credentials() async throws -> AWSCredentials {
        if let chosen { return try await chosen.credentials() }
        let task = resolving ?? Task { [context] in try await Self.resolve(context) }
        resolving = task
        do {
            let provider = try await task.value
            chosen = provider
            let credentials = try await provider.credentials()
            context.log?("signing with \(credentials)")
            return credentials
        } catch {
            resolving = nil
            throw error
        }
    }

    /// The first source that applies, with its first credentials already fetched.
    static func resolve(_ context: CredentialContext) async throws -> any CredentialProvider {
        var tried: [String] = []
        if context.profileIsExplicit {
            tried.append("environment: skipped, --profile \(context.profileName) was given")
        } else if let keys = try EnvironmentCredentials.read(context) {
            return keys
        } else {
            tried.append("environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
        }

        switch (context.env("AWS_ROLE_ARN"), context.env("AWS_WEB_IDENTITY_TOKEN_FILE")) {
        case (let role?, let file?):
            let provider = WebIdentityProvider(
                roleArn: role, tokenFile: file, sessionName: context.sessionName(),
                sts: try context.sts(), label: "web identity (AWS_ROLE_ARN)")
            return try await warmed(provider)
        case (nil, nil):
            tried.append("web identity: AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE are not set")
        case (nil, _):
            tried.append("web identity: AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")
        case (_, nil):
            tried.append("web identity: AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not")
        }

        let profile = context.files.profile(context.profileName)
        if let profile {
            if let provider = try ProfileCredentials.provider(for: profile, context: context) {
                return try await warmed(provider)
            }
            tried.append("profile \(profile.name): no credentials in it (\(context.files.paths))")
        } else {
            tried.append("profile \(context.profileName): not in \(context.files.paths)")
        }

        if let container = try ContainerCredentialProvider(context) {
            return try await warmed(container)
        }
        tried.append(
            "container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI "
                + "are not set"
        )

        if context.env("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" {
            tried.append("EC2 instance metadata: disabled by AWS_EC2_METADATA_DISABLED")
        } else {
            do {
                return try await warmed(try IMDSCredentialProvider(context, profile: profile))
            } catch let unavailable as IMDSCredentialProvider.Unavailable {
                tried.append(unavailable.description)
            }
        }
        throw CredentialError.notFound(tried: tried)
    }

    /// Wraps `provider` so its credentials are cached and refreshed before they
    /// expire, and fetches the first ones now so a broken source fails at once.
    static func warmed(_ provider: any CredentialProvider) async throws -> any CredentialProvider {
        if let keys = provider as? AWSCredentials { return keys }
        let refreshing = RefreshingCredentialProvider { try await provider.credentials() }
        _ = try await refreshing.credentials()
        return refreshing
    }
}
