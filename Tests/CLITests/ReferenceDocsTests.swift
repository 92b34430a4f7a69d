import Foundation
import Testing
import TestSupport

/// docs/reference is generated from the code: the CLI's own help and the
/// configuration schema's descriptions. The test fails when they drift;
/// `UPDATE_GOLDEN=1 swift test --filter ReferenceDocsTests` regenerates them.
@Suite struct ReferenceDocsTests {
    static func check(_ text: String, _ relative: String) throws {
        let path = Repo.path(relative)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let current = try? String(contentsOfFile: path, encoding: .utf8)
        #expect(current == text, "\(relative) is out of date: run UPDATE_GOLDEN=1 swift test --filter ReferenceDocsTests")
    }

    @Test func cliReference() throws {
        var out = "# CLI reference\n\nGenerated from `ecsplan help` by `Tests/CLITests/ReferenceDocsTests.swift`; do not edit.\n"
        let commands = ["", "validate", "plan", "apply", "show", "import", "state list", "state show", "state unlock",
                        "state simulate fail-revision", "state simulate exit-code", "state simulate alarm", "state simulate hook",
                        "state simulate scale", "state simulate step", "verify", "run", "status", "wait", "rollback"]
        for command in commands {
            let r = try CLI.run(["help"] + command.split(separator: " ").map(String.init), env: ["COLUMNS": "100"])
            out += "\n## ecsplan \(command)\n\n```text\n\(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))\n```\n"
        }
        try Self.check(out, "docs/reference/cli.md")
    }

    /// The first example as compact JSON, shortened to keep the table readable.
    static func example(_ property: [String: Any]) -> String {
        guard let first = (property["examples"] as? [Any])?.first,
              let data = try? JSONSerialization.data(withJSONObject: first, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]),
              var text = String(data: data, encoding: .utf8) else { return "" }
        if text.count > 60 { text = String(text.prefix(57)) + "…" }
        return "`" + text.replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    @Test func configReference() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repo.path("schemas/ecsplan.schema.json")))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var out = "# Configuration reference\n\nGenerated from `schemas/ecsplan.schema.json` by `Tests/CLITests/ReferenceDocsTests.swift`; do not edit.\n"
        out += "Field names are the ECS API's. Read-only fields are accepted and ignored.\n"
        func walk(_ node: [String: Any], _ path: String) {
            guard let props = node["properties"] as? [String: Any] else {
                // A shape with no fields of its own (a document: any value) is its description.
                if let description = node["description"] as? String { out += "\n## \(path)\n\n\(description)\n" }
                return
            }
            let required = Set(node["required"] as? [String] ?? [])
            out += "\n## \(path)\n\n| field | required | description | example |\n|---|---|---|---|\n"
            var nested: [(String, [String: Any])] = []
            for key in props.keys.sorted() {
                guard let p = props[key] as? [String: Any] else { continue }
                var description = (p["description"] as? String ?? "").replacingOccurrences(of: "|", with: "\\|")
                let ref = (p["$ref"] as? String) ?? ((p["items"] as? [String: Any])?["$ref"] as? String)
                if let ref { description += " See [\(ref.split(separator: "/").last ?? "")](#\(ref.split(separator: "/").last?.lowercased() ?? ""))." }
                out += "| `\(key)` | \(required.contains(key) ? "yes" : "") | \(description) | \(Self.example(p)) |\n"
                if p["properties"] != nil { nested.append(("\(path).\(key)", p)) }
                if let items = p["items"] as? [String: Any], items["properties"] != nil { nested.append(("\(path).\(key)[]", items)) }
            }
            for (p, n) in nested { walk(n, p) }
        }
        walk(schema, "(top level)")
        // The model's shapes, each once, as the schema's $defs hold them.
        for (name, def) in (schema["$defs"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let def = def as? [String: Any] { walk(def, name) }
        }
        try Self.check(out, "docs/reference/config.md")
    }
}
