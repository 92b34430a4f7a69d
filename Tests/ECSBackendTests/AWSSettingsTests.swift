import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// Region, endpoint and the credential chain's static sources, read from an
/// environment and shared files the test writes. Instance metadata points at a
/// closed loopback port, so "not on EC2" is decided at once and offline.
@Suite final class AWSSettingsTests {
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

    func credentials(_ env: [String: String], profile: String? = nil) async throws -> AWSCredentials
    {
        let settings = try AWSSettings.resolve(
            region: "us-east-1", endpoint: nil, profile: profile,
            environment: env, interactive: false)
        return try await settings.credentials.credentials()
    }

    @Test func environmentKeysComeFirst() async throws {
        dir.write("credentials", "[default]\naws_access_key_id = DEF\naws_secret_access_key = d\n")
        let env = base.merging([
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s",
            "AWS_SESSION_TOKEN": "t", "AWS_REGION": "eu-west-1",
        ]) { $1 }
        let s = try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil, environment: env)
        let c = try await s.credentials.credentials()
        #expect(c.accessKeyId == "AKID" && c.sessionToken == "t" && c.source == "environment")
        #expect(s.region == "eu-west-1")
        #expect(s.endpoint.absoluteString == "https://ecs.eu-west-1.amazonaws.com")
    }

    @Test func profilesFromTheSharedFiles() async throws {
        let creds = dir.write(
            "credentials",
            """
            [default]
            aws_access_key_id = DEF
            aws_secret_access_key = d

            [dev]
            aws_access_key_id = DEV
            aws_secret_access_key = x
            aws_session_token = tok
            """)
        dir.write(
            "config", "[default]\nregion = us-west-2\n[profile dev]\nregion = ap-southeast-2\n")
        let env = base.merging(["AWS_PROFILE": "dev"]) { $1 }
        let s = try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil, environment: env)
        let c = try await s.credentials.credentials()
        #expect(c.accessKeyId == "DEV" && c.sessionToken == "tok")
        #expect(s.region == "ap-southeast-2")
        #expect(c.source == "profile dev in \(creds)")
        let d = try AWSSettings.resolve(
            region: "eu-central-1", endpoint: "http://127.0.0.1:4566",
            profile: "default", environment: env)
        #expect(try await d.credentials.credentials().accessKeyId == "DEF")
        #expect(d.region == "eu-central-1" && d.endpoint.port == 4566)
        let e = try AWSSettings.resolve(
            region: nil, endpoint: nil, profile: nil,
            environment: env.merging([
                "AWS_ENDPOINT_URL_ECS": "http://localhost:5000",
                "AWS_ENDPOINT_URL": "http://other",
            ]) { $1 })
        #expect(e.endpoint.absoluteString == "http://localhost:5000")
    }

    @Test func anExplicitProfileIsUsedEvenWithEnvironmentKeys() async throws {
        dir.write("credentials", "[ops]\naws_access_key_id = OPS\naws_secret_access_key = o\n")
        let env = base.merging(["AWS_ACCESS_KEY_ID": "ENV", "AWS_SECRET_ACCESS_KEY": "e"]) { $1 }
        #expect(try await credentials(env, profile: "ops").accessKeyId == "OPS")
        #expect(try await credentials(env).accessKeyId == "ENV")
    }

    @Test func aNamedProfileThatDoesNotExistIsAnError() {
        #expect {
            try AWSSettings.resolve(
                region: "us-east-1", endpoint: nil, profile: "nope", environment: base)
        } throws: { e in
            "\(e)"
                == "AWS profile 'nope' is not in \(dir.file("credentials")) and "
                    + "\(dir.file("config"))"
        }
    }

    @Test func missingCredentialsListWhatWasTriedInOrder() async throws {
        let env = base
        let imds = try #require(env["AWS_EC2_METADATA_SERVICE_ENDPOINT"])
        await #expect {
            try await credentials(env)
        } throws: { e in
            let text = "\(e)"
            let lines = text.split(separator: "\n").map(String.init)
            return lines.count == 7
                && lines[0] == "no AWS credentials found; tried, in order:"
                && lines[1]
                    == "  1. environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set"
                && lines[2]
                    == "  2. web identity: AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE are not set"
                && lines[3]
                    == "  3. profile default: not in \(dir.file("credentials")) and "
                        + "\(dir.file("config"))"
                && lines[4]
                    == "  4. container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI "
                        + "and _FULL_URI are not set"
                && lines[5].hasPrefix("  5. EC2 instance metadata (\(imds)): ")
                && lines[6].hasPrefix("  hint: set AWS_ACCESS_KEY_ID")
        }
        await #expect {
            try await credentials(env.merging(["AWS_EC2_METADATA_DISABLED": "true"]) { $1 })
        } throws: { e in
            "\(e)".contains("  5. EC2 instance metadata: disabled by AWS_EC2_METADATA_DISABLED")
        }
    }

    @Test func halfAKeyPairIsAnErrorNotAFallThrough() async {
        await #expect {
            try await credentials(base.merging(["AWS_ACCESS_KEY_ID": "AKID"]) { $1 })
        } throws: { e in
            "\(e)"
                == "AWS credentials from environment: AWS_ACCESS_KEY_ID is set but "
                    + "AWS_SECRET_ACCESS_KEY is not"
        }
    }

    @Test func missingRegionSaysWhereToSetIt() {
        #expect {
            try AWSSettings.resolve(
                region: nil, endpoint: nil, profile: nil,
                environment: base.merging(["AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"])
                { $1 })
        } throws: { e in
            "\(e)".hasPrefix("no AWS region: pass --region")
        }
    }

    @Test func endpointsPerServiceThenGlobal() throws {
        let sts = try STSClient(region: "eu-west-1", environment: [:])
        #expect(sts.endpoint.absoluteString == "https://sts.eu-west-1.amazonaws.com")
        let global = try STSClient(
            region: "eu-west-1", environment: ["AWS_ENDPOINT_URL": "http://127.0.0.1:1"])
        #expect(global.endpoint.absoluteString == "http://127.0.0.1:1")
        let specific = try STSClient(
            region: nil,
            environment: [
                "AWS_ENDPOINT_URL": "http://127.0.0.1:1",
                "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:2",
            ])
        #expect(
            specific.endpoint.absoluteString == "http://127.0.0.1:2"
                && specific.region == "us-east-1")
    }
}
