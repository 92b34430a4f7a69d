import Crypto
import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// The chain's sources that need no STS, against a loopback stub serving the
/// documented responses (container credentials, IMDSv2, the SSO portal) or a
/// local command (credential_process).
@Suite(.serialized) final class CredentialSourceTests {
    // A class so that deinit, run after each test, removes the test's files.
    let dir = TempDir()
    deinit { dir.cleanup() }
    var base: [String: String] {
        [
            "HOME": dir.path, "AWS_SHARED_CREDENTIALS_FILE": dir.file("credentials"),
            "AWS_CONFIG_FILE": dir.file("config"),
            "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:\(MotoServer.freePort())",
        ]
    }

    func credentials(_ env: [String: String], interactive: Bool = false) async throws
        -> AWSCredentials
    {
        let settings = try AWSSettings.resolve(
            region: "us-east-1", endpoint: nil, profile: nil,
            environment: env, interactive: interactive)
        return try await settings.credentials.credentials()
    }

    @Test func containerCredentialsSendTheTokenFromItsFile() async throws {
        let stub = try CredentialEndpointStub()
        defer { stub.stop() }
        let tokenFile = dir.write("token", CredentialEndpointStub.containerToken + "\n")
        let env = base.merging([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": stub.endpoint + "/container-credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-the-file-is-set",
        ]) { $1 }
        let c = try await credentials(env)
        #expect(c.accessKeyId == "ASIACONTAINER" && c.sessionToken == "container-session")
        #expect(c.source == "container credentials")
        let expiry = try #require(c.expiration)
        #expect(expiry.timeIntervalSinceNow > 3000)
        #expect(
            stub.requests.first?["headers"] as? [String: String]
                == ["Authorization": CredentialEndpointStub.containerToken])
    }

    @Test func containerCredentialsWithTheTokenInTheEnvironmentAndAWrongOne() async throws {
        let stub = try CredentialEndpointStub()
        defer { stub.stop() }
        var env = base.merging([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": stub.endpoint + "/container-credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": CredentialEndpointStub.containerToken,
        ]) { $1 }
        #expect(try await credentials(env).accessKeyId == "ASIACONTAINER")
        env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "wrong"
        await #expect {
            try await credentials(env)
        } throws: { e in
            "\(e)"
                == "AWS credentials from container credentials: HTTP 401 from "
                    + "\(stub.endpoint)/container-credentials"
        }
    }

    @Test func containerCredentialsOverPlainHTTPOnlyToTheMachineOrTheAgent() async throws {
        let env = base.merging(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"]) {
            $1
        }
        await #expect {
            try await credentials(env)
        } throws: { e in
            "\(e)".contains(
                "must be https, or http to a loopback or ECS/EKS agent address; got example.com")
        }
        #expect(ContainerCredentialProvider.isTrustedHTTPHost("169.254.170.23"))
        #expect(ContainerCredentialProvider.isTrustedHTTPHost("[fd00:ec2::23]"))
        #expect(!ContainerCredentialProvider.isTrustedHTTPHost("10.0.0.1"))
    }

    @Test func instanceMetadataTakesASessionTokenFirst() async throws {
        let stub = try CredentialEndpointStub()
        defer { stub.stop() }
        let c = try await credentials(
            base.merging(["AWS_EC2_METADATA_SERVICE_ENDPOINT": stub.endpoint]) { $1 })
        #expect(c.accessKeyId == "ASIAINSTANCE" && c.sessionToken == "instance-session")
        #expect(c.source == "EC2 instance metadata: role ecsplan-instance-role")
        let requests = stub.requests
        #expect(
            requests.map { "\($0["method"] ?? "") \($0["path"] ?? "")" } == [
                "PUT /latest/api/token",
                "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/ecsplan-instance-role",
            ])
        #expect(
            (requests[0]["headers"] as? [String: String])?["X-aws-ec2-metadata-token-ttl-seconds"]
                == "21600")
        #expect(
            (requests[2]["headers"] as? [String: String])?["X-aws-ec2-metadata-token"]
                == "imds-session-token")
    }

    func writeSSOCache(key: String, token: String, expiresAt: String) throws {
        let name = Hex.encode(Insecure.SHA1.hash(data: Data(key.utf8)))
        dir.write(
            ".aws/sso/cache/\(name).json",
            #"{"accessToken": "\#(token)", "expiresAt": "\#(expiresAt)", "region": "us-east-1"}"#)
    }

    @Test func ssoSessionUsesTheCachedTokenForGetRoleCredentials() async throws {
        let stub = try CredentialEndpointStub()
        defer { stub.stop() }
        dir.write(
            "config",
            """
            [default]
            sso_session = corp
            sso_account_id = 123456789012
            sso_role_name = Deployer

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            """)
        try writeSSOCache(
            key: "corp", token: CredentialEndpointStub.ssoToken, expiresAt: "2099-01-01T00:00:00Z")
        let env = base.merging(["AWS_ENDPOINT_URL_SSO": stub.endpoint]) { $1 }
        let c = try await credentials(env)
        #expect(c.accessKeyId == "ASIASSO" && c.sessionToken == "sso-session")
        #expect(c.source == "profile default: role Deployer in 123456789012")
        #expect((try #require(c.expiration)).timeIntervalSinceNow > 3000)
        let request = try #require(stub.requests.first)
        #expect(
            request["path"] as? String
                == "/federation/credentials?account_id=123456789012&role_name=Deployer")
        #expect(
            (request["headers"] as? [String: String])?["x-amz-sso_bearer_token"]
                == CredentialEndpointStub.ssoToken)
    }

    @Test func legacySSOProfilesAndAnExpiredTokenSayToLogIn() async throws {
        let stub = try CredentialEndpointStub()
        defer { stub.stop() }
        dir.write(
            "config",
            """
            [profile legacy]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 123456789012
            sso_role_name = Deployer
            """)
        let env = base.merging(["AWS_ENDPOINT_URL_SSO": stub.endpoint, "AWS_PROFILE": "legacy"]) {
            $1
        }
        try writeSSOCache(
            key: "https://corp.awsapps.com/start", token: CredentialEndpointStub.ssoToken,
            expiresAt: "2099-01-01T00:00:00UTC")
        #expect(try await credentials(env).accessKeyId == "ASIASSO")
        try writeSSOCache(
            key: "https://corp.awsapps.com/start", token: CredentialEndpointStub.ssoToken,
            expiresAt: "2020-01-01T00:00:00Z")
        await #expect {
            try await credentials(env)
        } throws: { e in
            "\(e)"
                == "AWS credentials from profile legacy: the cached SSO token expired at "
                    + "2020-01-01T00:00:00Z"
                + "\n  hint: run `aws sso login --profile legacy`"
        }
    }

    @Test func credentialProcessPrintsVersionOneJSON() async throws {
        let script = dir.write(
            "creds.sh",
            """
            #!/bin/sh
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret", \
            "SessionToken": "proc-session", "Expiration": "2099-01-01T00:00:00Z"}'
            """)
        dir.write("config", "[default]\ncredential_process = sh '\(script)' --flag\n")
        let c = try await credentials(base)
        #expect(c.accessKeyId == "ASIAPROC" && c.sessionToken == "proc-session")
        #expect(c.expiration == AWSTimestamp.parse("2099-01-01T00:00:00Z"))

        dir.write("config", "[default]\ncredential_process = sh -c 'echo expired >&2; exit 3'\n")
        await #expect {
            try await credentials(base)
        } throws: { e in
            "\(e)"
                == "AWS credentials from profile default: credential_process exited with "
                    + "status 3: expired"
        }
        dir.write(
            "config",
            "[default]\ncredential_process = echo '{\"AccessKeyId\": \"A\", "
                + "\"SecretAccessKey\": \"S\"}'\n"
        )
        await #expect {
            try await credentials(base)
        } throws: { e in
            "\(e)".hasSuffix("credential_process must print JSON with \"Version\": 1")
        }
    }

    @Test func anMFARoleIsRefusedWithoutATerminal() async throws {
        dir.write(
            "config",
            """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/admin
            source_profile = admin
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            aws_access_key_id = AKIA
            aws_secret_access_key = secret
            """)
        await #expect {
            try await credentials(base.merging(["AWS_PROFILE": "admin"]) { $1 }, interactive: false)
        } throws: { e in
            "\(e)"
                == "AWS credentials from profile admin: role "
                    + "arn:aws:iam::123456789012:role/admin needs an MFA "
                + "code (mfa_serial arn:aws:iam::123456789012:mfa/alice) and there is no "
                    + "terminal to ask on"
                + "\n  hint: in a pipeline use web identity (AWS_ROLE_ARN + "
                    + "AWS_WEB_IDENTITY_TOKEN_FILE) "
                + "or a profile without mfa_serial"
        }
    }

    @Test func roleProfilesThatCannotReachASourceAreErrors() async throws {
        dir.write(
            "config",
            """
            [profile a]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = a
            [profile c]
            role_arn = arn:aws:iam::123456789012:role/c
            [profile d]
            role_arn = arn:aws:iam::123456789012:role/d
            credential_source = Somewhere
            """)
        let cases = [
            ("a", "AWS credentials from profile b: source_profile loops: a → b → a"),
            (
                "c",
                "AWS credentials from profile c: role_arn needs source_profile or "
                    + "credential_source "
                    + "(or web_identity_token_file)"
            ),
            (
                "d",
                "AWS credentials from profile d: unknown credential_source 'Somewhere'"
                    + "\n  hint: use Environment, EcsContainer or Ec2InstanceMetadata"
            ),
        ]
        for (profile, message) in cases {
            await #expect {
                try await credentials(base.merging(["AWS_PROFILE": profile]) { $1 })
            } throws: { e in
                "\(e)" == message
            }
        }
    }
}

