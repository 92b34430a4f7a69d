import Foundation

/// The shared files as the SDKs read them: `[NAME]` in the credentials file,
/// `[profile NAME]` (or `[default]`) and `[sso-session NAME]` in the config file.
/// A profile's keys are the config file's, overridden by the credentials file's.
public struct AWSConfigFiles: Sendable {
    public var credentialsPath: String
    public var configPath: String
    var credentials: [String: [String: String]]
    var config: [String: [String: String]]

    public init(environment env: [String: String]) {
        let home = env["HOME"] ?? NSHomeDirectory()
        credentialsPath = env["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials"
        configPath = env["AWS_CONFIG_FILE"] ?? home + "/.aws/config"
        credentials = INIFile.load(credentialsPath)
        config = INIFile.load(configPath)
    }

    /// A named profile with its settings, or nil when neither file has it.
    func profile(_ name: String) -> AWSProfile? {
        let fromConfig =
            name == "default"
            ? config["default"] ?? config["profile default"]
            : config["profile \(name)"]
        let fromCredentials = credentials[name]
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        var values = fromConfig ?? [:]
        for (key, value) in fromCredentials ?? [:] { values[key] = value }
        let file = fromCredentials?["aws_access_key_id"] != nil ? credentialsPath : configPath
        return AWSProfile(name: name, values: values, file: file)
    }

    func ssoSession(_ name: String) -> [String: String]? { config["sso-session \(name)"] }

    /// Both files, for messages.
    var paths: String { "\(credentialsPath) and \(configPath)" }
}

/// One profile's settings, and the file whose keys it signs with (for messages).
struct AWSProfile: Sendable {
    var name: String
    var values: [String: String]
    var file: String

    subscript(key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }
}
