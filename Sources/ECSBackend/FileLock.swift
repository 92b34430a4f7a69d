import Foundation

/// A lock file next to the local state, so two applies from one machine
/// against the same account do not interleave. (ECS itself has no lock.)
struct FileLock: Sendable {
    let path: String

    struct Held: Error, CustomStringConvertible {
        var holder: String
        var description: String { "the ECS backend is locked by \(holder)\n  hint: wait for it, or remove the lock file if that process is gone" }
    }

    func acquire(operation: String, timeout: Duration) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        let id = String(UUID().uuidString.lowercased().prefix(8))
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let content = "\(operation) (lock \(id), pid \(getpid()) on \(ProcessInfo.processInfo.hostName), since \(ISO8601DateFormatter().string(from: Date())))\n"
        while true {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
            if fd >= 0 {
                _ = content.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                return id
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "another process"
            if ContinuousClock.now >= deadline { throw Held(holder: holder + " (\(path))") }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    func release(id: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("(lock \(id),") else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
