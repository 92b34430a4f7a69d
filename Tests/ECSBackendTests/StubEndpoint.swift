import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// A Python stub endpoint from Tests/Fixtures/stubs, started on a free port for
/// one test, with an ECSClient of it and the stats file the stub writes.
struct StubEndpoint {
    let client: ECSClient
    let endpoint: String
    let statsPath: String

    func stats() throws -> [String: Int] {
        let written = try Data(contentsOf: URL(fileURLWithPath: statsPath))
        return try JSONSerialization.jsonObject(with: written) as? [String: Int] ?? [:]
    }

    /// Runs `stubs/SCRIPT PORT STATS_FILE ARGS...` until `body` returns; the
    /// client trusts `caBundle` when the stub speaks `https`.
    static func with(_ script: String, _ arguments: [String] = [], retry: RetryPolicy = RetryPolicy(),
                     scheme: String = "http", caBundle: String? = nil,
                     _ body: (StubEndpoint) async throws -> Void) async throws {
        let port = MotoServer.freePort()
        let dir = TempDir()
        defer { dir.cleanup() }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", Repo.path("Tests/Fixtures/stubs/" + script), String(port),
                            dir.file("stats.json")] + arguments
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { MotoServer.kill(server) }
        let deadline = Date().addingTimeInterval(15)
        while !MotoServer.canConnect(port) {
            guard server.isRunning, Date() < deadline else { Issue.record("the stub \(script) did not start"); return }
            try await Task.sleep(for: .milliseconds(50))
        }
        let endpoint = "\(scheme)://127.0.0.1:\(port)"
        let settings = AWSSettings(
            credentials: AWSCredentials(accessKeyId: "test", secretAccessKey: "test"), region: "us-east-1",
            endpoint: URL(string: endpoint) ?? URL(fileURLWithPath: "/"), caBundle: caBundle)
        try await body(StubEndpoint(client: ECSClient(settings: settings, retry: retry), endpoint: endpoint,
                                    statsPath: dir.file("stats.json")))
    }
}
