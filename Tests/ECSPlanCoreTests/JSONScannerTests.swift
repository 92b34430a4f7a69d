import Foundation
import Testing
@testable import ECSPlanCore

/// The generated JSON scanners read what JSONDecoder reads, value for value,
/// and decline (nil) whatever they are not sure of, which JSONDecoder then reads.
@Suite struct JSONScannerTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]  // as the local state writes its specs
        return e
    }()

    static func scanned<T: JSONScannable>(_ type: T.Type, _ text: String) -> T? {
        JSONScanner.scan(text) { try T.scanJSON(&$0) }
    }

    /// Random values of the shape, written by JSONEncoder as the state writes
    /// them: the scanner takes every one and reads what JSONDecoder reads.
    static func check<T: JSONScannable & Codable & Equatable>(_ type: T.Type, _ shape: String, rounds: Int = 60) throws -> Int {
        var rng = SeededGenerator(seed: 21)
        var compared = 0
        for round in 0..<rounds {
            guard let value = try ShapeTreeTests.sampled(T.self, shape, &rng) else { continue }
            let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            let reference = try JSONDecoder().decode(T.self, from: Data(text.utf8))
            let fast = Self.scanned(T.self, text)
            #expect(fast == reference, "\(shape), round \(round): \(text)")
            compared += 1
        }
        return compared
    }

    @Test func modelShapesReadAsJSONDecoderReadsThem() throws {
        #expect(try Self.check(ECS.RegisterTaskDefinitionRequest.self, "RegisterTaskDefinitionRequest") == 60)
        #expect(try Self.check(ECS.CreateServiceRequest.self, "CreateServiceRequest") == 60)
        #expect(try Self.check(ECS.TaskDefinition.self, "TaskDefinition") == 60)
        #expect(try Self.check(ECS.Service.self, "Service") == 60)
        #expect(try Self.check(ECS.Cluster.self, "Cluster") == 60)
    }

    @Test func specsAsTheStateWritesThemReadTheSame() throws {
        var td = TaskDefinition(family: "web", containerDefinitions: [ContainerDefinition(name: "app", image: "nginx:1.27")])
        td.keepRevisions = 3
        td.definition.containerDefinitions[0].environment = [ECS.KeyValuePair(name: "Q", value: "say \"hi\"\n\u{e9}\u{1F680}/")]
        var svc = Service(name: "web", cluster: "prod", taskDefinition: "web:3", desiredCount: 2)
        svc.ignoreChanges = ["desiredCount"]
        svc.definition.deploymentConfiguration = ECS.DeploymentConfiguration(maximumPercent: 200, minimumHealthyPercent: 50)
        let tdText = String(decoding: try Self.encoder.encode(td), as: UTF8.self)
        let svcText = String(decoding: try Self.encoder.encode(svc), as: UTF8.self)
        #expect(Self.scanned(TaskDefinition.self, tdText) == td)
        #expect(Self.scanned(Service.self, svcText) == svc)
        #expect(try TaskDefinition.decode(jsonText: tdText) == td)
        #expect(try Service.decode(jsonText: svcText) == svc)
    }

    @Test func escapesWhitespaceAndEmptyValuesRead() throws {
        let text = #"""
             { "family" : "f", "tags": [], "placementConstraints" : [ ],
               "containerDefinitions": [ { "name": "a\u00e9\ud83d\ude80\/\"\\\n\t", "image": "i",
               "dockerLabels": {}, "linuxParameters": { }, "memory": 0, "cpu": -0,
               "unknownKey": {"x": [1, 2.5e3, -0.5E-2, 10e+1, true, null, {"y": "\""}]} } ] }
            """#
        let reference = try JSONDecoder().decode(ECS.RegisterTaskDefinitionRequest.self, from: Data(text.utf8))
        let fast = try #require(Self.scanned(ECS.RegisterTaskDefinitionRequest.self, text))
        #expect(fast == reference)
        #expect(fast.containerDefinitions[0].name == "a\u{e9}\u{1F680}/\"\\\n\t")
        #expect(fast.containerDefinitions[0].dockerLabels == [:])
    }

    /// What the scanner is not sure of it declines; JSONDecoder reads it (or refuses it).
    @Test(arguments: [
        #"{"family": "f", "containerDefinitions": [], "cpu": 256}"#,  // a number for a string member (lenient in JSONDecoder)
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": 1.0}]}"#,  // a fraction for a whole number
        #"{"family": "f", "containerDefinitions": [null]}"#,
        #"{"family": "f", "containerDefinitions": []} x"#,
        #"{"family": "f" "containerDefinitions": []}"#,
        #"{"family": "f", "containerDefinitions": [],}"#,
        #"{"fam\u0069ly": "f", "containerDefinitions": []}"#,
        #"{"containerDefinitions": []}"#,
        #"{"family": null, "containerDefinitions": []}"#,
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": 99999999999999999999}]}"#,
        #"{"family": "f", "containerDefinitions": [{"name": "a", "essential": tru}]}"#,
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": 01}]}"#,  // numbers JSON does not allow
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": +1}]}"#,
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": 1e}]}"#,
        #"{"family": "f", "containerDefinitions": [{"name": "a", "memory": -}]}"#,
        #"{"family": "f", "containerDefinitions": [], "unknown": .5}"#,
        #"{"family": "f", "containerDefinitions": [], "unknown": 1.}"#,
    ])
    func unsureTextIsDeclined(_ text: String) {
        #expect(Self.scanned(ECS.RegisterTaskDefinitionRequest.self, text) == nil, "\(text)")
    }

    @Test func declinedTextStillDecodesThroughJSONDecoder() throws {
        // ecsplan's `runBefore` and describe-task-definition's wrapped form are JSONDecoder's.
        let svc = #"{"name": "web", "cluster": "prod", "taskDefinition": "web", "runBefore": [{"taskDefinition": "migrate"}]}"#
        #expect(Self.scanned(Service.self, svc) == nil)
        #expect(try Service.decode(jsonText: svc).runBefore?.first?.taskDefinition == "migrate")
        let wrapped = #"{"taskDefinition": {"family": "f", "containerDefinitions": []}, "tags": [{"key": "k", "value": "v"}]}"#
        #expect(Self.scanned(TaskDefinition.self, wrapped) == nil)
        #expect(try TaskDefinition.decode(jsonText: wrapped).definition.tags?.first?.key == "k")
        #expect(throws: (any Error).self) { try TaskDefinition.decode(jsonText: #"{"family": "f""#) }
        // A timestamp as the AWS CLI prints it.
        let described = #"{"family": "f", "revision": 3, "registeredAt": "2026-12-03T10:00:00Z"}"#
        #expect(Self.scanned(ECS.TaskDefinition.self, described) == nil)
        let reference = try JSONDecoder().decode(ECS.TaskDefinition.self, from: Data(described.utf8))
        #expect(reference.registeredAt?.secondsSince1970 == 1_796_292_000)
    }
}
