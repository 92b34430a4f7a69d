import Foundation

/// What the credential sources read: the environment, the shared files, the
/// chosen profile and region, and whether a person is there to type an MFA code.
public struct CredentialContext: Sendable {
    public var environment: [String: String]
    public var files: AWSConfigFiles
    public var profileName: String
    /// `--profile` was given: the environment's keys are then not used (as the AWS CLI does).
    public var profileIsExplicit: Bool
    public var region: String?
    public var interactive: Bool
    /// Instance metadata answers within a second on EC2; elsewhere it must not stall a run.
    public var metadataTimeout: TimeInterval = 1
    public var httpTimeout: TimeInterval = 10
    /// The certificate authorities STS, SSO and credential endpoints are checked against (`CABundle`).
    public var caBundle: String?
    /// Told once which source the chain chose (`--debug`); never given a secret.
    public var log: (@Sendable (String) -> Void)?

    public init(
        environment: [String: String], files: AWSConfigFiles, profileName: String,
        profileIsExplicit: Bool, region: String?, interactive: Bool
    ) {
        self.environment = environment
        self.files = files
        self.profileName = profileName
        self.profileIsExplicit = profileIsExplicit
        self.region = region
        self.interactive = interactive
    }

    /// A value from the environment, treating an empty one as unset.
    func env(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    func sts(region profileRegion: String? = nil) throws -> STSClient {
        try STSClient(
            region: region ?? profileRegion, environment: environment, timeout: httpTimeout, caBundle: caBundle)
    }

    /// `AWS_ROLE_SESSION_NAME`, the profile's `role_session_name`, or one that
    /// names ecsplan and the time, which CloudTrail then shows.
    func sessionName(profile: AWSProfile? = nil) -> String {
        env("AWS_ROLE_SESSION_NAME") ?? profile?["role_session_name"]
            ?? "ecsplan-\(Int(Date().timeIntervalSince1970))"
    }
}
