import Foundation

/// The account a plan applies to, from STS GetCallerIdentity, asked once per
/// run. STS is reached at `AWS_ENDPOINT_URL_STS`/`AWS_ENDPOINT_URL`; when only
/// ECS's endpoint is overridden (a mock such as moto serves every service on
/// one port) STS is asked there too; else at the regional endpoint. A failure
/// leaves the account unknown rather than failing the plan: it is shown, not used
/// to decide anything.
actor AccountLookup {
    private let settings: AWSSettings
    private let environment: [String: String]
    private var answer: String??

    init(settings: AWSSettings, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settings = settings
        self.environment = environment
    }

    func account(debug: (@Sendable (String) -> Void)?) async -> String? {
        if let answer { return answer }
        let found = await lookUp(debug: debug)
        answer = .some(found)
        return found
    }

    private func lookUp(debug: (@Sendable (String) -> Void)?) async -> String? {
        do {
            let defaultECS = "ecs.\(settings.region).amazonaws.com"
            let client: STSClient
            if ServiceEndpoint.configured(service: "STS", environment: environment) == nil, settings.endpoint.host != defaultECS {
                client = STSClient(
                    endpoint: settings.endpoint, region: settings.region, timeout: 5, caBundle: settings.caBundle)
            } else {
                client = try STSClient(
                    region: settings.region, environment: environment, timeout: 5, caBundle: settings.caBundle)
            }
            let identity = try await client.getCallerIdentity(try await settings.credentials.credentials())
            return identity.account
        } catch {
            debug?("account unknown: STS GetCallerIdentity failed: \(error)")
            return nil
        }
    }
}
