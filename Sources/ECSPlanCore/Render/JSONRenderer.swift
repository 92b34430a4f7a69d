import Foundation

/// `--format json` and saved plan files: the `Plan` value itself, with sorted
/// keys so the output is stable (documented by schemas/plan.schema.json).
public enum JSONRenderer {
    public static func render(_ plan: Plan, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
    }

    public static func decode(_ data: Data) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: data)
    }
}
