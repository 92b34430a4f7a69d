import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// Every file in examples/invalid has its expected validation output in
/// Tests/Fixtures/golden/invalid/NAME.txt.
@Suite struct ValidatorGoldenTests {
    static let cases = ["typos.yaml", "memory.yaml", "fargate.yaml", "references.yaml", "duplicates", "syntax.yaml", "env.yaml", "model.yaml"]

    static func validate(_ paths: [String]) -> [Diagnostic] {
        let result = ConfigLoader(environment: [:]).load(paths: paths)
        return (result.diagnostics + Validator().validate(result.config)).sortedByPosition()
    }

    @Test(arguments: cases)
    func invalidExample(_ name: String) {
        let root = Repo.root.path + "/"
        let diagnostics = Self.validate([Repo.path("examples/invalid/" + name)])
        #expect(diagnostics.hasErrors)
        let text = diagnostics.map(\.description).joined(separator: "\n").replacingOccurrences(of: root, with: "") + "\n"
        assertGolden(text, "invalid/\(name.replacingOccurrences(of: ".yaml", with: "")).txt")
    }

    @Test func quickstartIsValid() {
        let diagnostics = Self.validate([Repo.path("examples/quickstart")])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
    }

    @Test func placementExpressions() throws {
        let ok = [
            "attribute:ecs.instance-type =~ t3.*",
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            "attribute:ecs.availability-zone !in ['us-east-1a']",
            "not(attribute:gpu exists) and ec2InstanceId != i-123 or attribute:x > 5",
            "(attribute:a == b or attribute:a == c) and task:group == service:web",
            "attribute:a !exists",
        ]
        for e in ok { #expect(throws: Never.self) { try PlacementExpression.parse(e) } }
        let bad: [(String, Int, String)] = [
            ("attribute:a ==", 15, "expected a value after '=='"),
            ("attribute:a in [x, y", 21, "unterminated list: expected ']'"),
            ("foo == bar", 1, "expected 'attribute:NAME', 'ec2InstanceId' or 'task:group', got 'foo'"),
            ("attribute:a == b andd c", 18, "unexpected 'andd' after a complete expression"),
            ("attribute:a =~ '('", 16, "invalid regular expression '('"),
        ]
        for (e, column, message) in bad {
            do {
                _ = try PlacementExpression.parse(e)
                Issue.record("\(e) should not parse")
            } catch {
                #expect(error.column == column, "\(e)")
                #expect(error.message == message)
            }
        }
    }

    @Test func placementEvaluation() throws {
        let facts = InstanceFacts(instanceId: "i-1", attributes: ["ecs.instance-type": "t3.large", "ecs.availability-zone": "us-east-1a", "cores": "8"], taskGroups: ["service:web"])
        let cases: [(String, Bool)] = [
            ("attribute:ecs.instance-type =~ t3\\..*", true),
            ("attribute:ecs.instance-type == t3.*", true),
            ("attribute:ecs.instance-type == m5.*", false),
            ("attribute:ecs.availability-zone in [us-east-1b, us-east-1a]", true),
            ("attribute:ecs.availability-zone !in [us-east-1a]", false),
            ("attribute:cores > 4 and attribute:cores < 16", true),
            ("attribute:cores > 10", false),
            ("attribute:gpu exists", false),
            ("not(attribute:gpu exists)", true),
            ("ec2InstanceId == i-2 or task:group == service:web", true),
        ]
        for (e, want) in cases { #expect(try PlacementExpression.parse(e).matches(facts) == want, "\(e)") }
    }
}
