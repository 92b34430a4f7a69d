import Foundation

/// Credentials for signing. `description` never shows the secret or token.
public struct AWSCredentials: Sendable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// Where they came from, for messages (`environment`, `profile dev in ~/.aws/credentials`).
    public var source: String

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, source: String = "explicit") {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.source = source
    }

    public var description: String { "AWS credentials \(accessKeyId.prefix(4))… from \(source)" }
}

/// Where the ECS backend connects, resolved from flags, environment and profile.
public struct AWSSettings: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    public var endpoint: URL

    public init(credentials: AWSCredentials, region: String, endpoint: URL) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
    }

    /// The standard chain: environment, then the profile in the shared files.
    /// Errors say everywhere they looked.
    public static func resolve(region flagRegion: String?, endpoint flagEndpoint: String?, profile flagProfile: String?,
                               environment env: [String: String] = ProcessInfo.processInfo.environment) throws -> AWSSettings {
        let home = env["HOME"] ?? NSHomeDirectory()
        let credentialsFile = env["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials"
        let configFile = env["AWS_CONFIG_FILE"] ?? home + "/.aws/config"
        let profile = flagProfile ?? env["AWS_PROFILE"] ?? "default"
        let creds = INIFile.load(credentialsFile)
        let config = INIFile.load(configFile)
        let configSection = config[profile == "default" ? "default" : "profile \(profile)"] ?? config[profile] ?? [:]

        let credentials: AWSCredentials
        if flagProfile == nil, let id = env["AWS_ACCESS_KEY_ID"], !id.isEmpty, let secret = env["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty {
            credentials = AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: env["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }, source: "environment")
        } else if let section = creds[profile] ?? (configSection["aws_access_key_id"] != nil ? configSection : nil),
                  let id = section["aws_access_key_id"], let secret = section["aws_secret_access_key"] {
            credentials = AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: section["aws_session_token"],
                                         source: "profile \(profile) in \(creds[profile] != nil ? credentialsFile : configFile)")
        } else {
            throw AWSError.configuration("no AWS credentials found: looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile '\(profile)' in \(credentialsFile) and \(configFile)")
        }

        guard let region = flagRegion ?? env["ECSPLAN_REGION"] ?? env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"] ?? configSection["region"], !region.isEmpty else {
            throw AWSError.configuration("no AWS region: pass --region, or set AWS_REGION, AWS_DEFAULT_REGION or region in profile '\(profile)' of \(configFile)")
        }
        let endpointText = flagEndpoint ?? env["ECSPLAN_ENDPOINT_URL"] ?? env["AWS_ENDPOINT_URL_ECS"] ?? env["AWS_ENDPOINT_URL"] ?? configSection["endpoint_url"]
            ?? "https://ecs.\(region).amazonaws.com"
        guard let endpoint = URL(string: endpointText), endpoint.scheme == "https" || endpoint.scheme == "http", endpoint.host != nil else {
            throw AWSError.configuration("invalid endpoint URL '\(endpointText)': expected https://host[:port]")
        }
        return AWSSettings(credentials: credentials, region: region, endpoint: endpoint)
    }
}

/// `~/.aws/credentials` and `~/.aws/config`: sections of `key = value` lines.
enum INIFile {
    static func load(_ path: String) -> [String: [String: String]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        return parse(text)
    }

    static func parse(_ text: String) -> [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        var section: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let section, let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            out[section, default: [:]][key] = value
        }
        return out
    }
}

/// What can go wrong talking to AWS, with the AWS error code and message.
public enum AWSError: Error, Sendable, CustomStringConvertible {
    case configuration(String)
    case service(code: String, message: String, status: Int, operation: String)
    case transport(String, operation: String)

    public var code: String? {
        if case .service(let code, _, _, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .configuration(let m): return m
        case .service(let code, let message, let status, let operation):
            if code == "SignatureDoesNotMatch" || code == "InvalidSignatureException" {
                return "AWS rejected the request signature (\(code)) on \(operation): check the secret access key for these credentials"
            }
            if code == "UnrecognizedClientException" || code == "InvalidClientTokenId" {
                return "AWS does not recognise the access key (\(code)) on \(operation)"
            }
            return "\(operation) failed: \(code) (HTTP \(status)): \(message)"
        case .transport(let m, let operation): return "\(operation) failed: \(m)"
        }
    }
}