/// Temporary credentials are fetched again shortly before they expire, once
/// however many requests ask at the same time.
@Suite struct CredentialRefreshTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Date(timeIntervalSince1970: 1_800_000_000)
        var now: Date { lock.withLock { value } }
        func advance(_ seconds: TimeInterval) { lock.withLock { value += seconds } }
    }

    @Test func refreshesBeforeExpiryNotAtEveryRequest() async throws {
        let clock = Clock()
        let counter = Counter()
        let provider = RefreshingCredentialProvider(refreshWindow: 300, now: { clock.now }) {
            let n = counter.next()
            return AWSCredentials(
                accessKeyId: "KEY\(n)", secretAccessKey: "s", sessionToken: "t",
                expiration: clock.now.addingTimeInterval(3600), source: "test")
        }
        #expect(try await provider.credentials().accessKeyId == "KEY1")
        clock.advance(3000)  // 10 minutes left: still good
        #expect(try await provider.credentials().accessKeyId == "KEY1")
        clock.advance(360)  // 4 minutes left: inside the window
        #expect(try await provider.credentials().accessKeyId == "KEY2")
        #expect(try await provider.credentials().accessKeyId == "KEY2")
        #expect(await provider.fetchCount == 2)
    }

    @Test func concurrentRequestsShareOneFetch() async throws {
        let counter = Counter()
        let provider = RefreshingCredentialProvider {
            try await Task.sleep(for: .milliseconds(50))
            return AWSCredentials(
                accessKeyId: "KEY\(counter.next())", secretAccessKey: "s",
                expiration: Date().addingTimeInterval(3600))
        }
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await provider.credentials().accessKeyId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(keys == ["KEY1"])
    }

    @Test func aFailedRefreshKeepsKeysThatStillWork() async throws {
        let clock = Clock()
        let counter = Counter()
        let provider = RefreshingCredentialProvider(refreshWindow: 300, now: { clock.now }) {
            guard counter.next() == 1 else { throw CredentialError.source("test", message: "down") }
            return AWSCredentials(
                accessKeyId: "KEY", secretAccessKey: "s",
                expiration: clock.now.addingTimeInterval(600))
        }
        _ = try await provider.credentials()
        clock.advance(400)
        #expect(try await provider.credentials().accessKeyId == "KEY")
        clock.advance(300)
        await #expect(throws: CredentialError.source("test", message: "down")) {
            try await provider.credentials()
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int {
            lock.withLock {
                n += 1; return n
            }
        }
    }
}

/// Where container credentials are fetched from, without an agent to ask.
@Suite struct ContainerEndpointTests {
    func context(_ env: [String: String]) -> CredentialContext {
        CredentialContext(
            environment: env, files: AWSConfigFiles(environment: ["HOME": "/nonexistent"]),
            profileName: "default", profileIsExplicit: false, region: "us-east-1",
            interactive: false)
    }

    @Test func theRelativeURIGoesToTheECSAgent() throws {
        let env = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/0b1c",
                   "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/ignored"]
        let provider = try #require(try ContainerCredentialProvider(context(env)))
        #expect(provider.url.absoluteString == "http://169.254.170.2/v2/credentials/0b1c")
        #expect(try ContainerCredentialProvider(context([:])) == nil)
    }
}
