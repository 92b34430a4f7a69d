import Crypto
import Foundation

/// What is kept of a secret-looking value where plaintext must not be stored:
/// `sha256:<hex>`. Digests are idempotent, so a stored digest compares equal to
/// the configured value it came from.
public enum SecretDigest {
    static let prefix = "sha256:"

    public static func of(_ value: String) -> String {
        if value.hasPrefix(prefix) && value.utf8.count == prefix.utf8.count + 64 { return value }
        return prefix + Hex.encode(SHA256.hash(data: Data(value.utf8)))
    }

    /// `value` as it may be kept under `name`: digested when the name looks secret.
    public static func value(_ value: String, named name: String) -> String {
        Sensitivity.isSensitiveName(name) ? of(value) : value
    }

    /// A map with the values of secret-looking keys digested.
    public static func redacting(_ map: [String: String]) -> [String: String] {
        map.reduce(into: [:]) { out, entry in out[entry.key] = value(entry.value, named: entry.key) }
    }

    /// The task definition with the values of secret-looking environment variables digested.
    public static func redacting(_ td: TaskDefinition) -> TaskDefinition {
        /// Whether digesting would change `value`: its name looks secret and it is not a digest yet.
        func changes(_ value: String, named name: String) -> Bool {
            Sensitivity.isSensitiveName(name) && of(value) != value
        }
        func changes(_ pair: KeyValuePair) -> Bool {
            guard let name = pair.name, let v = pair.value else { return false }
            return changes(v, named: name)
        }
        // Each field is rewritten only when one of its values changes: a write
        // copies the containers, and most definitions hold nothing to digest.
        var out = td
        for (i, c) in td.containerDefinitions.enumerated() {
            if let environment = c.environment, environment.contains(where: changes) {
                out.containerDefinitions[i].environment = environment.map { pair in
                    guard let name = pair.name, let v = pair.value else { return pair }
                    return KeyValuePair(name: name, value: value(v, named: name))
                }
            }
            if let labels = c.dockerLabels, labels.contains(where: { changes($0.value, named: $0.key) }) {
                out.containerDefinitions[i].dockerLabels = redacting(labels)
            }
            if let options = c.logConfiguration?.options,
               options.contains(where: { changes($0.value, named: $0.key) }) {
                out.containerDefinitions[i].logConfiguration?.options = redacting(options)
            }
        }
        return out
    }
}
