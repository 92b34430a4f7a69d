import ECSPlanCore
import Testing
import TestSupport

@Suite struct TargetResolverTests {
    static let yaml = """
        clusters: [{name: shop-prod}, {name: shop-dev}]
        taskDefinitions:
          - {family: storefront, containerDefinitions: [{name: app, image: x, memory: 64}]}
          - {family: checkout, containerDefinitions: [{name: app, image: x, memory: 64}]}
        services:
          - {name: storefront, cluster: shop-prod, taskDefinition: storefront, desiredCount: 1}
          - {name: checkout, cluster: shop-prod, taskDefinition: checkout, desiredCount: 1}
          - {name: storefront-dev, cluster: shop-dev, taskDefinition: storefront, desiredCount: 1}

        """

    static func resolver() throws -> TargetResolver {
        TargetResolver(config: try Harness().config(yaml), world: .empty())
    }

    static func address(_ text: String) throws -> Address { try #require(Address(parsing: text)) }

    static func misses(_ targets: [String]) throws -> [UnmatchedTargets.Miss] {
        do {
            _ = try resolver().resolve(try targets.map(address))
            return []
        } catch let e as UnmatchedTargets {
            return e.misses
        }
    }

    @Test func aTypoNamesTheNearestAddress() throws {
        let m = try Self.misses(["service/shop-prod/storefrnt"])
        #expect(m.map(\.target) == ["service/shop-prod/storefrnt"])
        #expect(m.first?.nearest == ["service/shop-prod/storefront"])
    }

    @Test func aTypoInAPatternIsCorrectedPartByPart() throws {
        #expect(try Self.misses(["service/shop-prd/*"]).first?.nearest == ["service/shop-prod/*"])
        #expect(try Self.misses(["service/shop-prod/x*"]).first?.nearest == [], "the literal parts match; nothing to correct")
    }

    @Test func theSameNameOfAnotherKindIsSuggested() throws {
        #expect(try Self.misses(["cluster/checkout"]).first?.nearest == ["task-definition/checkout", "service/shop-prod/checkout"])
    }

    @Test(arguments: [
        ("service/shop-prod/*", ["service/shop-prod/checkout", "service/shop-prod/storefront"]),
        ("service/*/storefront*", ["service/shop-dev/storefront-dev", "service/shop-prod/storefront"]),
        ("cluster/shop-*", ["cluster/shop-dev", "cluster/shop-prod"]),
        ("task-definition/?heckout", ["task-definition/checkout"]),
        ("service/shop-prod/storefront", ["service/shop-prod/storefront"]),
    ])
    func patternsExpandToEveryMatch(_ pattern: String, _ expected: [String]) throws {
        let resolved = try Self.resolver().resolve([try Self.address(pattern)])
        #expect(resolved.map(\.description) == expected)
    }

    @Test func aStarNeverSpansASlash() throws {
        #expect(try Self.misses(["service/*/x"]).count == 1)
        #expect(Address(parsing: "service/*") == nil, "a service address has two parts, wildcards or not")
    }

    @Test func everyMissIsReportedAtOnce() throws {
        let m = try Self.misses(["service/shop-prod/checkout", "cluster/nope", "service/x/*"])
        #expect(m.map(\.target) == ["cluster/nope", "service/x/*"])
    }
}
