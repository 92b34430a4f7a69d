import Foundation
import Testing
import TestSupport
@testable import LocalBackend

/// Signals sent to a running `ecsplan apply`: the first stops it after the step
/// in flight, saying what is done and what remains; a second exits at once.
@Suite struct InterruptTests {
    /// A running apply whose standard output is read line by line.
    final class Running: @unchecked Sendable {
        let process = Process()
        let out = Pipe(), err = Pipe()
        private var seen = ""
        private var seenErr = ""

        init(_ args: [String], cwd: String, env: [String: String]) throws {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = args
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ECSPLAN_") }.merging(env) { $1 }
            process.currentDirectoryURL = URL(fileURLWithPath: cwd)
            process.standardOutput = out
            process.standardError = err
            try process.run()
        }

        /// Reads standard output until `text` appears; false if the process ended first.
        func wait(for text: String) -> Bool {
            while !seen.contains(text) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { return false }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            return true
        }

        /// Reads standard error until `text` appears; false if the process ended first.
        func waitErr(for text: String) -> Bool {
            while !seenErr.contains(text) {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { return false }
                seenErr += String(decoding: chunk, as: UTF8.self)
            }
            return true
        }

        func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

        /// Exit status and standard error, draining standard output so the child never blocks.
        func finish() -> (Int32, String) {
            DispatchQueue.global().async { [out] in _ = out.fileHandleForReading.readDataToEndOfFile() }
            let rest = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, seenErr + String(decoding: rest, as: UTF8.self))
        }
    }

    /// Another program that takes the state file between two of the apply's
    /// transactions and keeps it, but only once the apply is mid-run: its lock is
    /// taken, a step is journaled, and a task still runs the old revision (so
    /// work remains that a plan shows: on a loaded machine the file was once
    /// taken with every task replaced and only the run's end left, and the plan
    /// after the signal rightly showed nothing). That is checked while holding
    /// the file, so the apply cannot finish in between. Waiting for the apply's output instead
    /// raced a loaded machine, where the apply was done before the test read it.
    final class MidRunHolder {
        private let process = Process()
        private let go = Pipe(), held = Pipe()

        init(cwd: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", """
                import os, sqlite3, sys, time
                c = sqlite3.connect("state.db", isolation_level=None, timeout=0)
                sys.stdin.readline()
                deadline = time.monotonic() + 60
                # Polls by sleeping: on a loaded machine a woken sleeper runs at once, while
                # sched_yield put this loop last and the apply's short gaps went by unseen.
                while time.monotonic() < deadline:
                    try:
                        c.execute("BEGIN IMMEDIATE")
                    except sqlite3.OperationalError:
                        time.sleep(0.0002); continue
                    mid_run = c.execute("SELECT EXISTS(SELECT 1 FROM locks) AND EXISTS(SELECT 1 FROM journal j "
                                        "JOIN runs r ON r.id = j.run_id WHERE r.finished_at IS NULL) "
                                        "AND EXISTS(SELECT 1 FROM tasks WHERE task_definition_arn LIKE '%/app:1' "
                                        "AND last_status != 'STOPPED')").fetchone()[0]
                    if mid_run:
                        print("held", flush=True)
                        sys.stdin.readline()  # until the test closes its end
                        sys.exit(0)
                    c.execute("ROLLBACK")
                    time.sleep(0.0002)
                print("the apply never stood mid-run with the file free", flush=True)
                """]
            process.currentDirectoryURL = URL(fileURLWithPath: cwd)
            process.standardInput = go
            process.standardOutput = held
            try process.run()
        }

        /// Returns once the file is held mid-run; the apply's next write waits (SQLite waits 10 s).
        func takeTheFileMidRun() throws {
            go.fileHandleForWriting.write(Data("go\n".utf8))
            let answer = String(decoding: held.fileHandleForReading.availableData, as: UTF8.self)
            try #require(answer.hasPrefix("held"), "\(answer)")
        }

        func release() {
            try? go.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// 40 services of 8 tasks whose rollouts replace one task at a time (100%/113%): the
    /// apply's changes are committed in step groups, and its rollouts are where the
    /// file is free often enough for the holder to take it on a loaded machine.
    static func project(services: Int = 40) throws -> TempDir {
        let dir = TempDir()
        dir.write("config.yaml", CrashSafetyTests.config(services: services, minimumHealthy: 100, maximum: 113))
        let r = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path, env: ["TAG": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    @Test func sigintStopsAfterTheStepInFlightAndSaysWhatIsDoneAndWhatRemains() throws {
        let dir = try Self.project()
        defer { dir.cleanup() }
        // Held mid-run until the signal is seen, so the apply cannot finish first.
        let hold = try MidRunHolder(cwd: dir.path)
        let apply = try Running(["apply", "config.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"])
        try hold.takeTheFileMidRun()
        apply.signal(SIGINT)
        #expect(apply.waitErr(for: "SIGINT received"))
        hold.release()
        let (status, stderr) = apply.finish()
        #expect(status == 130, "128 + SIGINT: \(stderr)")
        #expect(stderr.contains("ecsplan: SIGINT received; stopping after the step in flight (send it again to quit now)\n"), "\(stderr)")
        #expect(stderr.contains("ecsplan: interrupted by SIGINT after the step in flight; the state is consistent"))
        #expect(stderr.contains("\n  done: ") && stderr.contains("task-definition/app registered app:2"), "\(stderr)")
        let remaining = try #require(stderr.split(separator: "\n").first { $0.hasPrefix("  remaining: ") })
        // The lock is released, and a plan shows the work the report said remains. With the
        // service changes committed in one step group, the file may be taken between the
        // registration and the services, or while the rollouts settle, when no change remains.
        let store = try StateDatabase.open(path: dir.file("state.db"))
        #expect(try store.currentLock() == nil)
        let plan = try CLI.run(["plan", "config.yaml", "--detailed-exitcode", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"])
        let nothingLeft = remaining.hasSuffix("nothing (a rollout may still be settling)")
        #expect(plan.status == (nothingLeft ? 0 : 2), "\(remaining)\n\(plan.stdout)")
        let again = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try CLI.run(["plan", "config.yaml", "--detailed-exitcode", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"]).status == 0)
    }

    /// The step in flight is held up (another program takes the state file
    /// mid-apply), so the first signal cannot finish it: the second exits at
    /// once, and the state is still whole. Synchronous on purpose: SQLite gives
    /// up after 10 s, and an async test can wait far longer than that for a
    /// thread when the suite's other tests block the pool.
    @Test func aSecondSignalExitsAtOnceAndTheStateStaysConsistent() throws {
        let dir = try Self.project()
        defer { dir.cleanup() }
        let hold = try MidRunHolder(cwd: dir.path)
        let apply = try Running(["apply", "config.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"])
        try hold.takeTheFileMidRun()
        // The apply's next write now waits for the file (SQLite waits 10 s).
        apply.signal(SIGINT)
        // The first is handled (a second sent before would be merged into it by the kernel).
        #expect(apply.waitErr(for: "SIGINT received"))
        let start = Date()
        apply.signal(SIGINT)
        let (status, stderr) = apply.finish()
        #expect(Date().timeIntervalSince(start) < 3, "the second signal must not wait for the step")
        #expect(status == 130, "\(stderr)")
        #expect(stderr.contains("ecsplan: SIGINT again: exiting now. The state is consistent "
                                + "(steps are committed whole; the next apply redoes any that were not); "
                                + "left behind, to break once no ecsplan runs: the state lock "), "\(stderr)")
        hold.release()

        let store = try StateDatabase.open(path: dir.file("state.db"))
        #expect(try store.integrityCheck() == "ok")
        // The lock left behind is named in the message, and is broken as it says.
        let lock = try #require(try store.currentLock())
        #expect(stderr.contains("the state lock \(lock.id) (`ecsplan state unlock \(lock.id)`)"), "\(stderr)")
        let unlock = try CLI.run(["state", "unlock", lock.id, "--state", "state.db"], cwd: dir.path)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        let again = try CLI.run(["apply", "config.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try CLI.run(["plan", "config.yaml", "--detailed-exitcode", "--state", "state.db"], cwd: dir.path, env: ["TAG": "2"]).status == 0)
    }
}
