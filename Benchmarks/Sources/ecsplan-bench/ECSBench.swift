import ECSBackend
import ECSPlanCore
import Foundation

/// ECS backend against moto: the refresh's request count next to the minimum
/// the API's batch limits allow, and an image update of every service by
/// ecsplan (`apply --no-wait`) and by ecs-deploy (`ecs deploy --tag --timeout -1`,
/// the peer a user would pick instead), both only submitting the change.
enum ECSBench {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/ecs_bench.py").path

    static func run(services n: Int, tasks t: Int, instances: Int, runs: Int, report: Report, tmp: String) async throws {
        let label = "ecs \(n) services × \(t) tasks"
        let moto: Moto
        do {
            moto = try Moto.start()
        } catch {
            report.add("\(label): moto", 0, "", target: "runs", pass: false, "\(error)")
            return
        }
        defer { moto.stop() }
        let settings = AWSSettings(credentials: AWSCredentials(accessKeyId: "bench", secretAccessKey: "bench"), region: "us-east-1",
                                   endpoint: URL(string: moto.endpoint) ?? URL(fileURLWithPath: "/"))
        let client = ECSClient(settings: settings)
        let backend = Backend.ecs(client: client, pollInterval: .milliseconds(50), lockPath: tmp + "/ecs.lock")

        // The world: ecsplan creates cluster, families and services; moto runs no
        // scheduler, so the fixture starts each service's tasks.
        _ = try await apply(config(services: n, tasks: t, tag: "1.0"), dir: tmp, backend: backend)
        _ = try python([fixture, moto.endpoint, "tasks", "bench", String(n), String(t), String(instances)], moto: moto)

        // 1. Refresh: requests and time.
        let configured = try load(config(services: n, tasks: t, tag: "1.0"), dir: tmp)
        let scope = ReadScope(config: configured, prune: false)
        client.resetCounts()
        let world = try await backend.provider.readWorld(scope)
        let counts = client.requestCounts
        guard world.services.count == n && world.tasks.count == n * t else {
            throw BenchError("the refresh saw \(world.services.count) services and \(world.tasks.count) tasks, expected \(n) and \(n * t)")
        }
        let made = counts.values.reduce(0, +)
        // moto answers ListTasks with every ARN in one page; ECS pages by 100.
        let minimum = minimumRequests(services: n, tasks: n * t, instances: instances, listTasksPage: Int.max)
        let onECS = minimumRequests(services: n, tasks: n * t, instances: instances, listTasksPage: 100)
        report.add("\(label): refresh requests / minimum", Double(made) / Double(minimum), "x", target: "= 1.00×", pass: made == minimum,
                   "\(made) requests (\(breakdown(counts))); minimum \(minimum) on moto, \(onECS) on ECS (ListTasks pages of 100)")
        let refresh = try await measureAsync(runs: runs) { _ = try await backend.provider.readWorld(scope) }
        report.add("\(label): refresh wall time", refresh.median, "s", "against moto on loopback")

        // 2. Every service's image, by ecsplan and by ecs-deploy.
        client.resetCounts()
        let start = ContinuousClock.now
        let plan = try await apply(config(services: n, tasks: t, tag: "2.0"), dir: tmp, backend: backend)
        let ours = seconds(ContinuousClock.now - start)
        let ourCounts = client.requestCounts
        let ourRequests = ourCounts.values.reduce(0, +)
        let updated = plan.changes.filter { $0.address.kind == .service && $0.action == .update }.count
        guard updated == n else { throw BenchError("ecsplan updated \(updated) services, expected \(n)") }
        let peer = try timed([fixture, moto.endpoint, "ecs-deploy", "bench", String(n), "3.0"], moto: moto)
        let peerCounts = try peer.counted()
        report.add("\(label): image update in one process each, ecs-deploy time / ecsplan time",
                   peer.seconds / ours, "x",
                   "ecsplan plan + apply --no-wait in this process \(fmt(ours)) in \(ourRequests) requests "
                   + "(\(breakdown(ourCounts))); ecs-deploy --timeout -1 for every service in one interpreter "
                   + "\(fmt(peer.seconds)) in \(peerCounts.values.reduce(0, +)) requests (\(breakdown(peerCounts)))")
        try wholeProcesses(moto: moto, label: label, services: n, tasks: t, tmp: tmp, report: report)

        // 3. The same update when every request costs a region's round trip.
        try await withLatency(moto: moto, label: label, services: n, tasks: t, tmp: tmp, report: report)
    }

