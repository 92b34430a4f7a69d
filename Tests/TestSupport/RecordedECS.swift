import Foundation

/// Tests/Fixtures/recorded/replay.py on a free loopback port, replaying one
/// recorded ECS deployment (DescribeServices poll by poll, with its tasks) to
/// the ECS backend, and logging every request it served.
///
/// Recordings, not moto: moto 5.2.1 runs no deployments (a service's
/// deployment never moves to the new task definition, and CreateService drops
/// deploymentConfiguration), so what ECS's controller reports while it
/// deploys can only come from ECS's own responses.
public final class RecordedECS: @unchecked Sendable {
    public let port: Int
    let process: Process
    let log: TempDir
    public var endpoint: String { "http://127.0.0.1:\(port)" }

    public init(fixture: String) throws {
        log = TempDir()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Repo.path("Tests/Fixtures/recorded/replay.py"), log.file("port"),
            Repo.path("Tests/Fixtures/recorded/\(fixture).json"), log.file("requests.jsonl"),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The server binds a port the kernel picks and writes it down once listening.
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil {
            found = (try? String(contentsOfFile: log.file("port"), encoding: .utf8)).flatMap { Int($0) }
            if found != nil { break }
            guard process.isRunning, Date() < deadline else {
                throw MotoServer.Missing(description: "the recorded-ECS replay of \(fixture) did not start")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        port = found ?? 0
    }

    deinit {
        MotoServer.kill(process)
        log.cleanup()
    }

    /// The requests served so far: operation, the poll they came at, the request body.
    public var requests: [[String: Any]] {
        let text = (try? String(contentsOfFile: log.file("requests.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The fixture's polls (their DescribeServices responses), to find where a deployment stood.
    public static func polls(_ fixture: String) throws -> [[String: Any]] {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: Repo.path("Tests/Fixtures/recorded/\(fixture).json")))
        return
            ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["polls"]
            as? [[String: Any]]) ?? []
    }
}
