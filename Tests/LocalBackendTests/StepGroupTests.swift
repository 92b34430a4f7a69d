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
}
