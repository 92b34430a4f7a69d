import Crypto
import Foundation

/// A saved plan (`plan --out FILE`): the plan as `--format json` shows it,
/// plus the desired specs apply needs and a checksum over the file, so the
/// reviewed artifact applies on its own and an edited one is refused.
///
/// The checksum is SHA-256 over the file's bytes with the checksum's own
/// value written as 64 zeros. It is a top-level member (indented by two
/// spaces, where no nested member can be), which `decode` finds and zeroes again.
public enum PlanFile {
    static let checksumKey = "\n  \"checksum\" : \"sha256:"
    static let placeholder = String(repeating: "0", count: 64)

    /// The desired specs, each encoded through its Codable conformance
    /// (compact, sorted keys): the spec types are many and follow the ECS model.
    struct EncodedSpecs {
        var clusters: [[UInt8]]
        var services: [[UInt8]]
        var taskDefinitions: [[UInt8]]
    }

    static func encode<T: Encodable & Sendable>(_ items: [T]) throws -> [[UInt8]] {
        try Parallel.map(items) { item in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return [UInt8](try encoder.encode(item))
        }
    }

    public static func write(_ plan: Plan) throws -> Data {
        let desired = plan.desired ?? DesiredSpecs()
        let specs = EncodedSpecs(clusters: try encode(desired.clusters), services: try encode(desired.services),
                                 taskDefinitions: try encode(desired.taskDefinitions))
        var w = PrettyJSONWriter(capacity: 2048 * max(1, plan.changes.count))
        w.plan(plan, file: specs)
        w.appendNewline()
        var bytes = w.bytes
        guard let range = checksumRange(in: bytes) else { return Data(bytes) }
        let digest = Hex.encode(SHA256.hash(data: bytes))
        bytes.replaceSubrange(range, with: Array(digest.utf8))
        return Data(bytes)
    }

    /// A saved plan's bytes back into a `Plan`, refusing anything that is not
    /// exactly a plan this version wrote, each refusal saying which: empty,
    /// truncated, not JSON; from a newer (or older) ecsplan or format, checked
    /// first so that it says so rather than failing to parse; changed after it
    /// was written (the checksum); missing or mistyped fields.
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
        guard let format = top["formatVersion"] as? Int else { throw PlanFileError("not a plan (no formatVersion)") }
        let writer = top["ecsplanVersion"] as? String ?? "an unknown version"
        if format > Plan.formatVersion || ECSPlanVersion.compare(writer, ECSPlanVersion.current) == .orderedDescending {
            throw PlanFileError("the plan was made by ecsplan \(writer) (plan format \(format)), newer than this ecsplan "
                                + "\(ECSPlanVersion.current) (format \(Plan.formatVersion))", hint: "apply it with ecsplan \(writer) or later")
        }
        if format < Plan.formatVersion {
            throw PlanFileError("plan format \(format) is not supported: it was made by ecsplan \(writer), whose plans need their configuration "
                                + "to apply; this ecsplan (\(ECSPlanVersion.current)) reads format \(Plan.formatVersion)",
                                hint: "make the plan again with this version, or apply it with the version that made it")
        }

        var bytes = [UInt8](data)
        guard let range = checksumRange(in: bytes) else {
            throw PlanFileError("the plan has no checksum: it is not a plan saved with `ecsplan plan --out FILE` "
                                + "(the output of --format json is for reading, not applying)")
        }
        let recorded = String(decoding: bytes[range], as: UTF8.self)
        bytes.replaceSubrange(range, with: Array(placeholder.utf8))
        guard Hex.encode(SHA256.hash(data: bytes)) == recorded else {
            throw PlanFileError("the plan was changed after it was written (its checksum does not match its contents)",
                                hint: "apply only the plan file `ecsplan plan --out` wrote, or make a new plan")
        }

        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw PlanFileError("not a valid plan: " + describe(error))
        } catch {
            throw PlanFileError("not a valid plan: \(error)")
        }
        guard plan.desired != nil else { throw PlanFileError("not a valid plan: desired is missing") }
        return plan
    }

    /// Where the checksum's 64 hex digits are.
    static func checksumRange(in bytes: [UInt8]) -> Range<Int>? {
        let key = Array(checksumKey.utf8)
        guard bytes.count >= key.count + 64 else { return nil }
        var i = 0
        while i <= bytes.count - key.count - 64 {
            if bytes[i] == key[0] && bytes[i..<(i + key.count)].elementsEqual(key) {
                let start = i + key.count
                return start..<(start + 64)
            }
            i += 1
        }
        return nil
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

/// Why a file is not a plan this ecsplan can apply; nothing has been changed when one is thrown.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: String
    public var hint: String

    public init(_ problem: String, hint: String = "make a new plan with `ecsplan plan --out FILE`") {
        self.problem = problem
        self.hint = hint
    }

    public var description: String { "\(problem)\n  hint: \(hint)" }
}
