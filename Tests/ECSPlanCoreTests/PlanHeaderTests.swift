import Foundation
import Testing
@testable import ECSPlanCore

/// Every view of a plan says where it applies, and warns first when it destroys.
@Suite struct PlanHeaderTests {
    static func plan(backend: String = "ecs", account: String? = "123456789012", changes: [Change] = []) -> Plan {
        var p = Plan(backend: backend, lineage: "ecs:eu-west-1", serial: 0, configDigest: "d", configPaths: [], targets: [], prune: true,
                     changes: changes, rollouts: [], errors: [], notes: [], fingerprints: [:])
        p.region = "eu-west-1"
        p.account = account
        p.summary = p.computeSummary()
        return p
    }

    @Test func textMarkdownAndJSONOpenWithBackendRegionAccountAndState() throws {
        let p = Self.plan()
        let line = "Backend ecs, region eu-west-1, account 123456789012; state ecs:eu-west-1, serial 0."
        #expect(TextRenderer().render(p).hasPrefix(line + "\n"))
        #expect(MarkdownRenderer.render(p).contains("\n\n" + line + "\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(p).utf8)) as? [String: Any])
        #expect(json["backend"] as? String == "ecs")
        #expect(json["region"] as? String == "eu-west-1")
        #expect(json["account"] as? String == "123456789012")
        #expect(json["lineage"] as? String == "ecs:eu-west-1")
    }

    @Test func anAccountNobodyAskedForIsSaidToBeUnknownOrSimulated() {
        #expect(PlanHeader.account(Self.plan(account: nil)) == "(unknown)")
        #expect(PlanHeader.account(Self.plan(backend: "local", account: nil)) == "(simulated)")
        #expect(PlanHeader.state(Plan(backend: "local", lineage: "", serial: 0, configDigest: "", configPaths: [], targets: [], prune: false,
                                      changes: [], rollouts: [], errors: [], notes: [], fingerprints: [:])) == "a new state")
    }

    @Test func aPlanThatDestroysOpensWithABannerCountingIt() {
        let p = Self.plan(changes: [
            Change(address: .service(cluster: "prod", name: "old"), action: .delete),
            Change(address: .cluster("legacy"), action: .delete),
            Change(address: .service(cluster: "prod", name: "web"), action: .replace, reason: "launchType cannot be changed in place"),
            Change(address: .taskDefinition("web"), action: .newRevision),
        ])
        let banner = "This plan deletes 2 objects (service/prod/old, cluster/legacy) and replaces 1 object (service/prod/web), deleting then creating it."
        #expect(PlanHeader.deletionBanner(p) == banner)
        #expect(TextRenderer().render(p).split(separator: "\n")[1] == "WARNING: " + Substring(banner))
        #expect(MarkdownRenderer.render(p).contains("> [!CAUTION]\n> **\(banner)**\n"))
        #expect(PlanHeader.deletionBanner(Self.plan(changes: [Change(address: .taskDefinition("web"), action: .newRevision)])) == nil)
    }

    @Test func manyDeletionsAreCountedNotListed() {
        let p = Self.plan(changes: (0..<11).map { Change(address: .service(cluster: "c", name: "s\($0)"), action: .delete) })
        #expect(PlanHeader.deletionBanner(p) == "This plan deletes 11 objects.")
    }
}
