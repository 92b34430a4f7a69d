import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// `hookDetails` is a document shape: any JSON value, which ECS passes to the
/// lifecycle hook as given. It was generated as a structure without members,
/// so configuration refused every key in it and a service read from ECS lost
/// it (an update then sent the hook without its details).
@Suite struct DocumentShapeTests {
    static let config = """
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            desiredCount: 1
            deploymentConfiguration:
              strategy: BLUE_GREEN
              lifecycleHooks:
                - hookTargetArn: arn:aws:lambda:us-east-1:123456789012:function:check
                  roleArn: arn:aws:iam::123456789012:role/hook
                  lifecycleStages: [POST_TEST_TRAFFIC_SHIFT]
                  hookDetails:
                    threshold: 5
                    ratio: 0.25
                    enabled: true
                    quoted: "true"
                    word: yes
                    mode: "0755"
                    none: null
                    url: ${CHECK_URL}
                    steps: [smoke, {path: /health, expect: 200}]
        """

    static let expected = ECSDocument.object([
        "threshold": .int(5), "ratio": .double(0.25), "enabled": .bool(true), "quoted": .string("true"),
        "word": .string("yes"), "mode": .string("0755"), "none": .null, "url": .string("https://check.example.com"),
        "steps": .list([.string("smoke"), .object(["path": .string("/health"), "expect": .int(200)])]),
    ])

    static func hookDetails(_ service: Service?) -> ECSDocument? {
        service?.definition.deploymentConfiguration?.lifecycleHooks?.first?.hookDetails?.document
    }

    @Test func configurationKeepsEveryValueAsJSONReadsIt() throws {
        let r = loadConfig(Self.config, env: ["CHECK_URL": "https://check.example.com"])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(Self.hookDetails(r.config.services.first?.spec) == Self.expected)
    }

    @Test func theStoredJSONReadsBackTheSameDocument() throws {
        let r = loadConfig(Self.config, env: ["CHECK_URL": "https://check.example.com"])
        let service = try #require(r.config.services.first?.spec)
        let text = try #require(service.jsonText)
        let written = #""hookDetails":{"enabled":true,"mode":"0755","none":null,"quoted":"true","ratio":0.25,"#
        #expect(text.contains(written), "\(text)")
        #expect(Self.hookDetails(try Service.decode(jsonText: text)) == Self.expected)
        #expect(Self.hookDetails(try JSONDecoder().decode(Service.self, from: Data(text.utf8))) == Self.expected)
    }

    /// DescribeServices' answer, as the ECS backend converts it to the request it compares.
    @Test func aServiceReadFromECSKeepsItsHookDetails() throws {
        let described = """
            {"serviceName": "web", "deploymentConfiguration": {"strategy": "BLUE_GREEN", "lifecycleHooks": [
              {"hookTargetArn": "arn:aws:lambda:us-east-1:123456789012:function:check",
               "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"], "hookDetails": {"threshold": 5, "steps": ["smoke"]}}]}}
            """
        let service = try JSONDecoder().decode(ECS.Service.self, from: Data(described.utf8))
        let request = try #require(ECS.convert(service, to: ECS.CreateServiceRequest.self))
        #expect(request.deploymentConfiguration?.lifecycleHooks?.first?.hookDetails?.document
                == .object(["threshold": .int(5), "steps": .list([.string("smoke")])]))
    }

    @Test func aChangedDetailIsAChangeAndAnUnchangedOneIsNot() throws {
        let env = ["CHECK_URL": "https://check.example.com"]
        let base = try #require(loadConfig(Self.config, env: env).config.services.first?.spec)
        let same = try #require(loadConfig(Self.config, env: env).config.services.first?.spec)
        let edited = Self.config.replacingOccurrences(of: "threshold: 5", with: "threshold: 6")
        let changed = try #require(loadConfig(edited, env: env).config.services.first?.spec)
        #expect(Normalizer.service(base) == Normalizer.service(same))
        #expect(Normalizer.service(base) != Normalizer.service(changed))
    }
}