    /// The image update as users run it: `ecsplan apply --no-wait` (the
    /// release binary built beside this runner), and `ecs deploy` once per
    /// service, each a process of its own, one after the other.
    static func wholeProcesses(moto: Moto, label: String, services n: Int, tasks t: Int, tmp: String,
                               report: Report) throws {
        let ecsplan = try ValidateBench.sibling("ecsplan")
        let config = tmp + "/ecs-process.yaml"
        try FileManager.default.createDirectory(atPath: tmp + "/ecs-process", withIntermediateDirectories: true)
        try self.config(services: n, tasks: t, tag: "3.5").write(toFile: config, atomically: true, encoding: .utf8)
        let ours = try ValidateBench.process([
            "/usr/bin/env", "AWS_ACCESS_KEY_ID=bench", "AWS_SECRET_ACCESS_KEY=bench", "AWS_CONFIG_FILE=/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE=/dev/null", ecsplan, "apply", config, "--backend", "ecs",
            "--endpoint-url", moto.endpoint, "--region", "us-east-1", "--state", tmp + "/ecs-process/state.db",
            "--auto-approve", "--no-wait", "--quiet",
        ]).seconds
        let peer = try timed([fixture, moto.endpoint, "ecs-deploy-processes", "bench", String(n), "3.6"], moto: moto)
        report.add("\(label): image update, whole processes, ecs-deploy time / ecsplan time", peer.seconds / ours, "x",
                   target: "≥ 10×", pass: peer.seconds / ours >= 10,
                   "`ecsplan apply --no-wait` \(fmt(ours)); `ecs deploy --timeout -1` once per service, "
                   + "\(n) processes, \(fmt(peer.seconds))")
    }

    static let delayMilliseconds = 50
    /// TCP's round trip and TLS 1.3's, at the delay above.
    static let connectMilliseconds = 2 * delayMilliseconds

    /// ecsplan (refresh, plan, apply --no-wait) and the floor client (one boto3
    /// process on 8 threads sending only the requests the change needs), both
    /// through a proxy that holds each request 50 ms; then, for information,
    /// the same with opening a connection costing what it does in a region.
    static func withLatency(moto: Moto, label: String, services n: Int, tasks t: Int, tmp: String, report: Report) async throws {
        try await withLatency(moto: moto, label: label, services: n, tasks: t, tmp: tmp, report: report, connect: 0)
        try await withLatency(moto: moto, label: label, services: n, tasks: t, tmp: tmp, report: report,
                              connect: connectMilliseconds)
    }

