import Foundation

/// Tests/Fixtures/stubs/credential_endpoints.py on a free loopback port: the
/// container-credentials, IMDSv2 and SSO-portal endpoints, serving the documented
/// responses and logging what each request carried.
public final class CredentialEndpointStub: @unchecked Sendable {
    public let port: Int
    let process: Process
    let log: TempDir
    public var endpoint: String { "http://127.0.0.1:\(port)" }

    public static let containerToken = "container-auth-token"
    public static let ssoToken = "sso-access-token"

    public init() throws {
        port = MotoServer.freePort()
        log = TempDir()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Repo.path("Tests/Fixtures/stubs/credential_endpoints.py"),
            String(port), log.file("requests.jsonl"),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        while !MotoServer.canConnect(port) {
            guard process.isRunning, Date() < deadline else {
                throw MotoServer.Missing(
                    description: "the credential endpoint stub did not start on port \(port)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    deinit {
        stop()
        log.cleanup()
    }

    public func stop() { MotoServer.kill(process) }

    /// The requests served so far: method, path and token headers.
    public var requests: [[String: Any]] {
        let text = (try? String(contentsOfFile: log.file("requests.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
