import Foundation
import Testing
import TestSupport

/// Real task and service definitions from public repositories
/// (Tests/Fixtures/corpus, sources in SOURCES.md), pasted as they are.
@Suite(.serialized) struct CorpusTests {
    static let corpus = Repo.path("Tests/Fixtures/corpus")

    static func files(_ kind: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + kind).filter { $0.hasSuffix(".json") }.sorted()
            .map { corpus + "/" + kind + "/" + $0 }
    }

    /// Templates for other tools: ecspresso's `{{ must_env … }}`, CloudFormation's
    /// `${Partition}` and `Stack:ServiceName` names, and `--generate-cli-skeleton` output full of
    /// empty strings. ecsplan rightly refuses them as they are.
    static func isTemplate(_ path: String) throws -> Bool {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.contains("{{") || text.contains("${Partition}") || text.contains(":ServiceName") || path.contains("skeleton")
    }

    /// Definitions ECS itself would refuse, each for the reason given: ecsplan
    /// must refuse them too, naming the member.
    static let invalid: [String: String] = [
        "07-capacity-provider-empty-launchtype.json": "deploymentConfiguration.alarms: missing required key 'alarmNames'",
        "28-codedeploy-two-tgs-bad-alarmnames-case.json": "missing required key 'alarmNames' (found 'AlarmNames': keys are case-sensitive)",
        "35-launchtype-and-capacity-provider-registries.json": "unknown key 'enableLogging'",
    ]

    /// Every task definition that is not another tool's template validates
    /// alone, applies to the local backend, and re-plans with no changes.
    @Test func taskDefinitionsValidateApplyAndReplanClean() throws {
        let files = try Self.files("task-definitions")
        #expect(files.count >= 30)
        var valid = 0
        var refused: [String] = []
        for file in files {
            let r = try CLI.run(["validate", file])
            if r.status == 0 {
                valid += 1
            } else if !(try Self.isTemplate(file)) {
                refused.append("\(file):\n\(r.stderr)")
            }
            guard r.status == 0 else { continue }
            let dir = TempDir()
            defer { dir.cleanup() }
            let state = dir.path + "/state.db"
            let apply = try CLI.run(["apply", file, "--auto-approve", "--state", state])
            #expect(apply.status == 0, "\(file): \(apply.stderr)")
            let plan = try CLI.run(["plan", file, "--state", state, "--detailed-exitcode"])
            #expect(plan.status == 0, "\(file): re-plan after apply must show no changes:\n\(plan.stdout)\(plan.stderr)")
        }
        #expect(refused.isEmpty, "\(refused.joined(separator: "\n"))")
        // Measured: 38 of 43; the 5 others are templates (see isTemplate).
        #expect(Double(valid) >= 0.85 * Double(files.count), "\(valid) of \(files.count) validate")
    }

    /// Every service definition that is not a template or invalid validates
    /// alone: one without its identity (ecspresso keeps name, cluster and task
    /// definition in its own config) or naming a cluster and task definition
    /// that live in the account gets notes, not errors. `plan` still needs them.
    @Test func serviceDefinitionsValidateAlone() throws {
        let files = try Self.files("services")
        #expect(files.count >= 30)
        var valid = 0, templates = 0
        var refused: [String] = []
        var withoutIdentity: String?
        for file in files {
            // Placeholders for envsubst (`${PRIVATE_SUBNET_1}`) are left as text.
            let r = try CLI.run(["validate", file, "--allow-missing-env"])
            if let reason = Self.invalid[(file as NSString).lastPathComponent] {
                #expect(r.status == 1 && r.stderr.contains(reason), "\(file): \(r.stderr)")
                continue
            }
            if r.status == 0 { valid += 1 } else if try Self.isTemplate(file) { templates += 1 } else { refused.append("\(file):\n\(r.stderr)") }
            if r.stderr.contains("a service definition without") { withoutIdentity = file }
        }
        #expect(refused.isEmpty, "\(refused.joined(separator: "\n"))")
        // Measured: 31 of 36 (ecspresso's `{{ must_env }}` templates too, as text);
        // the others are the 3 invalid ones and 2 templates ECS would refuse as they are.
        #expect(valid == files.count - Self.invalid.count - templates && valid >= 30, "\(valid) of \(files.count) validate")
        // A definition without its identity is noted; planning it alone is refused, naming what it lacks.
        let ecspresso = try #require(withoutIdentity)
        let stateDir = TempDir()
        defer { stateDir.cleanup() }
        let plan = try CLI.run(["plan", ecspresso, "--allow-missing-env", "--state", stateDir.file("state.db")])
        #expect(plan.status == 1 && plan.stderr.contains("missing required key 'name' (or serviceName)"), "\(plan.stderr)")
    }

    /// Each service definition, given an identity and placed in a configuration
    /// with a cluster and a task definition, applies to the local backend and
    /// re-plans with no changes: every member it sets survives the round trip.
    @Test func serviceDefinitionsApplyAndReplanClean() throws {
        var applied = 0
        var failed: [String] = []
        for file in try Self.files("services") where !(try Self.isTemplate(file)) && Self.invalid[(file as NSString).lastPathComponent] == nil {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            if let list = object["services"] as? [[String: Any]], let first = list.first { object = first }
            for key in ["serviceName", "clusterArn", "taskDefinition", "cluster"] { object[key] = nil }
            object["name"] = "svc"
            object["cluster"] = "c"
            object["taskDefinition"] = "f"
            if object["desiredCount"] != nil { object["desiredCount"] = 1 }
            let fargate = (object["launchType"] as? String) == "FARGATE" || object["capacityProviderStrategy"] != nil
                || object["networkConfiguration"] != nil
            // The container a load balancer names, on the port it names.
            let balanced = (object["loadBalancers"] as? [[String: Any]])?.first
            let container: [String: Any] = ["name": balanced?["containerName"] as? String ?? "app", "image": "nginx:1.27", "memory": 128,
                                            "portMappings": [["containerPort": balanced?["containerPort"] as? Int ?? 80]]]
            var taskDefinition: [String: Any] = ["family": "f", "containerDefinitions": [container]]
            if fargate {
                taskDefinition["requiresCompatibilities"] = ["FARGATE", "EC2"]
                taskDefinition["networkMode"] = "awsvpc"
                taskDefinition["cpu"] = "256"
                taskDefinition["memory"] = "512"
            }
            let config: [String: Any] = ["clusters": [["name": "c"]], "taskDefinitions": [taskDefinition], "services": [object]]
            let dir = TempDir()
            defer { dir.cleanup() }
            let path = dir.write("config.json", String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self))
            let state = dir.path + "/state.db"
            let apply = try CLI.run(["apply", path, "--auto-approve", "--allow-missing-env", "--state", state])
            guard apply.status == 0 else {
                failed.append("\(file): apply: \(apply.stderr)")
                continue
            }
            let plan = try CLI.run(["plan", path, "--state", state, "--detailed-exitcode", "--allow-missing-env"])
            if plan.status == 0 { applied += 1 } else { failed.append("\(file): re-plan:\n\(plan.stdout)\(plan.stderr)") }
        }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
        // Measured: 18 (the rest are templates or invalid, listed above).
        #expect(applied >= 18)
    }
}
