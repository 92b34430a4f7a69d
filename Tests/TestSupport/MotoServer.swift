import Foundation
import Testing

/// A moto_server on a free loopback port, started for one test and stopped
/// after it. If moto is not installed the test fails, loudly: it never skips.
public final class MotoServer: @unchecked Sendable {
    public let port: Int
    public let process: Process
    public var endpoint: String { "http://127.0.0.1:\(port)" }
    /// The signing key created through the unchecked bootstrap requests.
    public private(set) var accessKeyId = "test"
    public private(set) var secretAccessKey = "test"

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// `enforceSignatures`: moto checks SigV4 after three bootstrap requests that
    /// create an IAM user and key (Tests/Fixtures/moto/create_user.py).
    /// `uncheckedRequests` lets that many more requests through unchecked after
    /// the bootstrap, for calls AWS takes unsigned but moto would check
    /// (AssumeRoleWithWebIdentity).
    public init(enforceSignatures: Bool = true, uncheckedRequests: Int = 0) throws {
        guard let executable = MotoServer.which("moto_server") else {
            throw Missing(description: "moto_server is not installed: pip install 'moto[server]' (the ECS backend tests need it)")
        }
        port = MotoServer.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        var env = ProcessInfo.processInfo.environment
        if enforceSignatures { env["INITIAL_NO_AUTH_ACTION_COUNT"] = String(3 + uncheckedRequests) }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try waitUntilListening()
        if enforceSignatures {
            let out = try MotoServer.python(["Tests/Fixtures/moto/create_user.py", endpoint])
            guard let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: String],
                  let id = json["accessKeyId"], let secret = json["secretAccessKey"] else {
                throw Missing(description: "could not create an IAM user in moto: \(out)")
            }
            accessKeyId = id
            secretAccessKey = secret
        }
    }

    deinit { stop() }

    /// Children started from the test runner's threads inherit a signal mask that
    /// blocks SIGTERM and SIGINT, so helpers are stopped with SIGKILL.
    public func stop() { MotoServer.kill(process) }

    public static func kill(_ p: Process) {
        guard p.isRunning else { return }
        Glibc.kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    /// Environment for the ecsplan binary to talk to this server.
    public var environment: [String: String] {
        ["AWS_ACCESS_KEY_ID": accessKeyId, "AWS_SECRET_ACCESS_KEY": secretAccessKey, "AWS_REGION": "us-east-1",
         "AWS_ENDPOINT_URL_ECS": endpoint, "ECSPLAN_BACKEND": "ecs", "ECSPLAN_POLL_INTERVAL": "0.05",
         "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_CONFIG_FILE": "/dev/null"]
    }

    /// Runs Tests/Fixtures/moto/iam_s3.py (roles, buckets, objects) with this server's key.
    public func iamS3(_ args: [String]) throws -> String {
        try MotoServer.python(["Tests/Fixtures/moto/iam_s3.py", endpoint, accessKeyId, secretAccessKey] + args)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs Tests/Fixtures/moto/ecs.py with this server's key.
    public func boto(_ args: [String]) throws -> String {
        try MotoServer.python(["Tests/Fixtures/moto/ecs.py", endpoint, accessKeyId, secretAccessKey] + args)
    }

    /// Runs a Python fixture (`Tests/Fixtures/moto/NAME.py ENDPOINT KEY SECRET ARGS…`) with this server's key.
    public func fixture(_ name: String, _ args: [String] = []) throws -> String {
        try MotoServer.python(["Tests/Fixtures/moto/\(name).py", endpoint, accessKeyId, secretAccessKey] + args)
    }

    func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if MotoServer.canConnect(port) { return }
            guard process.isRunning else { throw Missing(description: "moto_server exited at start (status \(process.terminationStatus))") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Missing(description: "moto_server did not listen on port \(port) within 30 s")
    }

    static func python(_ args: [String]) throws -> String {
        do {
            return try Python.run(args)
        } catch let failure as Python.Failure {
            throw Missing(description: failure.description)
        }
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    public static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    public static func canConnect(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
    }
}
