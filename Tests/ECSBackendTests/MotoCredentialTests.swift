import ECSPlanCore
import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// The chain's STS sources against moto with signatures enforced: the role
/// credentials they return must sign ECS and STS requests moto then checks.
@Suite(.serialized) final class MotoCredentialTests {
    // A class so that deinit, run after each test, removes the test's files.
    let dir = TempDir()
    deinit { dir.cleanup() }

    /// Only what a CI job with OIDC has: no keys, no profile files.
    func webIdentityEnvironment(_ moto: MotoServer, roleArn: String) -> [String: String] {
        let token = dir.write("oidc-token", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl\n")
        return [
            "HOME": dir.path, "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": moto.endpoint,
            "AWS_ROLE_ARN": roleArn, "AWS_WEB_IDENTITY_TOKEN_FILE": token,
            "AWS_ROLE_SESSION_NAME": "ci-run-42", "AWS_EC2_METADATA_DISABLED": "true",
        ]
    }

    @Test func webIdentityFromTheEnvironmentPlansWithNoKeysAtAll() throws {
        // AWS takes AssumeRoleWithWebIdentity unsigned, but moto checks every STS
        // call: its first ecsplan request (after the role's two) passes unchecked.
        let moto = try MotoServer(uncheckedRequests: 3)
        defer { moto.stop() }
        let roleArn = try moto.iamS3(["role", "ci-deployer"])
        let env = webIdentityEnvironment(moto, roleArn: roleArn)
            .merging([
                "ECSPLAN_BACKEND": "ecs", "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "",
            ]) { $1 }
        let r = try CLI.run(
            ["plan", Repo.path("examples/ecs"), "--detailed-exitcode", "--debug"], env: env)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("+ cluster/shop"))
        #expect(!r.stderr.contains("SignatureDoesNotMatch"))
        // --debug names the source chosen, never the token or the keys.
        #expect(
            r.stderr.contains(
                "debug: signing with AWS credentials ASIA… from web identity (AWS_ROLE_ARN): "
                    + "role \(roleArn), valid until "), "\(r.stderr)")
        #expect(!r.stderr.contains("c2lnbmF0dXJl"))
    }

    @Test func aWebIdentityProfileAssumesItsRole() async throws {
        let moto = try MotoServer(uncheckedRequests: 3)
        defer { moto.stop() }
        let roleArn = try moto.iamS3(["role", "ci-deployer"])
        var env = webIdentityEnvironment(moto, roleArn: roleArn)
        let token = env.removeValue(forKey: "AWS_WEB_IDENTITY_TOKEN_FILE") ?? ""
        env.removeValue(forKey: "AWS_ROLE_ARN")
        env.removeValue(forKey: "AWS_ROLE_SESSION_NAME")
        env["AWS_CONFIG_FILE"] = dir.write(
            "config",
            """
            [profile ci]
            role_arn = \(roleArn)
            web_identity_token_file = \(token)
            role_session_name = from-profile
            """)
        env["AWS_PROFILE"] = "ci"
        env["AWS_ENDPOINT_URL_ECS"] = moto.endpoint
        let settings = try AWSSettings.resolve(
            region: nil, endpoint: nil, profile: nil, environment: env)
        let c = try await settings.credentials.credentials()
        #expect(c.accessKeyId.hasPrefix("ASIA") && c.sessionToken != nil && c.expiration != nil)
        #expect(c.source == "profile ci: role \(roleArn)")
        let identity = try await STSClient(region: "us-east-1", environment: env).getCallerIdentity(
            c)
        #expect(identity.arn.hasSuffix(":assumed-role/ci-deployer/from-profile"))
        // ECS accepts the role's session credentials.
        let backend = AmazonECSProvider(client: ECSClient(settings: settings))
        _ = try await backend.readWorld()
    }

    @Test func aRoleProfileAssumesWithItsSourceProfileAndExternalId() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let roleArn = try moto.iamS3(["role", "deployer"])
        let credentials = dir.write(
            "credentials",
            """
            [base]
            aws_access_key_id = \(moto.accessKeyId)
            aws_secret_access_key = \(moto.secretAccessKey)
            """)
        let config = dir.write(
            "config",
            """
            [profile deploy]
            role_arn = \(roleArn)
            source_profile = base
            external_id = shared-secret-id
            role_session_name = deploy-session
            """)
        let env = [
            "HOME": dir.path, "AWS_SHARED_CREDENTIALS_FILE": credentials, "AWS_CONFIG_FILE": config,
            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_STS": moto.endpoint,
            "AWS_ENDPOINT_URL_ECS": moto.endpoint,
        ]
        let settings = try AWSSettings.resolve(
            region: nil, endpoint: nil, profile: "deploy", environment: env)
        let c = try await settings.credentials.credentials()
        #expect(c.source == "profile deploy: role \(roleArn)")
        let identity = try await STSClient(region: "us-east-1", environment: env).getCallerIdentity(
            c)
        #expect(identity.arn.hasSuffix(":assumed-role/deployer/deploy-session"))
        #expect(identity.account == "123456789012")
        let backend = AmazonECSProvider(client: ECSClient(settings: settings))
        _ = try await backend.readWorld()
    }

    @Test func credentialSourceEnvironmentAssumesWithTheEnvironmentKeys() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let roleArn = try moto.iamS3(["role", "env-deployer"])
        let config = dir.write(
            "config",
            """
            [profile from-env]
            role_arn = \(roleArn)
            credential_source = Environment
            """)
        let env = [
            "HOME": dir.path, "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_CONFIG_FILE": config,
            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_STS": moto.endpoint,
            "AWS_ACCESS_KEY_ID": moto.accessKeyId, "AWS_SECRET_ACCESS_KEY": moto.secretAccessKey,
        ]
        let settings = try AWSSettings.resolve(
            region: nil, endpoint: nil, profile: "from-env", environment: env)
        let c = try await settings.credentials.credentials()
        let identity = try await STSClient(region: "us-east-1", environment: env).getCallerIdentity(
            c)
        #expect(identity.arn.contains(":assumed-role/env-deployer/"))
    }

    @Test func stsErrorsNameTheRoleAndTheSource() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let config = dir.write(
            "config",
            """
            [profile broken]
            role_arn = arn:aws:iam::123456789012:role/deployer
            credential_source = Environment
            """)
        let env = [
            "HOME": dir.path, "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_CONFIG_FILE": config,
            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_STS": moto.endpoint,
            "AWS_ACCESS_KEY_ID": moto.accessKeyId, "AWS_SECRET_ACCESS_KEY": "not-the-secret",
        ]
        let settings = try AWSSettings.resolve(
            region: nil, endpoint: nil, profile: "broken", environment: env)
        await #expect {
            try await settings.credentials.credentials()
        } throws: { e in
            let text = "\(e)"
            return text.hasPrefix(
                "AWS credentials from profile broken: could not assume role "
                    + "arn:aws:iam::123456789012:role/deployer with environment: AWS rejected")
                && !text.contains("not-the-secret")
        }
    }
}
