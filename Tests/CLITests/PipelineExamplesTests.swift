import Foundation
import Testing
import TestSupport
import YAML

/// The pipeline examples are run, not just read: the `run:` steps of
/// examples/github-actions/ecsplan.yml and the `script:` lines of
/// examples/gitlab-ci/.gitlab-ci.yml execute against the local backend with
/// the CI variables set, the built ecsplan on PATH, and stubs for what only
/// the CI provides (artifact storage through `gh` and GitLab's API). The
/// reviewed plan file must be what applies on merge.
@Suite struct PipelineExamplesTests {
    /// A repository checkout holding `ecs/`, a state, an artifact store and a bin directory.
    struct Workspace {
        let dir = TempDir()
        var checkout: String { dir.file("checkout") }
        var state: String { dir.file("state/state.db") }
        var artifacts: String { dir.file("artifacts") }
        var bin: String { dir.file("bin") }
        var log: String { dir.file("stub.log") }

        init() throws {
            let fm = FileManager.default
            try fm.createDirectory(atPath: dir.file("checkout"), withIntermediateDirectories: true)
            try fm.copyItem(atPath: Repo.path("examples/quickstart"), toPath: dir.file("checkout/ecs"))
            for d in ["state", "artifacts", "bin"] { try fm.createDirectory(atPath: dir.file(d), withIntermediateDirectories: true) }
            try fm.createSymbolicLink(atPath: dir.file("bin/ecsplan"), withDestinationPath: CLI.binary)
            for (name, text) in [("gh", Self.gh), ("curl", Self.curl)] {
                dir.write("bin/" + name, text)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.file("bin/" + name))
            }
        }

        /// The merged change: the image tag's default moves from 1.27 to 1.28.
        func bumpImage() throws {
            let web = checkout + "/ecs/web.yaml"
            let text = try String(contentsOfFile: web, encoding: .utf8)
            try text.replacingOccurrences(of: "${IMAGE_TAG:-1.27}", with: "${IMAGE_TAG:-1.28}").write(toFile: web, atomically: true, encoding: .utf8)
        }

        func stateList() throws -> String {
            try CLI.run(["state", "list", "--state", state], cwd: dir.path).stdout
        }

        /// Stands in for the GitHub CLI: one successful plan run (4242) of the
        /// expected commit, whose artifacts are in $ARTIFACTS.
        static let gh = """
            #!/bin/bash
            echo "gh $*" >> "$STUB_LOG"
            if [ "$1 $2" = "run list" ]; then
              case " $* " in *" --commit $EXPECT_SHA "*) ;; *) echo "gh stub: not the pull request's head commit: $*" >&2; exit 1;; esac
              case " $* " in *" --status success "*) ;; *) echo "gh stub: a plan run that failed must not be applied: $*" >&2; exit 1;; esac
              echo 4242
            elif [ "$1 $2 $3" = "run download 4242" ]; then
              shift 3
              while [ $# -gt 0 ]; do case "$1" in --name) name=$2; shift 2;; --dir) dir=$2; shift 2;; *) shift;; esac; done
              [ -d "$ARTIFACTS/$name" ] || { echo "gh stub: no artifact $name" >&2; exit 1; }
              mkdir -p "$dir" && cp "$ARTIFACTS/$name"/* "$dir"/
            else
              echo "gh stub: unexpected: gh $*" >&2; exit 1
            fi
            """

        /// Stands in for curl against GitLab's job-artifacts API.
        static let curl = """
            #!/bin/bash
            echo "curl $*" >> "$STUB_LOG"
            out=""; url=""; prev=""
            for a in "$@"; do
              [ "$prev" = "--output" ] && out=$a
              case "$a" in http*) url=$a;; esac
              prev=$a
            done
            [ "$url" = "$EXPECT_URL" ] || { echo "curl stub: unexpected URL $url" >&2; exit 22; }
            cp "$ARTIFACTS/plan/plan.json" "$out"
            """

