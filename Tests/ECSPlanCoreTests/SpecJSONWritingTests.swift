import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// The local state writes its specs with `jsonText`, not JSONEncoder: what it
/// writes must read back, by the scanners and by JSONDecoder, as the very value
/// written, or the next plan would see a change nobody made.
@Suite struct SpecJSONWritingTests {
    static func checkReadsBack(_ td: TaskDefinition, _ context: String) throws {
        let text = try #require(td.jsonText, "\(context): declined")
        #expect(try TaskDefinition.decode(jsonText: text) == td, "\(context): \(text)")
        #expect(try JSONDecoder().decode(TaskDefinition.self, from: Data(text.utf8)) == td, "\(context): \(text)")
    }

    static func checkReadsBack(_ svc: Service, _ context: String) throws {
        let text = try #require(svc.jsonText, "\(context): declined")
        #expect(try Service.decode(jsonText: text) == svc, "\(context): \(text)")
        #expect(svc.readBack == svc, "\(context): readBack")
        #expect(try JSONDecoder().decode(Service.self, from: Data(text.utf8)) == svc, "\(context): \(text)")
    }

    /// Random requests with every kind of member (maps, nested lists, enums,
    /// numbers, booleans) at random depths.
    @Test func randomSpecsReadBackAsWritten() throws {
        var rng = SeededGenerator(seed: 33)
        var compared = 0
        for round in 0..<80 {
            if let request = try ShapeTreeTests.sampled(
                ECS.RegisterTaskDefinitionRequest.self, "RegisterTaskDefinitionRequest", &rng)
            {
                let td = TaskDefinition(request, keepRevisions: round % 2 == 0 ? Int(rng.next() % 9) : nil)
                try Self.checkReadsBack(td, "task definition, round \(round)")
                compared += 1
            }
            if let request = try ShapeTreeTests.sampled(ECS.CreateServiceRequest.self, "CreateServiceRequest", &rng) {
                let runBefore = round % 3 == 0
                    ? [RunBeforeTask(taskDefinition: "migrate:4", count: 2,
                                     overrides: ECS.TaskOverride(cpu: "256"))]
                    : nil
                let svc = Service(
                    name: "svc\(round)", cluster: "prod",
                    taskDefinition: "arn:aws:ecs:us-east-1:1:task-definition/web:3", definition: request,
                    ignoreChanges: round % 2 == 0 ? ["desiredCount"] : nil, runBefore: runBefore)
                try Self.checkReadsBack(svc, "service, round \(round)")
                compared += 1
            }
        }
        #expect(compared == 160)
    }

    /// A service given ARNs (as UpdateService writes a revision's) reads back
    /// by name: `readBack` is that value, not the one written.
    @Test func aServiceWrittenWithARNsReadsBackAsReadBack() throws {
        var svc = Service(
            name: "web", cluster: "arn:aws:ecs:us-east-1:1:cluster/prod",
            taskDefinition: "arn:aws:ecs:us-east-1:1:task-definition/web:3", desiredCount: 2)
        svc.tags = [ECS.Tag(key: "team", value: "core")]
        let text = try #require(svc.jsonText)
        let read = try Service.decode(jsonText: text)
        #expect(read != svc)
        #expect(read == svc.readBack)
        #expect(try JSONDecoder().decode(Service.self, from: Data(text.utf8)) == svc.readBack)
        #expect(svc.readBack.taskDefinition == "web:3" && svc.readBack.cluster == "prod")
        #expect(svc.readBack.readBack == svc.readBack)
    }

    /// The tags member alone, as SQLite's json_extract gives it back.
    @Test func tagsDecodeAloneAsTheyDoInTheirService() throws {
        #expect(try Service.decodeTags(jsonText: #"[{"key":"team","value":"ü \"core\""},{"key":"x"}]"#)
            == [ECS.Tag(key: "team", value: "ü \"core\""), ECS.Tag(key: "x")])
        #expect(try Service.decodeTags(jsonText: "[]") == [])
        #expect(try Service.decodeTags(jsonText: "null") == nil)
        // Not what ecsplan writes (spaces, another key order): JSONDecoder reads it.
        #expect(try Service.decodeTags(jsonText: #"[ {"value": "v", "key": "k"} ]"#) == [ECS.Tag(key: "k", value: "v")])
        #expect(throws: (any Error).self) { try Service.decodeTags(jsonText: #"{"key":"k"}"#) }
    }

    /// Every real task definition and service in the corpus, as it loads
    /// (unvalidated: a service's cluster and task definition are elsewhere).
    @Test func theCorpusReadsBackAsWritten() throws {
        var checked = 0
        for kind in ["task-definitions", "services"] {
            let dir = Repo.path("Tests/Fixtures/corpus/" + kind)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            for name in names where name.hasSuffix(".json") {
                let config = ConfigLoader(environment: [:]).load(paths: [dir + "/" + name]).config
                for td in config.taskDefinitions {
                    try Self.checkReadsBack(td.spec, name)
                    checked += 1
                }
                for svc in config.services {
                    try Self.checkReadsBack(svc.spec, name)
                    checked += 1
                }
            }
        }
        #expect(checked >= 50)
    }

    /// Keys come out sorted at every level, so a map's text does not change
    /// from one run to the next; strings are escaped as JSON needs.
    @Test func keysAreSortedAndStringsEscaped() throws {
        var td = TaskDefinition(
            family: "web", containerDefinitions: [ContainerDefinition(name: "app", image: "nginx:1.27")])
        td.definition.containerDefinitions[0].dockerLabels = Dictionary(
            uniqueKeysWithValues: (0..<40).map { ("label\($0)", "v\($0)") })
        td.definition.containerDefinitions[0].environment = [
            ECS.KeyValuePair(name: "Q", value: "say \"hi\"\n\\\u{1}/é")]
        td.keepRevisions = 2
        let text = try #require(td.jsonText)
        let prefix = #"{"containerDefinitions":[{"dockerLabels":{"label0":"v0","label1":"v1","label10":"v10""#
        #expect(text.hasPrefix(prefix))
        #expect(text.hasSuffix(#""family":"web","keepRevisions":2}"#))
        #expect(text.contains(#"{"name":"Q","value":"say \"hi\"\n\\\u0001/é"}"#))
        try Self.checkReadsBack(td, "escapes")
    }

    /// A number JSON cannot hold is declined, for JSONEncoder to refuse.
    @Test func nonFiniteNumbersAreDeclined() {
        #expect(ShapeTree.list([.double(.infinity)]).jsonText == nil)
        #expect(ShapeTree.object(shape: nil, members: [("x", .double(.nan))]).jsonText == nil)
        #expect(ShapeTree.list([.double(0.5), .double(1e-5), .double(1e16)]).jsonText == "[0.5,1e-05,1e+16]")
    }
}
