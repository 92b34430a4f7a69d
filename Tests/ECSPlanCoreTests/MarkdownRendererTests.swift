import Foundation
import Testing
@testable import ECSPlanCore

/// The Markdown plan is a pull-request comment: it must fit GitHub's limit
/// however large the plan, and never hide what it destroys.
@Suite struct MarkdownRendererTests {
    /// 10 000 services moving to a new revision, some of them replaced, and a
    /// few objects deleted, as an image bump across a large estate plans it.
    static func largePlan(services: Int = 10_000, replaced: Int = 40, deleted: Int = 25) -> Plan {
        var changes = [Change(address: .taskDefinition("web"), action: .newRevision,
                              fields: [FieldChange(path: FieldPath([.key("image")]), before: .string("nginx:1.27"), after: .string("nginx:1.28"))],
                              revisionFrom: "web:6", revisionTo: "web:7")]
        var rollouts: [Rollout] = []
        for i in 0..<services {
            let address = Address.service(cluster: "prod", name: String(format: "svc-%05d", i))
            let replace = replaced > 0 && i % (services / replaced) == 7
            var c = Change(address: address, action: replace ? .replace : .update, reason: replace ? "launchType cannot be changed in place" : nil,
                           fields: [FieldChange(path: FieldPath([.key("taskDefinition")]), before: .string("web:6"), after: .string("web:7"))],
                           revisionFrom: "web:6", revisionTo: "web:7")
            c.desiredCount = 4
            changes.append(c)
            rollouts.append(Rollout(address: address, targetRevision: "web:7", desiredCount: 4, current: [.init(revision: "web:6", running: 4, pending: 0)],
                                    tasksToReplace: 4, tasksToStart: 4, minimumHealthy: 2, maximumTasks: 8, batches: [4], feasible: true, problem: nil))
        }
        for i in 0..<deleted {
            changes.append(Change(address: .service(cluster: "zz-old", name: "gone-\(i)"), action: .delete, reason: "not in the configuration"))
        }
        var plan = Plan(backend: "local", lineage: "lineage-1", serial: 3, configDigest: "d", configPaths: [], targets: [], prune: true,
                        changes: changes, rollouts: rollouts, errors: [], notes: [], fingerprints: [:])
        plan.summary = plan.computeSummary()
        return plan
    }

    @Test func aTenThousandServicePlanFitsAComment() {
        let plan = Self.largePlan()
        let md = MarkdownRenderer.render(plan, options: .init(fullPlan: "the `ecsplan-plan` artifact"))
        #expect(md.utf8.count <= 60_000, "\(md.utf8.count) bytes")
        #expect(md.count <= 60_000)
        // Every replaced or deleted address is named, shown in detail or in the closing list.
        let destructive = plan.changes.filter { $0.action == .replace || $0.action == .delete }
        #expect(destructive.count == 65)
        for c in destructive { #expect(md.contains("`\(c.address)`") || md.contains("<code>\(c.address)</code>"), "\(c.address) is not named") }
        #expect(md.contains("The full plan is in the `ecsplan-plan` artifact."))
        #expect(md.contains("**Not shown, to fit a comment:** "))
        #expect(md.contains("🔧 update"))
        #expect(md.contains("more rollouts (") )
        // The closing list names only what the folded objects above did not.
        let shown = md.components(separatedBy: "<details>").count - 1
        #expect(shown > 100, "only \(shown) objects were shown in detail")
    }

    @Test func theCountsOfWhatIsLeftOutAddUp() throws {
        let plan = Self.largePlan(services: 2_000, replaced: 20, deleted: 5)
        let md = MarkdownRenderer.render(plan, options: .init(budget: 20_000))
        #expect(md.utf8.count <= 20_000)
        let shown = md.components(separatedBy: "\n<details><summary>").count - 1 + md.components(separatedBy: "\n- ").count - 1
        let line = try #require(md.split(separator: "\n").first { $0.hasPrefix("**Not shown, to fit a comment:** ") })
        let omitted = try #require(Int(line.dropFirst("**Not shown, to fit a comment:** ".count).prefix { $0.isNumber }))
        #expect(shown + omitted == plan.changes.count, "\(shown) shown + \(omitted) omitted")
        #expect(md.contains("The full plan is in the saved plan file"))
    }

    @Test func whenEvenTheDestroyedAddressesDoNotFitTheRestIsCounted() {
        let plan = Self.largePlan(services: 0, replaced: 0, deleted: 5_000)
        let md = MarkdownRenderer.render(plan)
        #expect(md.utf8.count <= 60_000)
        #expect(md.contains(" more\n") || md.contains(" more"), "the overflow of names is counted")
        #expect(md.contains("**Replaced or deleted, not shown above ("))
    }

    @Test func aSmallPlanIsNotShortened() {
        let plan = Self.largePlan(services: 10, replaced: 1, deleted: 1)
        let md = MarkdownRenderer.render(plan)
        #expect(!md.contains("Not shown"))
        #expect(md.contains("#### Rollout"))
    }
}
