import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// A saved plan is the reviewed artifact: it holds everything apply needs,
/// and one that was edited, or written by a newer ecsplan, is refused.
@Suite struct PlanFileTests {
    static func bump() async throws -> (Harness, Plan) {
        let h = try Harness()
        try await h.apply(PlanScenarioTests.base)
        return (h, try await h.plan(PlanScenarioTests.base, env: ["TAG": "1.28", "DB_PASSWORD": "s3cret-value"]))
    }

    @Test func aPlanHoldsTheDesiredSpecsOfWhatItChangesFullyInterpolated() async throws {
        let (_, plan) = try await Self.bump()
        let desired = try #require(plan.desired)
        #expect(desired.clusters.isEmpty)  // unchanged
        #expect(desired.taskDefinitions.map(\.family) == ["web"])
        #expect(desired.taskDefinitions.first?.containerDefinitions.first?.image == "nginx:1.28")
        #expect(desired.services.map(\.name) == ["web"])
    }

    @Test func writtenAndReadBackItIsTheSamePlan() async throws {
        let (_, plan) = try await Self.bump()
        let data = try PlanFile.write(plan)
        let read = try PlanFile.decode(data)
        #expect(read.desired == plan.desired)
        #expect(JSONRenderer.render(read) == JSONRenderer.render(plan))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\n  \"checksum\" : \"sha256:"))
        // The value masked everywhere else is kept, so the plan can apply it…
        #expect(text.contains("s3cret-value"))
        // …and every view leaves it out.
        #expect(!JSONRenderer.render(read).contains("s3cret-value"))
        #expect(!TextRenderer().render(read).contains("s3cret-value"))
        #expect(!MarkdownRenderer.render(read).contains("s3cret-value"))
    }

    @Test func anEditedPlanIsRefused() async throws {
        let (_, plan) = try await Self.bump()
        let text = String(decoding: try PlanFile.write(plan), as: UTF8.self)
        for edit in [text.replacingOccurrences(of: "nginx:1.28", with: "nginx:evil"),
                     text.replacingOccurrences(of: "\"desiredCount\" : 4", with: "\"desiredCount\" : 40"),
                     text.replacingOccurrences(of: "\"prune\" : ", with: "\"prune\": "), text + " "] {
            #expect(edit != text)
            #expect(Self.refusal(edit) == "the plan was changed after it was written (its checksum does not match its contents)")
        }
    }

    /// Why `text` is refused, or nil if it is read.
    static func refusal(_ text: String) -> String? {
        do {
            _ = try PlanFile.decode(Data(text.utf8))
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func aPlanFromANewerEcsplanIsRefusedAsSuch() async throws {
        let (_, plan) = try await Self.bump()
        var newer = plan
        newer.ecsplanVersion = "9.0.0"
        #expect(Self.refusal(String(decoding: try PlanFile.write(newer), as: UTF8.self))
                == "the plan was made by ecsplan 9.0.0 (plan format \(Plan.formatVersion)), newer than this ecsplan \(ECSPlanVersion.current) (format \(Plan.formatVersion))")
        let text = String(decoding: try PlanFile.write(plan), as: UTF8.self)
        let future = text.replacingOccurrences(of: "\"formatVersion\" : \(Plan.formatVersion)", with: "\"formatVersion\" : 99")
        #expect(Self.refusal(future)?.hasPrefix("the plan was made by ecsplan \(ECSPlanVersion.current) (plan format 99), newer than") == true)
        let past = text.replacingOccurrences(of: "\"formatVersion\" : \(Plan.formatVersion)", with: "\"formatVersion\" : 1")
        #expect(Self.refusal(past)?.hasPrefix("plan format 1 is not supported: it was made by ecsplan \(ECSPlanVersion.current), whose plans need") == true)
    }

    @Test func whatIsNotASavedPlanSaysWhy() async throws {
        let (_, plan) = try await Self.bump()
        #expect(Self.refusal(JSONRenderer.render(plan))?.hasPrefix("the plan has no checksum: it is not a plan saved with `ecsplan plan --out FILE`") == true)
        #expect(Self.refusal("{\"formatVersion\": ") == "the JSON ends early after 18 bytes (the file is truncated)")
    }

    @Test func versionsCompareNumerically() {
        #expect(ECSPlanVersion.compare("0.10.0", "0.9.1") == .orderedDescending)
        #expect(ECSPlanVersion.compare("0.1.0", "0.1") == .orderedSame)
        #expect(ECSPlanVersion.compare("0.1.0-rc.1", "0.1.0") == .orderedSame)
        #expect(ECSPlanVersion.compare("1.0.0", "1.0.1") == .orderedAscending)
    }

    static func refused(_ plan: Plan, _ backend: String, _ world: World) -> String? {
        do {
            try SavedPlanCheck.verify(plan, backend: backend, world: world)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aSavedPlanAppliesOnlyWhereItWasMade() async throws {
        let (h, plan) = try await Self.bump()
        let world = try await h.simulator.readWorld()
        try SavedPlanCheck.verify(plan, backend: "local", world: world)
        #expect(Self.refused(plan, "ecs", world) == "the plan was made for the local backend, but this apply uses ecs")
        var elsewhere = world
        elsewhere.region = "eu-west-1"
        #expect(Self.refused(plan, "local", elsewhere) == "the plan was made for region us-east-1, but this apply is in eu-west-1")
        var otherAccount = plan
        otherAccount.account = "111111111111"
        var there = world
        there.account = "222222222222"
        #expect(Self.refused(otherAccount, "local", there) == "the plan was made for account 111111111111, but this apply is in 222222222222")
    }

    @Test func theExecutorNeedsOnlyThePlan() async throws {
        let (h, plan) = try await Self.bump()
        let read = try PlanFile.decode(try PlanFile.write(plan))
        try await Executor(backend: h.backend, emit: { _ in }).apply(read, runID: "saved")
        let after = try await h.plan(PlanScenarioTests.base, env: ["TAG": "1.28", "DB_PASSWORD": "s3cret-value"])
        #expect(!after.hasChanges)
        // Without its specs (as `--format json` shows a plan) it cannot be carried out.
        let (h2, plan2) = try await Self.bump()
        var shown = try JSONRenderer.decode(Data(JSONRenderer.render(plan2).utf8))
        shown.desired = nil
        await #expect(throws: ApplyError.self) { try await Executor(backend: h2.backend, emit: { _ in }).apply(shown, runID: "shown") }
    }
}
