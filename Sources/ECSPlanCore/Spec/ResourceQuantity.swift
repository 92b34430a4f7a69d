import Foundation
import YAML

/// Task-level `cpu` and `memory`, which the ECS API takes as strings:
/// `256`, `"256"`, `"0.25 vCPU"`, `"1 vcpu"`, `"512 MiB"`, `"2 GB"`, `"0.5GB"`.
/// Stored normalized (CPU units, MiB) so `"1 vCPU"` and `1024` never differ in a plan.
public struct ResourceQuantity: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable { case cpu, memory }
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public var description: String { String(value) }

    /// Parses the API's accepted spellings. Returns nil for anything else.
    public static func parse(_ text: String, kind: Kind) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let i = Int(trimmed) { return i }
        let units: [(String, Double)] = kind == .cpu
            ? [("vcpu", 1024)]
            : [("mib", 1), ("mb", 1), ("gib", 1024), ("gb", 1024)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let d = Double(number), d >= 0 else { return nil }
            let scaled = d * factor
            guard scaled == scaled.rounded(), scaled < Double(Int32.max) else { return nil }
            return Int(scaled)
        }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        guard let d = decoder as? NodeDecoder else {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { value = i; return }
            let s = try c.decode(String.self)
            guard let v = ResourceQuantity.parse(s, kind: .memory) ?? ResourceQuantity.parse(s, kind: .cpu) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a quantity: \(s)")
            }
            value = v
            return
        }
        let kind: Kind = d.path.components.last == .key("cpu") ? .cpu : .memory
        let text = try d.interpolatedString(expected: kind == .cpu ? "CPU units or \"N vCPU\"" : "MiB or \"N GB\"")
        guard let v = ResourceQuantity.parse(text, kind: kind) else {
            throw d.typeError(kind == .cpu ? "CPU units (e.g. 256) or \"0.25 vCPU\"" : "MiB (e.g. 512) or \"1 GB\"")
        }
        value = v
    }

    /// The API's string form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(String(value))
    }
}
