import Foundation
import LocalBackend
import Testing
import TestSupport

/// `--lock-timeout` waits for a held state lock, says when it gave up, and a
/// signal while waiting ends the wait rather than being noted for later.
@Suite(.serialized) struct LockWaitCLITests {
    @Test func aWaitGivesUpNamingTheHolder() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(
            atPath: Repo.path("examples/quickstart"), toPath: dir.file("quickstart"))
        let store = try StateDatabase.open(path: dir.file("state.db"))
        let held = try await store.acquireLock(operation: "ecsplan apply")
        let started = Date()
        let r = try CLI.run(
            ["apply", "quickstart", "--auto-approve", "--lock-timeout", "1s",
             "--state", dir.file("state.db")], cwd: dir.path)
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(r.stderr.contains("(lock \(held.id), pid \(getpid())"), "\(r.stderr)")
        #expect(r.stderr.contains("; gave up waiting"), "\(r.stderr)")
    }

    @Test func sigintWhileWaitingEndsTheWait() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(
            atPath: Repo.path("examples/quickstart"), toPath: dir.file("quickstart"))
        let store = try StateDatabase.open(path: dir.file("state.db"))
        _ = try await store.acquireLock(operation: "ecsplan apply")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["apply", "quickstart", "--auto-approve", "--lock-timeout", "5m",
                       "--state", dir.file("state.db")]
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        // The signal goes once apply says it is waiting: a fixed pause could come
        // before the trap is installed on a loaded machine.
        var stderr = ""
        while !stderr.contains("(--lock-timeout)\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderr += String(decoding: chunk, as: UTF8.self)
        }
        #expect(stderr.contains("ecsplan: the state is locked by ecsplan apply (lock "), "\(stderr)")
        #expect(stderr.contains("; waiting up to 5m (--lock-timeout)"), "\(stderr)")
        #expect(p.isRunning)
        let sent = Date()
        kill(p.processIdentifier, SIGINT)
        stderr += String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 5)
        // 130, as any command a signal stopped: a pipeline tells it from a failed apply.
        #expect(p.terminationStatus == 130)
        #expect(
            stderr.contains("ecsplan: SIGINT while waiting for the state lock; nothing was changed"), "\(stderr)")
    }
}
