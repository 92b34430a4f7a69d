import Foundation

/// Where the ECS backend connects, resolved from flags, environment and profile.
public struct AWSSettings: Sendable {
    /// Asked before each request, so temporary credentials are refreshed in time.
    public var credentials: any CredentialProvider
    public var region: String
    public var endpoint: URL
    /// The environment and shared files the settings came from, for the other
    /// AWS services ecsplan calls (STS, S3).
    public var environment: [String: String]
    /// The profile the settings were read from.
    public var profileName: String
    /// The only certificate authorities TLS peers are checked against
    /// (`AWS_CA_BUNDLE` or the profile's `ca_bundle`); nil, the system's.
    public var caBundle: String?

    public init(
        credentials: any CredentialProvider, region: String, endpoint: URL,
        environment: [String: String] = [:], profileName: String = "default", caBundle: String? = nil
    ) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.environment = environment
        self.profileName = profileName
        self.caBundle = caBundle
    }

    /// Region and endpoint from flags, environment and profile; credentials from
    /// the standard chain (`CredentialChain`), which is walked at the first request.
    public static func resolve(
        region flagRegion: String?, endpoint flagEndpoint: String?, profile flagProfile: String?,
        environment env: [String: String] = ProcessInfo.processInfo.environment,
        interactive: Bool = isatty(STDIN_FILENO) == 1, defaultRegion: String? = nil,
        log: (@Sendable (String) -> Void)? = nil
    ) throws -> AWSSettings {
        let files = AWSConfigFiles(environment: env)
        let profileName =
            flagProfile ?? env["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let profile = files.profile(profileName)
        if flagProfile != nil || env["AWS_PROFILE"]?.isEmpty == false, profile == nil {
            throw AWSError.configuration(
                "AWS profile '\(profileName)' is not in \(files.paths)")
        }
        let regionText =
            flagRegion ?? env["ECSPLAN_REGION"] ?? env["AWS_REGION"]
            ?? env["AWS_DEFAULT_REGION"] ?? profile?["region"] ?? defaultRegion
        guard let region = regionText, !region.isEmpty else {
            throw AWSError.configuration(
                "no AWS region: pass --region, or set AWS_REGION, AWS_DEFAULT_REGION "
                    + "or region in profile '\(profileName)' of \(files.configPath)")
        }
        let endpointText =
            flagEndpoint ?? env["ECSPLAN_ENDPOINT_URL"]
            ?? ServiceEndpoint.configured(service: "ECS", environment: env)
            ?? profile?["endpoint_url"] ?? "https://ecs.\(region).amazonaws.com"
        let endpoint = try ServiceEndpoint.parse(endpointText)
        let caBundle = try CABundle.resolve(environment: env, files: files, profileName: profileName)
        var context = CredentialContext(
            environment: env, files: files, profileName: profileName,
            profileIsExplicit: flagProfile != nil, region: region, interactive: interactive)
        context.log = log
        context.caBundle = caBundle
        return AWSSettings(
            credentials: CredentialChain(context), region: region,
            endpoint: endpoint, environment: env, profileName: profileName, caBundle: caBundle)
    }
}
