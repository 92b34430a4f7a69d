import Foundation
import Testing
import TestSupport
import ECSPlanCore

/// Checks examples and plan outputs against the JSON Schemas in schemas/,
/// with Python's jsonschema (a test-only helper that .ci/run installs).
@Suite struct SchemaTests {
    static let checker = """
        import glob, json, sys
        import jsonschema, yaml
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            if path.endswith('.json'):
                docs = [json.load(open(path))]
            else:
                docs = [d for d in yaml.safe_load_all(open(path)) if d is not None]
            errors = [e for d in docs for e in validator.iter_errors(d)]
            print(path, len(errors), '; '.join(sorted(e.message[:60] for e in errors)[:3]))
        """

    /// Runs the checker; returns file → error count. Missing Python modules fail the test loudly.
    static func check(schema: String, files: [String]) throws -> [String: Int] {
        let output: String
        do {
            output = try Python.run(["-c", checker, Repo.path("schemas/" + schema)] + files)
        } catch {
            Issue.record("schema checker failed (pip install jsonschema pyyaml): \(error)")
            return [:]
        }
        var result: [String: Int] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            if parts.count >= 2 { result[String(parts[0])] = Int(parts[1]) }
        }
        return result
    }

    @Test func everyExampleMatchesTheConfigSchema() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Repo.path("examples"))
            // Pipeline examples are CI files, not ecsplan configurations.
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("invalid/") && !$0.hasPrefix("github-actions/") && !$0.hasPrefix("gitlab-ci/") }
            .map { Repo.path("examples/" + $0) }
        #expect(files.count >= 3)
        let result = try Self.check(schema: "ecsplan.schema.json", files: files)
        #expect(result.count == files.count)
        for (file, errors) in result { #expect(errors == 0, "\(file)") }
    }

    @Test func theSchemaRejectsTheMistakesItCanExpress() throws {
        let files = ["typos.yaml", "references.yaml"].map { Repo.path("examples/invalid/" + $0) }
        let result = try Self.check(schema: "ecsplan.schema.json", files: files)
        #expect(result.count == 2)
        for (file, errors) in result { #expect(errors > 0, "\(file) should be rejected") }
    }

    /// Editors show a field's description and examples on hover: every field has
    /// a description (a model member's links to its API reference), ecsplan's own
    /// fields have examples, and every example is valid for the field it illustrates.
    @Test func everyFieldIsDescribedWithValidExamples() throws {
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            problems, fields = [], 0
            def walk(node, path):
                global fields
                if isinstance(node, dict):
                    for key, sub in (node.get('properties') or {}).items():
                        fields += 1
                        where = path + '.' + key
                        if not sub.get('description'): problems.append(where + ': no description')
                        examples = sub.get('examples') or []
                        own = not (sub.get('description') or '').startswith('`')
                        if own and not examples and not key.endswith('Arn') and 'Output-only' not in sub.get('description', ''):
                            problems.append(where + ': no examples')
                        for example in examples:
                            for error in jsonschema.Draft202012Validator(dict(sub, **{'$defs': schema.get('$defs', {})})).iter_errors(example):
                                problems.append(where + ': example ' + json.dumps(example) + ' is invalid: ' + error.message[:80])
                        walk(sub, where)
                    for key, sub in node.items():
                        if key != 'properties': walk(sub, path + ('[]' if key == 'items' else ''))
                elif isinstance(node, list):
                    for sub in node: walk(sub, path)
            walk(schema, '')
            print(fields)
            print('\\n'.join(problems))
            """
        let output = try Python.run(["-c", script, Repo.path("schemas/ecsplan.schema.json")])
        let lines = output.split(separator: "\n").map(String.init)
        #expect((Int(lines.first ?? "") ?? 0) > 150, "the walk found too few fields: \(lines.first ?? "")")
        let problems = lines.dropFirst()
        #expect(problems.isEmpty, "\(problems.count) schema fields lack a description or a valid example:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func planGoldensMatchThePlanSchema() throws {
        let dir = Repo.path("Tests/Fixtures/golden/plans")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.map { dir + "/" + $0 }
        #expect(files.count >= 8)
        let result = try Self.check(schema: "plan.schema.json", files: files)
        #expect(result.count == files.count)
        for (file, errors) in result { #expect(errors == 0, "\(file)") }
    }
}

extension SchemaTests {
    /// A saved plan matches the plan schema, and its desired specs, which have
    /// a configuration's shape, match the configuration schema.
    @Test func aSavedPlanAndItsSpecsMatchTheSchemas() async throws {
        let (_, plan) = try await PlanFileTests.bump()
        let dir = TempDir()
        defer { dir.cleanup() }
        let file = dir.file("plan.json")
        try PlanFile.write(plan).write(to: URL(fileURLWithPath: file))
        let desired = try #require(try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])["desired"]
        let specs = dir.file("desired.json")
        try JSONSerialization.data(withJSONObject: try #require(desired)).write(to: URL(fileURLWithPath: specs))
        #expect(try Self.check(schema: "plan.schema.json", files: [file]) == [file: 0])
        #expect(try Self.check(schema: "ecsplan.schema.json", files: [specs]) == [specs: 0])
    }
}
