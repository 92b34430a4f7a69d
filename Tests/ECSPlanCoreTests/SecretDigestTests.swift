import Testing
import TestSupport
@testable import ECSPlanCore

/// Redacting digests the values of secret-looking names in a container's
/// environment, Docker labels and log options, and leaves the rest, and a
/// definition with nothing to digest, as they are.
@Suite struct SecretDigestTests {
    static func definition(environment: [String: String] = [:], labels: [String: String]? = nil,
                           logOptions: [String: String]? = nil) throws -> TaskDefinition {
        var td = try #require(try Harness().config("""
            taskDefinitions:
              - family: web
                containerDefinitions: [{name: app, image: nginx, memory: 128}]
            """).taskDefinitions.first?.spec)
        td.definition.containerDefinitions[0].environment = environment.sorted { $0.key < $1.key }
            .map { ECS.KeyValuePair(name: $0.key, value: $0.value) }
        td.definition.containerDefinitions[0].dockerLabels = labels
        if let logOptions {
            td.definition.containerDefinitions[0].logConfiguration =
                ECS.LogConfiguration(logDriver: .awslogs, options: logOptions)
        }
        return td
    }

    @Test func secretLookingValuesAreDigestedWhereverTheyAre() throws {
        let td = try Self.definition(environment: ["DB_PASSWORD": "hunter2", "MODE": "live"],
                                     labels: ["api-token": "t0k3n", "team": "pay"],
                                     logOptions: ["secret-key": "k", "awslogs-group": "g"])
        #expect(SecretDigest.redacting(td) != td)
        let c = SecretDigest.redacting(td).containerDefinitions[0]
        #expect(c.environment?.first { $0.name == "DB_PASSWORD" }?.value == SecretDigest.of("hunter2"))
        #expect(c.environment?.first { $0.name == "MODE" }?.value == "live")
        #expect(c.dockerLabels == ["api-token": SecretDigest.of("t0k3n"), "team": "pay"])
        #expect(c.logConfiguration?.options == ["secret-key": SecretDigest.of("k"), "awslogs-group": "g"])
    }

    @Test func aDefinitionWithNothingToDigestIsLeftAsItIs() throws {
        for td in [try Self.definition(environment: ["MODE": "live"], labels: ["team": "pay"]),
                   try Self.definition(environment: ["DB_PASSWORD": SecretDigest.of("hunter2")])] {
            #expect(SecretDigest.redacting(td) == td)
        }
        // One secret anywhere is enough.
        let logged = try Self.definition(logOptions: ["password": "p"])
        #expect(SecretDigest.redacting(logged).containerDefinitions[0].logConfiguration?.options
                == ["password": SecretDigest.of("p")])
    }
}
