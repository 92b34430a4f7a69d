import Foundation
import Testing
@testable import ECSBackend

/// Where verify sends each service's requests, and for which region they are signed.
@Suite struct AWSServiceTests {
    func address(_ service: AWSService, _ region: String, _ env: [String: String] = [:], ecs: String? = nil) throws -> String {
        let (url, signing) = try service.address(region: region, environment: env, ecsEndpoint: ecs.flatMap(URL.init(string:)))
        return "\(url.absoluteString) \(signing)"
    }

    @Test func regionalAndGlobalEndpoints() throws {
        #expect(try address(.ecr, "eu-west-1") == "https://ecr.eu-west-1.amazonaws.com eu-west-1")
        #expect(try address(.secretsManager, "cn-north-1") == "https://secretsmanager.cn-north-1.amazonaws.com.cn cn-north-1")
        #expect(try address(.iam, "eu-west-1") == "https://iam.amazonaws.com us-east-1")
        #expect(try address(.iam, "us-gov-east-1") == "https://iam.us-gov.amazonaws.com us-gov-west-1")
        // ECS's endpoint at AWS (FIPS, say) says nothing about where the other services are.
        #expect(try address(.logs, "us-east-1", ecs: "https://ecs-fips.us-east-1.amazonaws.com") == "https://logs.us-east-1.amazonaws.com us-east-1")
    }

    @Test func overridesFollowTheSDKsOrder() throws {
        let env = ["AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2": "http://elb.local:1", "AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://sm.local:2",
                   "AWS_ENDPOINT_URL": "http://all.local:3"]
        #expect(try address(.elbv2, "us-east-1", env) == "http://elb.local:1 us-east-1")
        #expect(try address(.secretsManager, "us-east-1", env) == "http://sm.local:2 us-east-1")
        #expect(try address(.ssm, "us-east-1", env, ecs: "http://127.0.0.1:5000") == "http://all.local:3 us-east-1")
        // Only ECS pointed at a mock: every service is asked there.
        #expect(try address(.ec2, "us-east-1", ecs: "http://127.0.0.1:5000") == "http://127.0.0.1:5000 us-east-1")
        #expect(throws: AWSError.self) { try address(.ecr, "us-east-1", ["AWS_ENDPOINT_URL_ECR": "ftp://x"]) }
    }
}
