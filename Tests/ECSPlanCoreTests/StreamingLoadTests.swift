import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// Config files are decoded in batches while they are parsed (`ItemStream`);
/// objects keep only their mark and fields' positions are found again on demand.
@Suite struct StreamingLoadTests {
    /// A config of many batches, with shared blocks and mistakes far into it.
    /// `tag` goes before each top-level list: `!!seq` stops that list from streaming.
    static func config(tag: String = "") -> String {
        var text = """
            x-logging: &logging
              logDriver: awslogs
              options: {awslogs-group: /ecs/app, awslogs-stream-prefix: app}
            x-app: &app
              essential: true
              logConfiguration: *logging
            clusters: \(tag)
              - name: prod
            taskDefinitions: \(tag)

            """
        for i in 0..<500 {
            let family = i == 280 ? "svc5" : "svc\(i)"  // a duplicate, many batches after the first
            let memory = i == 250 ? "lots" : "512"  // a type error
            let extra = i == 260 ? "\n        cpu: -4" : ""  // a rule the validator checks
            text += """
                  - family: \(family)
                    containerDefinitions:
                      - <<: *app
                        name: app
                        image: "registry.example.com/svc\(i):1.\(i)"
                        memory: \(memory)\(extra)
                        environment: {INDEX: "\(i)"}

                """
        }
        text += "services: \(tag)\n"
        for i in 0..<500 {
            text += "  - {name: svc\(i), cluster: prod, taskDefinition: svc\(i), desiredCount: \(i == 270 ? -1 : 2)\(i == 290 ? ", bogus: 1" : "")}\n"
        }
        return text
    }

    static func load(_ text: String, in dir: TempDir, as name: String) -> (ConfigLoader.Result, [String]) {
        let file = dir.write(name, text)
        let result = ConfigLoader(environment: [:]).load(paths: [file])
        let all = (result.diagnostics + Validator().validate(result.config)).sortedByPosition()
        return (result, all.map { $0.description.replacingOccurrences(of: file, with: "c.yaml") })
    }

    /// The 1-based lines that contain `needle`.
    static func lines(of needle: String, in text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.contains(needle) }.map { $0.offset + 1 }
    }

    static func line(of needle: String, in text: String) -> Int { lines(of: needle, in: text).first ?? 0 }

    @Test func streamingChangesNothingButMemory() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let streamedText = Self.config(), wholeText = Self.config(tag: "!!seq")
        let (streamed, streamedMessages) = Self.load(streamedText, in: dir, as: "streamed.yaml")
        let (whole, wholeMessages) = Self.load(wholeText, in: dir, as: "whole.yaml")
        #expect(streamed.config.taskDefinitions.count == 499)  // one is a duplicate
        #expect(streamed.config.services.count == 500)
        #expect(streamed.config.taskDefinitions.map(\.spec) == whole.config.taskDefinitions.map(\.spec))
        #expect(streamed.config.services.map(\.spec) == whole.config.services.map(\.spec))
        #expect(streamed.config.services.map(\.mark.line) == whole.config.services.map(\.mark.line))
        #expect(streamed.config.decodeErrorPaths == whole.config.decodeErrorPaths)
        #expect(streamedMessages == wholeMessages)
        // Each mistake is reported where it is, however many batches in.
        let expected = [
            "c.yaml:\(Self.line(of: "memory: lots", in: streamedText)):17: taskDefinitions[svc250].containerDefinitions[0].memory:",
            "c.yaml:\(Self.lines(of: "family: svc5", in: streamedText).last ?? 0):13: taskDefinitions[svc5].family: 'svc5' is defined twice; "
                + "first definition at c.yaml:\(Self.line(of: "family: svc5", in: streamedText)):13",
            "c.yaml:\(Self.line(of: "cpu: -4", in: streamedText)):14: taskDefinitions[svc260].containerDefinitions[0].cpu:",
            "c.yaml:\(Self.line(of: "name: svc270,", in: streamedText)):",
            "c.yaml:\(Self.line(of: "bogus: 1", in: streamedText)):",
        ]
        for prefix in expected {
            #expect(streamedMessages.contains { $0.hasPrefix(prefix) }, "\(prefix) not in \(streamedMessages)")
        }
        // The shared log configuration decoded once reads the same everywhere.
        let logs = Set(streamed.config.taskDefinitions.compactMap { $0.spec.containerDefinitions.first?.logConfiguration })
        #expect(logs.count == 1 && logs.first?.options?["awslogs-stream-prefix"] == "app")
    }

    @Test func aSharedBlockWithAProblemIsReportedForEachUse() {
        let r = loadConfig("""
            x-log: &log {logDriver: awslogs, bogus: 1}
            taskDefinitions:
              - family: a
                containerDefinitions:
                  - {name: one, image: x, memory: 64, logConfiguration: *log}
                  - {name: two, image: x, memory: 64, logConfiguration: *log}
            """)
        let unknown = r.diagnostics.filter { $0.message.contains("unknown key 'bogus'") }
        #expect(unknown.map(\.path) == ["taskDefinitions[a].containerDefinitions[0].logConfiguration.bogus",
                                        "taskDefinitions[a].containerDefinitions[1].logConfiguration.bogus"])
        #expect(unknown.allSatisfy { $0.mark?.line == 1 })
    }

    @Test func positionsFallBackToTheObjectWhenItsFileIsGone() throws {
        let dir = TempDir()
        let file = dir.write("c.yaml", "clusters:\n  - name: prod\n    capacity: {instances: -1}\n")
        let loaded = ConfigLoader(environment: [:]).load(paths: [file])
        dir.cleanup()
        let diagnostics = Validator().validate(loaded.config)
        #expect(diagnostics.first?.mark?.line == 2)  // the object's own mark, not a guess
    }
}
