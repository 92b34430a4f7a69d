import Foundation

/// Runs the built `ecsplan` binary, as a user would.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum CLI {
    /// The binary next to the test bundle in `.build/<config>/`.
    public static var binary: String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("ecsplan").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Repo.path(".build/debug/ecsplan")
    }

    /// Longer than any one command of the suite takes on a loaded CI machine.
    static let childTimeLimit: TimeInterval = 300

    /// `executable` runs another program the same way (a shell script that drives the binary).
    public static func run(_ args: [String], cwd: String? = nil, env: [String: String] = [:], stdin: String? = nil, executable: String? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = args
        // Hermetic: the suite's own CI must not turn on annotations (GITHUB_ACTIONS) or set flags.
        let notInherited: Set<String> = ["IMAGE_TAG", "GITHUB_ACTIONS", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID", "CI_JOB_URL"]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ECSPLAN_") && !notInherited.contains($0.key) }
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // A hung child fails its test, loudly, rather than the whole run at CI's limit.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + childTimeLimit, execute: watchdog)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let (outData, errData) = readToEnd(out, err)
        process.waitUntilExit()
        watchdog.cancel()
        var stderr = String(decoding: errData, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL {
            stderr += "\n[test runner: \(args.joined(separator: " ")) was killed after \(Int(childTimeLimit)) s: it hung]\n"
        }
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: stderr)
    }
}

/// A child's standard output and error, read to the end at the same time so
/// that a full pipe never blocks the child.
func readToEnd(_ out: Pipe, _ err: Pipe) -> (Data, Data) {
    let errData = LockedData()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData.set(err.fileHandleForReading.readDataToEndOfFile())
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    return (outData, errData.get())
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
