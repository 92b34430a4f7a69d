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
        // Most definitions have nothing to digest: then no copy of every container.
        guard needsRedacting(td) else { return td }
        var out = td
        out.containerDefinitions = td.containerDefinitions.map { c in
            var c = c
            c.environment = c.environment?.map { pair in
                guard let name = pair.name, let v = pair.value else { return pair }
                return KeyValuePair(name: name, value: value(v, named: name))
            }
            c.dockerLabels = c.dockerLabels.map(redacting)
            if var log = c.logConfiguration {
                log.options = log.options.map(redacting)
                c.logConfiguration = log
            }
            return c
        }
        return out
    }

    /// Whether `redacting(td)` would change anything: a secret-looking name
    /// whose value is not a digest already.
    static func needsRedacting(_ td: TaskDefinition) -> Bool {
        func changes(_ value: String, named name: String) -> Bool {
            Sensitivity.isSensitiveName(name) && of(value) != value
        }
        return td.containerDefinitions.contains { c in
            (c.environment ?? []).contains { pair in
                guard let name = pair.name, let v = pair.value else { return false }
                return changes(v, named: name)
            }
                || (c.dockerLabels ?? [:]).contains { changes($0.value, named: $0.key) }
                || (c.logConfiguration?.options ?? [:]).contains { changes($0.value, named: $0.key) }
        }
    }
}
