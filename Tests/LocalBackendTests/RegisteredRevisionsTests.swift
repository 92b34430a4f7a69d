import ECSPlanCore
import GRDB
import Testing
@testable import LocalBackend

/// A step places new revisions' tasks from the values this process registered,
/// not from decoding their rows again, but only while a row holds the text
/// that was written for it.
@Suite struct RegisteredRevisionsTests {
    @Test func aValueIsGivenOnlyForTheTextItWasWrittenAs() {
        let memory = RegisteredRevisions()
        let web = td("web")
        memory.remember(arn: "arn:web:1", json: "{\"family\":\"web\"}", spec: web)
        #expect(memory.spec(arn: "arn:web:1", json: "{\"family\":\"web\"}") == web)
        #expect(memory.spec(arn: "arn:web:1", json: "{\"family\":\"api\"}") == nil)
        #expect(memory.spec(arn: "arn:web:2", json: "{\"family\":\"web\"}") == nil)
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
        #expect(b.registered.spec(arn: rev.arn, json: written) != nil)
        try await b.createService(Service(name: "web", cluster: "prod", taskDefinition: "web", desiredCount: 2),
                                  taskDefinitionArn: rev.arn, desiredCount: 2, step: step)
        try await b.awaitProgress()
        #expect(try await tasks(b).map(\.cpu) == [256, 256])
    }
}
