import Foundation
import Testing
import TestSupport

/// `ecsplan verify` against moto (signatures checked), the built binary as a
/// user runs it: IAM, ECR, SSM, Secrets Manager, CloudWatch Logs, ELBv2 and EC2
/// are all asked, and each missing object is reported at its value.
@Suite(.serialized) struct MotoVerifyTests {
    struct Account {
        var secret: String
        var subnet: String
        var securityGroup: String
        var targetGroup: String
    }

    func setUp(_ moto: MotoServer) throws -> Account {
        let out = try moto.fixture("verify")
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: String], "\(out)")
        return Account(secret: try #require(ids["secret"]), subnet: try #require(ids["subnet"]),
                       securityGroup: try #require(ids["securityGroup"]), targetGroup: try #require(ids["targetGroup"]))
    }

    /// A task definition and service naming every kind of object verify looks up.
    func config(_ a: Account, executionRole: String = "web-exec", tag: String = "1.0", secret: String? = nil,
                logGroup: String = "/ecs/web") -> String {
        """
        clusters:
          - name: prod
        taskDefinitions:
          - family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: 256
            memory: 512
            executionRoleArn: arn:aws:iam::123456789012:role/\(executionRole)
            containerDefinitions:
              - name: app
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:\(tag)
                portMappings: [{containerPort: 80}]
                secrets:
                  - {name: DB_PASSWORD, valueFrom: /prod/db-password}
                  - {name: API_KEY, valueFrom: "\(secret ?? a.secret)"}
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: \(logGroup), awslogs-region: us-east-1, awslogs-stream-prefix: web}
        services:
          - name: web
            cluster: prod
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 1
            networkConfiguration:
              awsvpcConfiguration: {subnets: [\(a.subnet)], securityGroups: [\(a.securityGroup)]}
            loadBalancers:
              - {targetGroupArn: "\(a.targetGroup)", containerName: app, containerPort: 80}

        """
    }

    @Test func everythingPresentExitsZero() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let account = try setUp(moto)
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", config(account))
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        #expect(r.stdout == "Looked up 8 objects the configuration names: all exist.\n")
        // The values of what it found are never printed.
        #expect(!(r.stdout + r.stderr).contains("s3cr3t") && !(r.stdout + r.stderr).contains("hunter2"))
    }

    @Test func findsTheMissingImageRoleSecretAndLogGroupEachAtItsValue() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let account = try setUp(moto)
        let dir = TempDir()
        defer { dir.cleanup() }
        let missingSecret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/gone-AbCdEf"
        dir.write("app.yaml", config(account, executionRole: "no-such-role", tag: "2.0", secret: missingSecret, logGroup: "/ecs/missing"))
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 1)
        let expected: [String] = [
            "app.yaml:9:23: taskDefinitions[web].executionRoleArn: role 'no-such-role' does not exist (no role of that name): "
                + "create it with a trust policy that lets ecs-tasks.amazonaws.com assume it, or name an existing role",
            "app.yaml:12:16: taskDefinitions[web].containerDefinitions[0].image: image web:2.0 in ECR registry 123456789012 (us-east-1) "
                + "does not exist (no tag '2.0' in repository 'web'): push the image, or name a tag or digest that exists",
            "app.yaml:16:40: taskDefinitions[web].containerDefinitions[0].secrets[1].valueFrom: secret '\(missingSecret)' (us-east-1) "
                + "does not exist (no secret with that ARN or name): create it in Secrets Manager, or fix the ARN",
            "app.yaml:19:36: taskDefinitions[web].containerDefinitions[0].logConfiguration.options.awslogs-group: "
                + "log group '/ecs/missing' (us-east-1) does not exist (no log group of that name): create it (aws logs create-log-group), "
                + "or set awslogs-create-group: \"true\" (the execution role then needs logs:CreateLogGroup)",
        ]
        #expect(r.stderr.split(separator: "\n").map(String.init) == expected, "\(r.stderr)")
        #expect(r.stdout == "Looked up 8 objects the configuration names: 4 problems.\n")

        // The same findings as JSON, for a pipeline.
        let json = try CLI.run(["verify", "app.yaml", "--format", "json"], cwd: dir.path, env: moto.environment)
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        let entries = try #require(report["diagnostics"] as? [[String: Any]])
        func place(_ entry: [String: Any]) -> String {
            let line = entry["line"] as? Int ?? 0, column = entry["column"] as? Int ?? 0
            return "\(line):\(column) \(entry["path"] as? String ?? "")"
        }
        #expect(entries.map(place) == [
            "9:23 taskDefinitions[web].executionRoleArn",
            "12:16 taskDefinitions[web].containerDefinitions[0].image",
            "16:40 taskDefinitions[web].containerDefinitions[0].secrets[1].valueFrom",
            "19:36 taskDefinitions[web].containerDefinitions[0].logConfiguration.options.awslogs-group",
        ])
        #expect(report["command"] as? String == "verify" && report["valid"] as? Bool == false)
    }

    @Test func findsTheMissingTargetGroupSubnetAndSecurityGroup() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        var account = try setUp(moto)
        account.subnet = "subnet-0123456789abcdef0"
        account.securityGroup = "sg-0123456789abcdef0"
        account.targetGroup = account.targetGroup.replacingOccurrences(of: "targetgroup/web/", with: "targetgroup/gone/")
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", config(account))
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 1)
        let found = r.stderr.split(separator: "\n").map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(found == [
            "app.yaml:27:39: services[web].networkConfiguration.awsvpcConfiguration.subnets[0]:",
            "app.yaml:27:83: services[web].networkConfiguration.awsvpcConfiguration.securityGroups[0]:",
            "app.yaml:29:26: services[web].loadBalancers[0].targetGroupArn:",
        ], "\(r.stderr)")
        #expect(r.stderr.contains("subnet subnet-0123456789abcdef0 does not exist (no such id in region us-east-1)"), "\(r.stderr)")
        #expect(r.stderr.contains("security group sg-0123456789abcdef0 does not exist"), "\(r.stderr)")
        #expect(r.stderr.contains("does not exist (no target group with that ARN): create it, or fix the ARN"), "\(r.stderr)")
        #expect(r.stdout == "Looked up 8 objects the configuration names: 3 problems.\n")
    }

    @Test func parametersAreAskedForTenARequest() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        _ = try setUp(moto)
        let dir = TempDir()
        defer { dir.cleanup() }
        // Eleven parameters that exist and a twelfth that does not: two requests, one finding.
        let secrets = (1...12).map { "{name: P\($0), valueFrom: /batch/p\($0)}" }.joined(separator: ", ")
        dir.write("batch.yaml", """
            taskDefinitions:
              - family: batch
                containerDefinitions:
                  - {name: app, image: busybox, memory: 64, secrets: [\(secrets)]}

            """)
        let r = try CLI.run(["verify", "batch.yaml", "--debug"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("debug: SSM GetParameters → HTTP 200") }.count == 2, "\(r.stderr)")
        let findings = lines.filter { !$0.hasPrefix("debug: ") }
        #expect(findings.count == 2, "\(r.stderr)")
        #expect(findings.contains { $0.hasPrefix("batch.yaml:4:") && $0.contains("note: taskDefinitions[batch].containerDefinitions[0].image: "
                                                                               + "image busybox not checked: it is not in a private ECR registry") })
        #expect(findings.contains { $0.hasPrefix("batch.yaml:4:") && $0.contains(": taskDefinitions[batch].containerDefinitions[0].secrets[11]"
                                                                               + ".valueFrom: SSM parameter '/batch/p12' does not exist") })
        #expect(r.stdout == "Looked up 12 objects the configuration names: 1 problem; 1 not checked.\n")
        #expect(!r.stderr.contains("value-1"))
    }

    @Test func aLookupThatFailsIsAProblemThatSaysWhy() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let account = try setUp(moto)
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", config(account))
        // IAM alone is sent where nothing listens.
        var env = moto.environment
        env["AWS_ENDPOINT_URL_IAM"] = "http://127.0.0.1:\(MotoServer.freePort())"
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path, env: env)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("app.yaml:9:23: taskDefinitions[web].executionRoleArn: could not look up role 'web-exec': "
                                   + "IAM GetRole failed: could not reach \(env["AWS_ENDPOINT_URL_IAM"] ?? "")"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stdout == "Looked up 8 objects the configuration names: 1 problem.\n")
    }

    @Test func aRoleECSMayNotAssumeIsAProblem() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let account = try setUp(moto)
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("app.yaml", config(account, executionRole: "ec2-only"))
        let r = try CLI.run(["verify", "app.yaml"], cwd: dir.path, env: moto.environment)
        #expect(r.status == 1)
        #expect(r.stderr == "app.yaml:9:23: taskDefinitions[web].executionRoleArn: role 'ec2-only' cannot be assumed by ECS: its trust "
                + "policy does not let ecs-tasks.amazonaws.com call sts:AssumeRole; add a statement {Effect: Allow, Principal: "
                + "{Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole}\n", "\(r.stderr)")

        // On GitHub Actions the pull request shows it on the line.
        let github = try CLI.run(["verify", "app.yaml", "--format", "github"], cwd: dir.path, env: moto.environment)
        #expect(github.status == 1)
        #expect(github.stderr.hasPrefix("::error file=app.yaml,line=9,col=23,"), "\(github.stderr)")
    }
}
