import ECSPlanCore
import GRDB
import Testing
import TestSupport
@testable import LocalBackend

/// The local state keeps each revision's normalized-content digest, so a plan of
/// an unchanged family takes it instead of normalizing again. Only a digest of
/// this normalization is ever handed to the planner.
@Suite struct ContentDigestStoreTests {
    @Test func aRegisteredRevisionCarriesItsDigestIntoTheWorld() async throws {
        let b = try await makeBackend()
        var spec = td("web", hostPort: 8080)
        spec.definition.containerDefinitions[0].environment = [ECS.KeyValuePair(name: "DB_PASSWORD", value: "hunter2")]
        let rev = try await b.registerTaskDefinition(spec, step: step)
        let world = try await b.readWorld()
        let stored = try #require(world.taskDefinitions.first { $0.arn == rev.arn })
        // Of the revision as stored (secret-looking values as digests), as the planner would compute it.
        #expect(world.revisionDigests[rev.arn] == Normalizer.contentDigest(stored.spec))
        #expect(world.revisionDigests.count == 1)
    }

    @Test func digestsOfAnotherNormalizationAreComputedAgainWhenTheStateIsOpened() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("state.db")
        let b = SimulatedECSProvider(database: try StateDatabase.open(path: path))
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        let expected = try #require(try await b.readWorld().revisionDigests[rev.arn])
        // As an older ecsplan (no digests) or another normalization left them.
        try await b.database.db.write { db in
            try db.execute(sql: "UPDATE task_definitions SET content_digest = NULL")
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'content_digest_version'")
        }
        #expect(try await b.readWorld().revisionDigests.isEmpty)
        let serial = try await b.readWorld().serial

        let reopened = try await SimulatedECSProvider(database: StateDatabase.open(path: path)).readWorld()
        #expect(reopened.revisionDigests == [rev.arn: expected])
        #expect(reopened.serial == serial)  // the revisions did not change
    }

    @Test func aDigestOfAnotherVersionIsNeverHandedToThePlanner() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        try await b.database.db.write { db in
            try db.execute(sql: "UPDATE task_definitions SET content_digest = ? WHERE arn = ?",
                           arguments: ["\(Normalizer.contentDigestVersion + 1):feed", rev.arn])
        }
        #expect(try await b.readWorld().revisionDigests[rev.arn] == nil)
    }

    /// `ecsplan apply CONFIG` hands the plan's digests to the registrations
    /// rather than normalize each revision again: they must be the digests the
    /// state would compute itself, marker tag, secret-looking values and
    /// ecsplan-only fields notwithstanding.
    @Test func aPlannedDigestIsTheOneTheStateWouldCompute() async throws {
        let yaml = """
            clusters:
              - name: prod
            taskDefinitions:
              - family: web
                keepRevisions: 3
                tags: [{key: team, value: payments}]
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    memory: 512
                    environment: [{name: DB_PASSWORD, value: hunter2}, {name: MODE, value: live}]
            """
        let h = try Harness()
        var options = Executor.Options()
        options.plannedHere = true
        let plan = try await h.apply(yaml, options: options)
        let planned = try #require(plan.changes.first { $0.address == .taskDefinition("web") }?.desiredDigest)
        let world = try await h.simulator.readWorld()
        let stored = try #require(world.taskDefinitions.first { $0.family == "web" })
        #expect(world.revisionDigests[stored.arn] == planned)
        #expect(Normalizer.contentDigest(stored.spec) == planned)
        #expect(try await h.plan(yaml).hasChanges == false)
    }
}
