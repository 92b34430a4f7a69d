import Foundation

/// A saved plan's bytes back into a `Plan`, refusing anything that is not
/// exactly a plan this version wrote: empty, truncated, not JSON, another
/// format version, missing or mistyped fields. Each refusal says which.
public enum PlanFile {
    public static func decode(_ data: Data) throws(PlanFileError) -> Plan {
        guard !data.isEmpty else { throw PlanFileError("the file is empty") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let trimmed = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if data.first == UInt8(ascii: "{") && !trimmed.hasSuffix("}") {
                throw PlanFileError("the JSON ends early after \(data.count) bytes (the file is truncated)")
            }
            throw PlanFileError("not JSON")
        }
        guard let top = object as? [String: Any] else { throw PlanFileError("not a plan (the JSON is not an object)") }
        guard let version = top["formatVersion"] as? Int else { throw PlanFileError("not a plan (no formatVersion)") }
        guard version == Plan.formatVersion else {
            throw PlanFileError("plan format \(version) is not supported: this ecsplan (\(ECSPlanVersion.current)) reads format \(Plan.formatVersion)",
                                hint: "make the plan again with this version, or apply it with the version that made it")
        }
        do {
            return try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw PlanFileError("not a valid plan: " + describe(error))
        } catch {
            throw PlanFileError("not a valid plan: \(error)")
        }
    }

    /// `changes[2].action: "destroy" is not a valid value`, not a Foundation dump.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context): return "\(path(context.codingPath)) has the wrong type"
        case .valueNotFound(_, let context): return "\(path(context.codingPath)) is null"
        case .dataCorrupted(let context): return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// Why a file is not a plan this ecsplan can apply.
public struct PlanFileError: Error, Sendable, CustomStringConvertible {
    public var problem: String
    public var hint: String

    public init(_ problem: String, hint: String = "make a new plan with `ecsplan plan --out FILE`") {
        self.problem = problem
        self.hint = hint
    }

    public var description: String { "\(problem)\n  hint: \(hint)" }
}
