import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

/// A step places new revisions' tasks from the values this process registered,
/// and steps and watch reads take services from the specs it wrote, not from
/// decoding their rows again, but only while a row holds the text that was
/// written for it.
@Suite struct WrittenSpecsTests {
    @Test func aValueIsGivenOnlyForTheTextItWasWrittenAs() {
        let memory = RegisteredRevisions()
        let web = td("web")
        memory.remember("arn:web:1", json: "{\"family\":\"web\"}", spec: web)
        #expect(memory.spec("arn:web:1", json: "{\"family\":\"web\"}") == web)
        #expect(memory.spec("arn:web:1", json: "{\"family\":\"api\"}") == nil)
        #expect(memory.spec("arn:web:2", json: "{\"family\":\"web\"}") == nil)
    }

    /// The same ARN holding other content (as after a rolled-back registration
    /// and a new one): the step reads the row, here a revision twice the size.
    @Test func aStepPlacesFromTheRowWhenItHoldsOtherText() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web", cpu: 256), step: step)
        try await b.database.db.write { db in
            try db.execute(sql: "UPDATE task_definitions SET spec = ? WHERE arn = ?",
                           arguments: [try JSON.spec(td("web", cpu: 512)), rev.arn])
        }
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2),
                                  taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        try await b.awaitProgress()
        #expect(try await tasks(b).map(\.cpu) == [512, 512])
    }

    @Test func aStepPlacesFromTheRegisteredValueWhenTheTextIsTheSame() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web", cpu: 256), step: step)
        let written = try JSON.spec(SecretDigest.redacting(td("web", cpu: 256)))
        #expect(b.registered.spec(rev.arn, json: written) != nil)
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2),
                                  taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        try await b.awaitProgress()
        #expect(try await tasks(b).map(\.cpu) == [256, 256])
    }

    /// A service rewritten under the same name by someone else (here a
    /// desired count of 5 in its spec): its reads decode the row.
    @Test func aServiceReadDecodesTheRowWhenItHoldsOtherText() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        let web = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2)
        try await b.createService(web, taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        var other = web
        other.taskDefinition = rev.arn
        other.desiredCount = 5
        let text = try JSON.spec(other)
        try await b.database.db.write { db in
            try db.execute(sql: "UPDATE services SET spec = ? WHERE cluster = 'prod' AND name = 'web'",
                           arguments: [text])
        }
        let name = ServiceName(cluster: "prod", name: "web")
        let read = try #require(try await b.readServices([name]).first ?? nil)
        #expect(read.0.spec.desiredCount == 5)
        try await b.awaitProgress()
        #expect(try #require(try await b.readServices([name]).first ?? nil).0.spec.desiredCount == 5)
    }

    /// What an update writes is what the next read gives, the kept tags
    /// included, whether it comes from memory or from the row.
    @Test func anUpdatedServiceReadsBackAsWritten() async throws {
        let b = try await makeBackend()
        let rev = try await b.registerTaskDefinition(td("web"), step: step)
        var web = Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2)
        web.tags = [ECS.Tag(key: "team", value: "ü-core")]
        try await b.createService(web, taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        let rev2 = try await b.registerTaskDefinition(td("web", image: "nginx:2"), step: step)
        var update = web
        update.tags = nil  // kept, as UpdateService keeps them
        try await b.updateService(update, taskDefinitionArn: rev2.arn, desiredCount: 3, step: step)

        let name = ServiceName(cluster: "prod", name: "web")
        let fromMemory = try #require(try await b.readServices([name]).first ?? nil).0
        #expect(fromMemory.spec.tags == web.tags)
        #expect(fromMemory.spec.desiredCount == 3)
        #expect(fromMemory.spec.taskDefinition == rev2.name)
        let fresh = SimulatedECSProvider(database: b.database)
        let fromRow = try #require(try await fresh.readServices([name]).first ?? nil).0
        #expect(fromRow.spec == fromMemory.spec)
    }
}
