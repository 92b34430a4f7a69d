import Foundation
import Testing
import TestSupport

/// `ECSPLAN_<FLAG>` is the flag: checked the same way, an error when it is wrong,
/// and overridden by the flag on the command line.
@Suite struct EnvironmentVariableTests {
    static let quickstart = ["plan", "examples/quickstart", "--state", "/nonexistent/ecsplan-test/state.db"]

    /// The variables a new user got wrong: each used to be ignored in silence.
    @Test(arguments: [
        ("ECSPLAN_BACKEND", "foo", "expected one of local, ecs"),
        ("ECSPLAN_FORMAT", "xml", "expected one of text, json, markdown"),
        ("ECSPLAN_PARALLELISM", "-1", "expected a whole number of services, 1 or more"),
        ("ECSPLAN_TIMEOUT", "abc", "expected a duration above zero"),
        ("ECSPLAN_PRUNE", "maybe", "expected 1, true, yes or on"),
        ("ECSPLAN_LOCK_TIMEOUT", "-5s", "expected a duration"),
        ("ECSPLAN_REGION", "us_east_1", "expected an AWS region"),
        ("AWS_REGION", "useast1", "expected an AWS region"),
        ("ECSPLAN_ENDPOINT_URL", "localhost:4566", "expected an http:// or https:// URL"),
        ("ECSPLAN_HTTP_TIMEOUT", "soon", "expected a duration above zero"),
        ("ECSPLAN_TARGET", "servce/a/b", "expected cluster/NAME, task-definition/FAMILY or service/CLUSTER/NAME"),
    ])
    func anInvalidVariableIsAnErrorNamingIt(_ variable: String, _ value: String, _ expected: String) throws {
        let r = try CLI.run(Self.quickstart, cwd: Repo.root.path, env: [variable: value])
        #expect(r.status == 1, "\(variable)=\(value): \(r.stdout)")
        #expect(r.stderr.hasPrefix("ecsplan: \(variable)=\(value) is not valid: \(expected)"), "\(r.stderr)")
        #expect(r.stdout.isEmpty, "nothing may run with a bad variable")
    }

    /// A pipeline sets variables once for every step: `validate` refuses a bad
    /// ECSPLAN_TIMEOUT although only apply reads it.
    @Test func everyCommandChecksEveryVariable() throws {
        let r = try CLI.run(["validate", "examples/quickstart"], cwd: Repo.root.path, env: ["ECSPLAN_TIMEOUT": "abc"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("ECSPLAN_TIMEOUT=abc is not valid"))
    }

    @Test func theVariableIsUsedWhenTheFlagIsAbsent() throws {
        let r = try CLI.run(Self.quickstart, cwd: Repo.root.path, env: ["ECSPLAN_FORMAT": "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "expected JSON, got \(r.stdout.prefix(200))")
    }

    @Test func theFlagWinsOverTheVariable() throws {
        var r = try CLI.run(Self.quickstart + ["--format", "markdown"], cwd: Repo.root.path, env: ["ECSPLAN_FORMAT": "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) == nil)
        // Not read at all, so not refused: the command line decided.
        r = try CLI.run(Self.quickstart + ["--format=text"], cwd: Repo.root.path, env: ["ECSPLAN_FORMAT": "xml"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func aSwitchVariableTurnsTheFlagOnAndOff() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("c.yaml", "clusters: [{name: c}]\n")
        let state = ["--state", dir.file("state.db")]
        var r = try CLI.run(["plan", "c.yaml"] + state, cwd: dir.path, env: ["ECSPLAN_DETAILED_EXITCODE": "true"])
        #expect(r.status == 2, "changes with --detailed-exitcode from the environment: \(r.stderr)")
        r = try CLI.run(["plan", "c.yaml"] + state, cwd: dir.path, env: ["ECSPLAN_DETAILED_EXITCODE": "0"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func anUnknownVariableIsWarnedAboutWithTheNearestName() throws {
        let r = try CLI.run(["validate", "examples/quickstart"], cwd: Repo.root.path, env: ["ECSPLAN_BACKND": "ecs", "ECSPLAN_ZZZZZZ": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("ecsplan: warning: ECSPLAN_BACKND is not a variable ecsplan reads; did you mean ECSPLAN_BACKEND?\n"), "\(r.stderr)")
        #expect(r.stderr.contains("ecsplan: warning: ECSPLAN_ZZZZZZ is not a variable ecsplan reads\n"), "\(r.stderr)")
    }

    /// The AWS settings the ecs backend reads are refused before any request.
    @Test(arguments: [
        ("AWS_RETRY_MODE", "fast", "expected one of legacy, standard, adaptive"),
        ("AWS_MAX_ATTEMPTS", "0", "expected a whole number of attempts, 1 or more"),
        ("AWS_MAX_ATTEMPTS", "three", "expected a whole number of attempts, 1 or more"),
        ("AWS_ENDPOINT_URL_ECS", "ftp://mock", "expected an http:// or https:// URL"),
        ("AWS_ENDPOINT_URL", "http://", "expected an http:// or https:// URL"),
    ])
    func badAWSSettingsAreRefusedForTheECSBackend(_ variable: String, _ value: String, _ expected: String) throws {
        let env = [variable: value, "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_REGION": "us-east-1"]
        let r = try CLI.run(["plan", "examples/quickstart", "--backend", "ecs"], cwd: Repo.root.path, env: env)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("ecsplan: \(variable)=\(value) is not valid: \(expected)"), "\(r.stderr)")
    }

    @Test func aBadFlagValueNamesTheFlag() throws {
        let r = try CLI.run(Self.quickstart + ["--region", "mars"], cwd: Repo.root.path)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("ecsplan: --region mars: expected an AWS region"), "\(r.stderr)")
    }

    /// Every option of every command has its ECSPLAN_ variable: set them all
    /// (empty, which counts as unset) and none may be called unknown.
    @Test func everyOptionHasItsVariable() throws {
        let dump = try CLI.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var names = Set<String>()
        func walk(_ command: [String: Any]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    if let n = name["name"] as? String { names.insert(n) }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
        }
        walk(try #require(root["command"] as? [String: Any]))
        // help and version are the parser's; --clear is a simulator knob of `state simulate`.
        names.subtract(["help", "version", "clear"])
        #expect(names.contains("backend") && names.contains("lock-timeout"))
        var env: [String: String] = [:]
        for n in names { env["ECSPLAN_" + n.uppercased().replacingOccurrences(of: "-", with: "_")] = "" }
        let r = try CLI.run(["validate", "examples/quickstart"], cwd: Repo.root.path, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("not a variable ecsplan reads"), "\(r.stderr)")
    }

    /// A benchmark tool, not a flag: the state's statements timed into a file at exit.
    @Test func sqlTimingsAreWrittenAtExitWithoutAWarning() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let report = dir.file("sql.txt")
        // apply: a plan against a state file that does not exist yet opens no database.
        let r = try CLI.run(["apply", "examples/quickstart", "--auto-approve", "--state", dir.file("state.db")],
                            cwd: Repo.root.path, env: ["ECSPLAN_SQL_TIMINGS": report])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("not a variable ecsplan reads"), "\(r.stderr)")
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.contains(" ms in ") ?? false, "\(lines.prefix(3))")
        #expect(lines.contains { $0.contains("INSERT INTO services") }, "\(lines.prefix(5))")
    }
}