    static func withLatency(moto: Moto, label: String, services n: Int, tasks t: Int, tmp: String, report: Report,
                            connect: Int) async throws {
        let proxy = try DelayProxy.start(upstream: moto.endpoint, milliseconds: delayMilliseconds,
                                         connectMilliseconds: connect, tmp: tmp)
        defer { proxy.stop() }
        let settings = AWSSettings(credentials: AWSCredentials(accessKeyId: "bench", secretAccessKey: "bench"), region: "us-east-1",
                                   endpoint: URL(string: proxy.endpoint) ?? URL(fileURLWithPath: "/"))
        let client = ECSClient(settings: settings)
        let backend = Backend.ecs(client: client, pollInterval: .milliseconds(50), lockPath: tmp + "/ecs-latency.lock")
        let start = ContinuousClock.now
        // Each round a new image tag for ecsplan, then another for the floor client.
        let tags = connect == 0 ? (ours: "4.0", floor: "5.0") : (ours: "6.0", floor: "7.0")
        _ = try await apply(config(services: n, tasks: t, tag: tags.ours), dir: tmp, backend: backend)
        let ours = seconds(ContinuousClock.now - start)
        let ourCounts = client.requestCounts
        let (floorSeconds, floorCounts) = try boto3(.floor, proxy: proxy, moto: moto, services: n, tag: tags.floor)
        if connect > 0 {
            // Not a target of its own: what opening connections costs in a
            // region (each mutation opened one until they were kept alive too).
            report.add("\(label): the same, +\(connect) ms to open a connection, ecsplan / floor",
                       ours / floorSeconds, "x",
                       "ecsplan \(fmt(ours)), boto3 on 8 threads \(fmt(floorSeconds)) (both keep connections alive)")
            return
        }
        report.add("\(label): image update +\(delayMilliseconds) ms a request, ecsplan time / floor client", ours / floorSeconds, "x", target: "≤ 1.2×",
                   pass: ours / floorSeconds <= 1.2,
                   "ecsplan \(fmt(ours)) in \(ourCounts.values.reduce(0, +)) requests (\(breakdown(ourCounts))); boto3 on 8 threads \(fmt(floorSeconds)) in "
                   + "\(floorCounts.values.reduce(0, +)) requests (\(breakdown(floorCounts)))")
        // For information: the same requests as ecsplan's, sent by boto3. What is
        // left of the ratio above when this is near 1× is the reads the floor skips.
        let (readingSeconds, readingCounts) = try boto3(.floorReading, proxy: proxy, moto: moto, services: n,
                                                        tag: "5.5")
        report.add("\(label): the same, ecsplan / boto3 sending ecsplan's requests", ours / readingSeconds, "x",
                   "boto3, reads on 16 connections and changes on 8: \(fmt(readingSeconds)) in "
                   + "\(readingCounts.values.reduce(0, +)) requests")
        // For information: which of those reads the 1.2× would have room for.
        for (without, tag) in [("tasks", "5.6"), ("families", "5.7"), ("tasks,families", "5.8")] {
            let (seconds, counts) = try boto3(.floorReading, proxy: proxy, moto: moto, services: n, tag: tag,
                                              without: without)
            report.add("\(label): reads but \(without), boto3 / floor client", seconds / floorSeconds, "x",
                       "boto3 sending ecsplan's requests but the \(without) reads: \(fmt(seconds)) in "
                       + "\(counts.values.reduce(0, +)) requests; floor \(fmt(floorSeconds))")
        }
    }

    /// The boto3 clients of `ecs_bench.py`: `floor` sends only what the change
    /// needs; `floor-reading` first reads what ecsplan's refresh reads.
    enum Client: String { case floor, floorReading = "floor-reading" }

    /// Runs `kind` through `proxy` on 8 threads for the changes: its seconds and requests.
    /// `without` names the reads `floor-reading` leaves out (`tasks`, `families`).
    static func boto3(_ kind: Client, proxy: DelayProxy, moto: Moto, services n: Int,
                      tag: String, without: String = "") throws -> (seconds: Double, requests: [String: Int]) {
        let run = try timed([fixture, proxy.endpoint, kind.rawValue, "bench", String(n), tag, "8", without],
                            moto: moto)
        return (run.seconds, try run.counted())
    }

    /// What an `ecs_bench.py` command printed: `{"seconds": S}`, and the
    /// requests it made by operation when it counted them.
    struct FixtureRun {
        var command: String
        var seconds: Double
        var requests: [String: Int]?

        func counted() throws -> [String: Int] {
            guard let requests else { throw BenchError("ecs_bench.py \(command) printed no request counts") }
            return requests
        }
    }

    static func timed(_ arguments: [String], moto: Moto) throws -> FixtureRun {
        let output = try python(arguments, moto: moto)
        let command = arguments.dropFirst(2).first ?? "?"
        guard let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let seconds = json["seconds"] as? Double else {
            throw BenchError("ecs_bench.py \(command) printed no result: \(output)")
        }
        return FixtureRun(command: command, seconds: seconds, requests: json["requests"] as? [String: Int])
    }

