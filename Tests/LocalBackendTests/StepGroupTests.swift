import ECSPlanCore
import GRDB
import Testing
import TestSupport
@testable import LocalBackend

/// An apply's registrations and service changes are committed in groups, each
/// step in its own savepoint: what another process sees of the file is only
/// ever whole steps, a failed step leaves no trace, and the steps before it stay.
@Suite struct StepGroupTests {
    static func step(_ address: String) -> StepRecord {
        StepRecord(runID: "run-1", address: address, action: "register", detail: "")
    }

    static func journal(_ database: StateDatabase) throws -> [String] {
        try database.snapshot { try String.fetchAll($0, sql: "SELECT address FROM journal ORDER BY serial") }
    }

    @Test func aGroupIsCommittedWholeAndAFailedStepInItLeavesNoTrace() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        let provider = SimulatedECSProvider(database: try StateDatabase.open(path: path))
        // Another connection to the file, as another ecsplan process would read it.
        let other = try StateDatabase.open(path: path)
        let before = try other.serial()
        let failure = await #expect(throws: BackendError.self) {
            try await provider.inStepGroup {
                _ = try await provider.registerTaskDefinition(td("a"), step: Self.step("a"))
                _ = try await provider.registerTaskDefinition(td("b"), step: Self.step("b"))
                // The group's own reads see its steps; the file does not show them yet.
                #expect(try await provider.readWorld().taskDefinitions.map(\.name) == ["a:1", "b:1"])
                #expect(try other.serial() == before)
                #expect(try Self.journal(other).isEmpty)
                let missing = "arn:aws:ecs:us-east-1:123456789012:task-definition/none:1"
                try await provider.deregisterTaskDefinition(arn: missing, step: Self.step("none"))
            }
        }
        #expect(failure?.message.contains("does not exist") == true)
        // The two whole steps were committed with their journal rows and serials;
        // the failed one bumped nothing.
        #expect(try other.serial() == before + 2)
        #expect(try Self.journal(other) == ["a", "b"])
        let committed = try await SimulatedECSProvider(database: other).readWorld()
        #expect(committed.taskDefinitions.map(\.name) == ["a:1", "b:1"])
        // No transaction is left open: the next step is its own.
        _ = try await provider.registerTaskDefinition(td("c"), step: Self.step("c"))
        #expect(try Self.journal(other) == ["a", "b", "c"])
    }

    @Test func aGroupInsideAGroupJoinsIt() async throws {
        let provider = SimulatedECSProvider(database: try StateDatabase.inMemory())
        let names = try await provider.inStepGroup {
            try await provider.inStepGroup {
                _ = try await provider.registerTaskDefinition(td("a"), step: Self.step("a"))
            }
            return try await provider.readWorld().taskDefinitions.map(\.name)
        }
        #expect(names == ["a:1"])
        #expect(try Self.journal(provider.database) == ["a"])
    }

    /// `count` task-definition families: `count / 100` full step groups, and the rest.
    static func families(_ count: Int) -> String {
        "taskDefinitions:\n" + (0..<count).map {
            "  - family: f\($0)\n    containerDefinitions: [{name: app, image: nginx, memory: 128}]\n"
        }.joined()
    }

    /// Applies `yaml` on the file at `path`: the steps reported done, those of
    /// them another connection to the file (another process) did not then see
    /// in the journal, and the apply's error.
    static func applyWatchingReports(
        _ yaml: String, path: String
    ) async throws -> (done: [String], unrecorded: [String], error: (any Error)?) {
        let harness = Harness(database: try StateDatabase.open(path: path))
        let other = try StateDatabase.open(path: path)
        let plan = try await harness.plan(yaml)
        let done = EventLog(), unrecorded = EventLog()
        let executor = Executor(backend: harness.backend, emit: { event in
            guard event.kind == .stepDone, let address = event.address else { return }
            done.append(event)
            if (try? journal(other).contains(address)) != true { unrecorded.append(event) }
        })
        var failure: (any Error)?
        do { try await executor.apply(plan, runID: "run-1") } catch { failure = error }
        return (done.events.compactMap(\.address), unrecorded.events.compactMap(\.address), failure)
    }

    @Test func aStepIsReportedDoneOnlyOnceItsGroupIsCommitted() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let (done, unrecorded, error) = try await Self.applyWatchingReports(
            Self.families(150), path: dir.file("state.db"))
        #expect(error == nil)
        #expect(done.count == 150)
        #expect(unrecorded == [], "reported done before its group was committed")
    }

    /// A group whose commit fails (here a deferred foreign key its steps break,
    /// as a full disk would fail it) reports none of its steps done.
    @Test func aGroupThatIsNotCommittedReportsNothingDone() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        try await StateDatabase.open(path: path).db.write { db in
            try db.execute(sql: """
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
                CREATE TRIGGER break_commit AFTER INSERT ON journal WHEN NEW.address = 'task-definition/f99'
                BEGIN INSERT INTO child(parent) VALUES (999); END;
                """)
        }
        let (done, unrecorded, error) = try await Self.applyWatchingReports(Self.families(150), path: path)
        #expect("\(error.map { "\($0)" } ?? "none")".contains("FOREIGN KEY constraint failed"))
        // The first group was committed and reported; the second, holding f99 (the last by name), neither.
        #expect(done.count == 100)
        #expect(!done.contains("task-definition/f99"))
        #expect(unrecorded == [])
        #expect(Set(done) == Set(try Self.journal(try StateDatabase.open(path: path))))
    }
}
