import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// What verify reads out of a configuration and how it words what it found:
/// image URIs, secret sources, role ARNs, trust policies, and positions.
@Suite struct AccountReferenceTests {
    @Test(arguments: [
        ("123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4", "123456789012", "eu-west-1", "web", "1.4", nil),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api", "123456789012", "us-east-1", "team/api", "latest", nil),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:abc", "123456789012", "us-east-1", "web", nil, "sha256:abc"),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4@sha256:abc", "123456789012", "us-east-1", "web", "1.4", "sha256:abc"),
        ("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:2", "123456789012", "cn-north-1", "web", "2", nil),
        ("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web:2", "123456789012", "us-gov-west-1", "web", "2", nil),
        ("123456789012.dkr-ecr.ap-south-1.on.aws/web:3", "123456789012", "ap-south-1", "web", "3", nil),
    ] as [(String, String, String, String, String?, String?)])
    func privateECRImageURIsAreRead(uri: String, account: String, region: String, repository: String, tag: String?, digest: String?) throws {
        let image = try #require(ECRImage.parse(uri))
        #expect(image == ECRImage(registryId: account, region: region, repository: repository, tag: tag, digest: digest))
    }

    @Test(arguments: [
        "nginx:1.27", "public.ecr.aws/nginx/nginx:1.27", "docker.io/library/nginx", "ghcr.io/org/app:1",
        "localhost:5000/web:1", "12345.dkr.ecr.us-east-1.amazonaws.com/web:1",
        "123456789012.dkr.ecr.us-east-1.example.com/web:1", "123456789012.dkr.ecr.us-east-1.amazonaws.com/:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:",
    ])
    func otherImagesAreNotECRs(uri: String) {
        #expect(ECRImage.parse(uri) == nil)
        #expect(AccountObject.image(uri: uri).kind == .unchecked)
    }

    @Test func secretSourcesAreParametersOrSecrets() {
        #expect(AccountObject.secretSource("/prod/db") == .parameter(names: ["/prod/db"], region: nil))
        #expect(AccountObject.secretSource("arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db")
                == .parameter(names: ["/prod/db"], region: "eu-west-1"))
        #expect(AccountObject.secretSource("arn:aws:ssm:eu-west-1:123456789012:parameter/db")
                == .parameter(names: ["db", "/db"], region: "eu-west-1"))
        // A JSON key, version stage or version id after the secret's ARN is not part of its id.
        let secret = "arn:aws:secretsmanager:us-east-2:123456789012:secret:prod/api-AbCdEf"
        #expect(AccountObject.secretSource(secret) == .secret(id: secret, region: "us-east-2"))
        #expect(AccountObject.secretSource(secret + ":password::") == .secret(id: secret, region: "us-east-2"))
        #expect(AccountObject.secretSource(secret + ":password:AWSCURRENT:") == .secret(id: secret, region: "us-east-2"))
        #expect(AccountObject.secretSource("arn:aws:s3:::bucket/key").kind == .unchecked)
        #expect(AccountObject.registrySecret("dockerhub") == .secret(id: "dockerhub", region: nil))
    }

    @Test func rolesAreLookedUpByName() {
        #expect(AccountObject.role(arnOrName: "ecsTaskExecutionRole") == .role(name: "ecsTaskExecutionRole"))
        #expect(AccountObject.role(arnOrName: "arn:aws:iam::123456789012:role/app") == .role(name: "app"))
        #expect(AccountObject.role(arnOrName: "arn:aws:iam::123456789012:role/service-role/app") == .role(name: "app"))
        #expect(AccountObject.role(arnOrName: "arn:aws:iam::123456789012:user/app").kind == .unchecked)
    }

    @Test func trustPoliciesAllowECSTasksOrNot() throws {
        func allows(_ json: String) throws -> Bool { try #require(TrustPolicy(document: json)).allowsAssumeRole() }
        let ecs = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        #expect(try allows(ecs))
        // IAM returns the document URL-encoded.
        #expect(try allows(try #require(ecs.addingPercentEncoding(withAllowedCharacters: .alphanumerics))))
        #expect(try allows(#"{"Statement":{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","ecs-tasks.amazonaws.com"]},"Action":["sts:AssumeRole","sts:TagSession"]}}"#))
        #expect(try !allows(#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#))
        #expect(try !allows(#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}"#))
        #expect(try !allows(#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}"#))
        #expect(try !allows(#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"},{"Effect":"Deny","Principal":"*","Action":"*"}]}"#))
        #expect(TrustPolicy(document: "not json") == nil)
    }

    static let yaml = """
        taskDefinitions:
          - family: web
            executionRoleArn: arn:aws:iam::123456789012:role/exec
            containerDefinitions:
              - name: app
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0
                memory: 256
                secrets:
                  - {name: DB, valueFrom: /prod/db}
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: /ecs/web, awslogs-region: us-east-1, awslogs-stream-prefix: web}
              - name: sidecar
                image: public.ecr.aws/nginx/nginx:1.27
                memory: 64
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: /ecs/sidecar, awslogs-create-group: "true"}
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-1], securityGroups: [sg-1]}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc", containerName: app, containerPort: 80}
        """

    /// Loads `yaml` from a file that stays until the test ends, so fields' positions can be found.
    func withConfig(_ body: (Config) throws -> Void) throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let result = ConfigLoader().load(paths: [dir.write("c.yaml", Self.yaml)])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        try body(result.config)
    }

    @Test func everyReferenceIsFoundAtItsValue() throws {
        try withConfig { config in
            let found = config.accountReferences.map { "\($0.mark.line):\($0.mark.column) \($0.path) \($0.object)" }
            #expect(found == [
                "3:23 taskDefinitions[web].executionRoleArn role 'exec'",
                "6:16 taskDefinitions[web].containerDefinitions[0].image image web:1.0 in ECR registry 123456789012 (us-east-1)",
                "9:35 taskDefinitions[web].containerDefinitions[0].secrets[0].valueFrom SSM parameter '/prod/db'",
                "12:36 taskDefinitions[web].containerDefinitions[0].logConfiguration.options.awslogs-group log group '/ecs/web' (us-east-1)",
                "14:16 taskDefinitions[web].containerDefinitions[1].image image public.ecr.aws/nginx/nginx:1.27",
                "26:26 services[web].loadBalancers[0].targetGroupArn target group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc",
                "24:39 services[web].networkConfiguration.awsvpcConfiguration.subnets[0] subnet subnet-1",
                "24:67 services[web].networkConfiguration.awsvpcConfiguration.securityGroups[0] security group sg-1",
            ])
        }
    }

    @Test func theReportNamesEachProblemAtItsValueWithWhatToDo() throws {
        try withConfig { config in
            let references = config.accountReferences
            var results = Dictionary(references.map { ($0.object, AccountCheck.found) }, uniquingKeysWith: { a, _ in a })
            results[.role(name: "exec")] = .missing("no role of that name")
            results[.logGroup(name: "/ecs/web", region: "us-east-1")] = .denied("AccessDeniedException: not authorized")
            results[.subnet(id: "subnet-1")] = .failed("EC2 DescribeSubnets failed: could not reach http://127.0.0.1:1/")
            results[.image(uri: "public.ecr.aws/nginx/nginx:1.27")] = .notChecked("it is not in a private ECR registry")
            let report = VerifyReport(references: references, results: results)
            let found = report.diagnostics.map { "\($0.mark.map { "\($0.line):\($0.column)" } ?? "-") \($0.severity) \($0.message)" }
            let expected: [String] = [
                "3:23 error role 'exec' does not exist (no role of that name): create it with a trust policy that lets "
                    + "ecs-tasks.amazonaws.com assume it, or name an existing role",
                "12:36 error could not look up log group '/ecs/web' (us-east-1): access denied (AccessDeniedException: not authorized): "
                    + "allow logs:DescribeLogGroups to the credentials verify runs with",
                "14:16 note image public.ecr.aws/nginx/nginx:1.27 not checked: it is not in a private ECR registry",
                "24:39 error could not look up subnet subnet-1: EC2 DescribeSubnets failed: could not reach http://127.0.0.1:1/",
            ]
            #expect(found == expected)
            #expect(!report.passed)
            #expect(report.summary == "Looked up 7 objects the configuration names: 3 problems; 1 not checked.")
            let clean = VerifyReport(references: references, results: results.mapValues { _ in .found })
            #expect(clean.passed && clean.diagnostics.isEmpty)
            #expect(clean.summary == "Looked up 8 objects the configuration names: all exist.")
        }
    }
}