        /// Runs one shell script as the CI would, in `cwd`, with only `env` and the basics set.
        func shell(_ script: String, options: [String], cwd: String, env: [String: String]) throws -> ShellResult {
            let file = dir.write("step-\(UUID().uuidString).sh", script)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["--noprofile", "--norc"] + options + [file]
            var environment = ["PATH": bin + ":/usr/bin:/bin", "HOME": dir.path, "NO_COLOR": "1",
                               "STUB_LOG": log, "ARTIFACTS": artifacts, "ECSPLAN_BACKEND": "local", "ECSPLAN_STATE": state]
            environment.merge(env) { _, new in new }
            // The local backend locks its own state; S3 is not reachable from the test.
            environment["ECSPLAN_LOCK"] = nil
            environment["ECSPLAN_BACKEND"] = "local"
            p.environment = environment
            p.currentDirectoryURL = URL(fileURLWithPath: cwd)
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let (o, e) = readBoth(out, err)
            p.waitUntilExit()
            return ShellResult(status: p.terminationStatus, stdout: o, stderr: e)
        }
    }

    // MARK: GitHub Actions

    static func workflow() throws -> Node {
        try #require(try YAMLLoader.load(contentsOf: Repo.path("examples/github-actions/ecsplan.yml")).documents.first)
    }

    /// `${{ … }}` expressions the steps' `env:` may use, as the runner would fill them.
    static let expressions = ["github.token": "test-token", "github.repository": "acme/shop", "github.event.pull_request.head.sha": "abc123"]

    static func expand(_ value: String) throws -> String {
        guard let open = value.range(of: "${{"), let close = value.range(of: "}}") else { return value }
        let expression = value[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        let filled = try #require(expressions[expression], "the example uses \(expression), which the test does not fill")
        return value.replacingCharacters(in: open.lowerBound..<close.upperBound, with: filled)
    }

    /// Runs a job's steps: `run:` in bash as the runner's `shell: bash` does,
    /// `actions/upload-artifact` by copying into the artifact store; other
    /// actions (checkout, credentials, the comment) need the real service.
    static func runJob(_ name: String, in ws: Workspace, cwd: String, env extra: [String: String]) throws -> [(String, ShellResult)] {
        let root = try workflow()
        let job = try #require(root["jobs"]?[name], "no job \(name)")
        let bash = root["defaults"]?["run"]?["shell"]?.text == "bash"
        var env = root["env"]?.strings ?? [:]
        env.merge(extra) { _, new in new }
        env["GITHUB_ACTIONS"] = "true"
        env["GITHUB_OUTPUT"] = ws.dir.file("github-output")
        env["GITHUB_STEP_SUMMARY"] = ws.dir.file("step-summary.md")
        var results: [(String, ShellResult)] = []
        for step in job["steps"]?.list ?? [] {
            let title = step["name"]?.text ?? step["uses"]?.text ?? "step"
            if let uses = step["uses"]?.text {
                if uses.hasPrefix("actions/upload-artifact@"), let artifact = step["with"]?["name"]?.text, let path = step["with"]?["path"]?.text {
                    let target = ws.artifacts + "/" + artifact
                    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
                    try? FileManager.default.copyItem(atPath: cwd + "/" + path, toPath: target + "/" + (path as NSString).lastPathComponent)
                }
                continue
            }
            guard let script = step["run"]?.text else { continue }
            var stepEnv = env
            for (k, v) in step["env"]?.strings ?? [:] { stepEnv[k] = try expand(v) }
            let r = try ws.shell(script, options: bash ? ["-eo", "pipefail"] : ["-e"], cwd: cwd, env: stepEnv)
            results.append((title, r))
            if r.status != 0 { break }
        }
        return results
    }

    @Test func gitHubPlansThePullRequestAndAppliesThatPlanFileOnMerge() throws {
        let ws = try Workspace()
        defer { ws.dir.cleanup() }
        var r = try CLI.run(["apply", "ecs", "--auto-approve", "--state", ws.state], cwd: ws.checkout)
        #expect(r.status == 0, "\(r.stderr)")
        try ws.bumpImage()

        let plan = try Self.runJob("plan", in: ws, cwd: ws.checkout, env: [:])
        #expect(plan.map(\.0) == ["Plan"])
        for (title, result) in plan { #expect(result.status == 0, "\(title): \(result.stderr)") }
        let output = try String(contentsOfFile: ws.dir.file("github-output"), encoding: .utf8)
        #expect(output.contains("exitcode=2"))
        let comment = try String(contentsOfFile: ws.checkout + "/plan.md", encoding: .utf8)
        #expect(comment.hasPrefix("### ecsplan: 0 to create, 2 to update"))
        #expect(comment.contains("nginx:1.28"))
        #expect(FileManager.default.fileExists(atPath: ws.artifacts + "/ecsplan-plan/plan.json"))

        // The merge: a new workspace with no checkout, only the artifact.
        let merged = ws.dir.file("merged")
        try FileManager.default.createDirectory(atPath: merged, withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: ws.checkout)  // the apply must not need the configuration
        let apply = try Self.runJob("apply", in: ws, cwd: merged, env: ["EXPECT_SHA": "abc123"])
        #expect(apply.map(\.0) == ["Download the reviewed plan", "Apply the reviewed plan"])
        for (title, result) in apply { #expect(result.status == 0, "\(title): \(result.stderr)") }
        let events = try String(contentsOfFile: merged + "/apply-events.jsonl", encoding: .utf8)
        #expect(events.contains("\"kind\":\"finished\"") || events.contains("\"kind\" : \"finished\""), "\(events)")
        #expect(try ws.stateList().contains("service/demo/web        web:2        4/4 running"))
        r = try CLI.run(["plan", "--state", ws.state, Repo.path("examples/quickstart")], cwd: ws.dir.path, env: ["IMAGE_TAG": "1.28", "ECSPLAN_DETAILED_EXITCODE": "1"])
        #expect(r.status == 0, "the reviewed plan applied in full: \(r.stdout)")
    }

    @Test func gitHubPlanStepFailsWhenThePlanFails() throws {
        let ws = try Workspace()
        defer { ws.dir.cleanup() }
        ws.dir.write("checkout/ecs/broken.yaml", "services:\n  - name: x\n    cluster: nowhere\n    taskDefinition: missing\n")
        let plan = try Self.runJob("plan", in: ws, cwd: ws.checkout, env: [:])
        let result = try #require(plan.last?.1)
        #expect(result.status != 0, "a failed plan passed through `| tee`: \(result.stdout)")
        #expect(result.stderr.contains("::error file=ecs/broken.yaml"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.artifacts + "/ecsplan-plan"))
    }

    // MARK: GitLab CI

    static func gitlabScript(_ job: String) throws -> String {
        let root = try #require(try YAMLLoader.load(contentsOf: Repo.path("examples/gitlab-ci/.gitlab-ci.yml")).documents.first)
        let node = try #require(root[job], "no job \(job)")
        let base = node["extends"]?.text.flatMap { root[$0] }
        let lines = ((node["before_script"] ?? base?["before_script"])?.list ?? []) + (node["script"]?.list ?? [])
        // GitLab refuses a script item that is not a string (an unquoted `: ` makes a mapping).
        return try lines.map { try #require($0.text, "\(job): a script item at line \($0.mark.line) is not a string") }.joined(separator: "\n")
    }

    static func gitlabVariables() throws -> [String: String] {
        let root = try #require(try YAMLLoader.load(contentsOf: Repo.path("examples/gitlab-ci/.gitlab-ci.yml")).documents.first)
        return root["variables"]?.strings ?? [:]
    }

    @Test func gitLabPlansTheMergeRequestAndAppliesThatPlanFileOnMerge() throws {
        let ws = try Workspace()
        defer { ws.dir.cleanup() }
        let r = try CLI.run(["apply", "ecs", "--auto-approve", "--state", ws.state], cwd: ws.checkout)
        #expect(r.status == 0, "\(r.stderr)")
        try ws.bumpImage()
        var env = try Self.gitlabVariables()
        env.merge(["GITLAB_CI": "true", "CI_PROJECT_DIR": ws.checkout, "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "42"]) { _, n in n }

        // GitLab's bash runs the lines with `set -e`; pipefail is the example's own.
        let plan = try ws.shell(try Self.gitlabScript("plan"), options: ["-e"], cwd: ws.checkout, env: env)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(try String(contentsOfFile: ws.checkout + "/plan.md", encoding: .utf8).contains("nginx:1.28"))
        try FileManager.default.createDirectory(atPath: ws.artifacts + "/plan", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ws.checkout + "/plan.json", toPath: ws.artifacts + "/plan/plan.json")

        let merged = ws.dir.file("merged")
        try FileManager.default.createDirectory(atPath: merged, withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: ws.checkout)
        env.merge(["CI_PROJECT_DIR": merged, "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main",
                   "CI_COMMIT_MESSAGE": "Merge branch 'bump' into 'main'\n\nBump nginx to 1.28\n\nSee merge request acme/shop!42",
                   "CI_API_V4_URL": "https://gitlab.example.com/api/v4", "CI_PROJECT_ID": "7", "CI_JOB_TOKEN": "job-token",
                   "EXPECT_URL": "https://gitlab.example.com/api/v4/projects/7/jobs/artifacts/refs%2Fmerge-requests%2F42%2Fhead/raw/plan.json?job=plan"]) { _, n in n }
        env["CI_MERGE_REQUEST_IID"] = nil
        let apply = try ws.shell(try Self.gitlabScript("apply"), options: ["-e"], cwd: merged, env: env)
        #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        #expect(try ws.stateList().contains("service/demo/web        web:2        4/4 running"))
    }

    @Test func gitLabPlanFailsWhenThePlanFails() throws {
        let ws = try Workspace()
        defer { ws.dir.cleanup() }
        ws.dir.write("checkout/ecs/broken.yaml", "services:\n  - name: x\n    cluster: nowhere\n    taskDefinition: missing\n")
        var env = try Self.gitlabVariables()
        env["CI_PROJECT_DIR"] = ws.checkout
        let plan = try ws.shell(try Self.gitlabScript("plan"), options: ["-e"], cwd: ws.checkout, env: env)
        #expect(plan.status != 0, "a failed plan passed through `| tee`")
    }
}

struct ShellResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

private extension Node {
    subscript(_ key: String) -> Node? { mapping?[key] }
    var text: String? { scalar?.string }
    var list: [Node] { sequence.map { Array($0.items) } ?? [] }
    var strings: [String: String] {
        var out: [String: String] = [:]
        guard let m = mapping else { return out }
        for pair in m.pairs {
            if let k = pair.keyString, let v = pair.value.text { out[k] = v }
        }
        return out
    }
}

/// Standard output and error of a child, read together so neither pipe fills.
private func readBoth(_ out: Pipe, _ err: Pipe) -> (String, String) {
    final class Box: @unchecked Sendable { var data = Data() }
    let box = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        box.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    return (String(decoding: o, as: UTF8.self), String(decoding: box.data, as: UTF8.self))
}
