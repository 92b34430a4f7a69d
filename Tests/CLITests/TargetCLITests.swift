import Foundation
import Testing
import TestSupport

/// `--target` names something that exists, or the command stops and says what does.
@Suite struct TargetCLITests {
    static let config = """
        clusters: [{name: shop-prod}]
        taskDefinitions:
          - {family: storefront, containerDefinitions: [{name: app, image: x, memory: 64}]}
          - {family: checkout, containerDefinitions: [{name: app, image: x, memory: 64}]}
        services:
          - {name: storefront, cluster: shop-prod, taskDefinition: storefront, desiredCount: 1}
          - {name: checkout, cluster: shop-prod, taskDefinition: checkout, desiredCount: 1}

        """

    @Test func aMistypedTargetIsAnErrorNamingTheNearestAddress() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("shop.yaml", Self.config)
        let state = ["--state", dir.file("state.db")]
        for command in ["plan", "apply"] {
            let r = try CLI.run([command, "shop.yaml", "--target", "service/shop-prod/storefrnt", "--auto-approve"].filter { command == "apply" || $0 != "--auto-approve" } + state,
                                cwd: dir.path)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.hasPrefix("ecsplan: --target service/shop-prod/storefrnt matches no address in the configuration or the state; did you mean service/shop-prod/storefront?\n"),
                    "\(r.stderr)")
        }
        let list = try CLI.run(["state", "list"] + state, cwd: dir.path)
        #expect(list.stdout.hasPrefix("No state yet") || list.stdout.hasPrefix("The state is empty"), "nothing was applied: \(list.stdout)")
    }

    @Test func aPatternThatMatchesNothingIsAnError() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("shop.yaml", Self.config)
        let r = try CLI.run(["plan", "shop.yaml", "--target", "service/prod/*", "--state", dir.file("state.db")], cwd: dir.path, env: ["ECSPLAN_TARGET": "cluster/x"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("ecsplan: --target service/prod/* matches no address in the configuration or the state"), "\(r.stderr)")
    }

    @Test func aPatternLimitsThePlanToWhatItMatches() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("shop.yaml", Self.config)
        let r = try CLI.run(["plan", "shop.yaml", "--target", "service/shop-prod/check*", "--state", dir.file("state.db")], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("service/shop-prod/checkout"))
        #expect(r.stdout.contains("task-definition/checkout"), "a target brings what it depends on")
        #expect(!r.stdout.contains("storefront"), "\(r.stdout)")
    }
}