    static func breakdown(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// DescribeClusters takes 100 names, DescribeServices 10, the List calls return
    /// 100 a page, DescribeContainerInstances and DescribeTasks take 100, and
    /// DescribeTaskDefinition one family (each service runs its family's latest).
    static func minimumRequests(services: Int, tasks: Int, instances: Int, listTasksPage: Int) -> Int {
        func pages(_ count: Int, _ size: Int) -> Int { max(1, count / size + (count % size == 0 ? 0 : 1)) }
        func batches(_ count: Int, _ size: Int) -> Int { (count + size - 1) / size }
        return 1 + pages(services, 100) + batches(services, 10) + pages(instances, 100) + batches(instances, 100)
            + pages(tasks, listTasksPage) + batches(tasks, 100) + services
    }

    static func config(services n: Int, tasks t: Int, tag: String) -> String {
        var out = "clusters:\n  - name: bench\ntaskDefinitions:\n"
        for i in 0..<n {
            out += "  - family: svc\(i)\n    containerDefinitions:\n      - {name: app, image: \"registry.example.com/team/svc\(i):\(tag)\", memory: 64}\n"
        }
        out += "services:\n"
        for i in 0..<n { out += "  - {name: svc\(i), cluster: bench, taskDefinition: svc\(i), desiredCount: \(t)}\n" }
        return out
    }

    static func load(_ yaml: String, dir: String) throws -> Config {
        let path = dir + "/ecs-bench.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ConfigLoader(environment: [:]).load(paths: [path])
        if loaded.hasErrors { throw BenchError("generated config is invalid: \(loaded.diagnostics)") }
        return loaded.config
    }

    /// What `ecsplan apply --no-wait --auto-approve` does: refresh, plan, submit.
    static func apply(_ yaml: String, dir: String, backend: Backend) async throws -> Plan {
        let config = try load(yaml, dir: dir)
        let world = try await backend.provider.readWorld(ReadScope(config: config, prune: false))
        let plan = Planner.plan(PlanRequest(config: config, world: world, backend: "ecs", configPaths: [dir + "/ecs-bench.yaml"]))
        if !plan.errors.isEmpty { throw BenchError("plan failed: \(plan.errors)") }
        var options = Executor.Options()
        options.wait = false
        try await Executor(backend: backend, options: options, emit: { _ in }).apply(plan, world: world)
        return plan
    }

    static func python(_ args: [String], moto: Moto) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        var env = ProcessInfo.processInfo.environment
        env["AWS_ACCESS_KEY_ID"] = "bench"
        env["AWS_SECRET_ACCESS_KEY"] = "bench"
        env["AWS_DEFAULT_REGION"] = "us-east-1"
        env["AWS_ENDPOINT_URL"] = moto.endpoint
        env["AWS_CONFIG_FILE"] = "/dev/null"
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        p.environment = env
        // Standard error goes to a file: reading two pipes one after the other
        // would block a child that fills the second before closing the first.
        let errPath = NSTemporaryDirectory() + "ecsplan-bench-\(UUID().uuidString).err"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle(forWritingAtPath: errPath)
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let errors = FileManager.default.contents(atPath: errPath) ?? Data()
        guard p.terminationStatus == 0 else {
            throw BenchError("python3 \(args.dropFirst().prefix(2).joined(separator: " ")) failed (pip install 'moto[server]' ecs-deploy): \(String(decoding: errors, as: UTF8.self).suffix(600))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// moto_server on a port it picks itself (`-p 0`), read from its banner.
final class Moto: @unchecked Sendable {
    let process: Process
    let endpoint: String

    private init(process: Process, endpoint: String) {
        self.process = process
        self.endpoint = endpoint
    }

    static func start() throws -> Moto {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["moto_server", "-H", "127.0.0.1", "-p", "0"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var banner = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, p.isRunning {
            banner += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
            if let range = banner.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) {
                // Keep draining moto's request log, or it blocks once the pipe is full.
                err.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
                return Moto(process: p, endpoint: String(banner[range]))
            }
        }
        if p.isRunning { p.terminate() }
        throw BenchError("moto_server did not start (pip install 'moto[server]'): \(banner.suffix(300))")
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// Benchmarks/Fixtures/delay_proxy.py in front of moto.
final class DelayProxy: @unchecked Sendable {
    let process: Process
    let endpoint: String

    private init(process: Process, endpoint: String) {
        self.process = process
        self.endpoint = endpoint
    }

    /// `connectMilliseconds` is added to each connection's first request (what
    /// opening one costs in a region: TCP's round trip and TLS's).
    static func start(upstream: String, milliseconds: Int, connectMilliseconds: Int = 0,
                      tmp: String) throws -> DelayProxy {
        let script = URL(fileURLWithPath: ECSBench.fixture).deletingLastPathComponent().appendingPathComponent("delay_proxy.py").path
        let portFile = tmp + "/delay-proxy-\(UUID().uuidString).port"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, portFile, upstream, String(milliseconds), String(connectMilliseconds)]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, p.isRunning {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
                return DelayProxy(process: p, endpoint: "http://127.0.0.1:\(port)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if p.isRunning { p.terminate() }
        throw BenchError("the delaying proxy did not start")
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
