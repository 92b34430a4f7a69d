import ArgumentParser
import Foundation

/// `ECSPLAN_<FLAG>` lookups, so every flag can be set by a pipeline. A value is
/// parsed exactly as the flag's would be; one that does not parse is an error
/// naming the variable, never a silent fallback to the default.
enum Env {
    /// `target` → `ECSPLAN_TARGET`, `lock-timeout` → `ECSPLAN_LOCK_TIMEOUT`.
    static func name(_ flag: String) -> String {
        "ECSPLAN_" + flag.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// The raw value; an empty variable counts as unset, as pipelines often
    /// template variables that are not always filled in.
    static func string(_ flag: String) -> String? {
        guard let v = ProcessInfo.processInfo.environment[name(flag)], !v.isEmpty else { return nil }
        return v
    }

    /// The variable parsed as the flag's value type, nil when unset.
    /// `accept` adds the flag's own range check; `expected` says what is allowed.
    /// `isFlag: false` for a setting that has no flag of its own.
    static func value<T: ExpressibleByArgument>(_ flag: String, as type: T.Type = T.self, expected: String? = nil, isFlag: Bool = true,
                                                accept: (T) -> Bool = { _ in true }) throws -> T? {
        guard let raw = string(flag) else { return nil }
        guard let parsed = T(argument: raw), accept(parsed) else {
            let allowed = T.allValueStrings
            throw InvalidVariable(variable: name(flag), value: raw, flag: isFlag ? flag : nil,
                                  expected: expected ?? (allowed.isEmpty ? "a valid value" : "one of " + allowed.joined(separator: ", ")))
        }
        return parsed
    }

    /// A switch: 1/true/yes/on or 0/false/no/off; anything else is an error.
    static func bool(_ flag: String) throws -> Bool {
        guard let raw = string(flag) else { return false }
        switch raw.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw InvalidVariable(variable: name(flag), value: raw, flag: flag, expected: "1, true, yes or on to turn it on; 0, false, no or off to turn it off")
        }
    }

    /// A comma-separated list, for repeatable flags.
    static func list(_ flag: String) -> [String] {
        guard let v = string(flag) else { return [] }
        return v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
