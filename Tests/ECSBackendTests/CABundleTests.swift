import Foundation
import Testing
import TestSupport
import ECSModel
@testable import ECSBackend

/// `AWS_CA_BUNDLE` (or a profile's `ca_bundle`) is the only trust for every
/// AWS request, as in the SDKs: what a TLS-intercepting proxy needs. Checked
/// against `stubs/echo.py` speaking TLS with a certificate made for the test.
@Suite struct CABundleTests {
    /// A self-signed certificate for 127.0.0.1 and its key, made with openssl.
    static func certificate(in dir: TempDir) throws -> (cert: String, key: String) {
        let (cert, key) = (dir.file("cert.pem"), dir.file("key.pem"))
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
            "-days", "2", "-subj", "/CN=ecsplan test", "-addext", "subjectAltName=IP:127.0.0.1",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0, "openssl (apt-get install openssl) must make the test's certificate")
        return (cert, key)
    }

    @Test func theBundleIsTrustedAndNothingElse() async throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let (cert, key) = try Self.certificate(in: dir)
        // Without it, the system's store does not know the test's authority, and
        // asking again would change nothing: one attempt, under the default retry policy.
        try await StubEndpoint.with("echo.py", [cert, key], scheme: "https") { stub in
            do {
                _ = try await stub.client.call(
                    ECS.Operations.listClusters, ECS.ListClustersRequest())
                Issue.record("an untrusted certificate was accepted")
            } catch let error as AWSError {
                guard case .untrustedCertificate(let message, "ListClusters") = error else { throw error }
                #expect(message.contains("SSL certificate problem"))
                #expect(error.description.hasSuffix(
                    "(behind a proxy that inspects TLS, set AWS_CA_BUNDLE, or ca_bundle in the profile, "
                        + "to the PEM file of its certificate authority)"))
            }
            #expect(stub.client.counter.snapshot == ["ListClusters": 1])
            // STS, S3 and the rest the same, through HTTPFetch.
            let sts = STSClient(endpoint: try #require(URL(string: stub.endpoint)), region: "us-east-1")
            do {
                _ = try await sts.getCallerIdentity(AWSCredentials(accessKeyId: "test", secretAccessKey: "test"))
                Issue.record("STS trusted an unknown authority")
            } catch AWSError.untrustedCertificate(_, let operation) {
                #expect(operation == "STS GetCallerIdentity")
            }
            // The handshake failed: no request reached the stub (it writes its stats on the first).
            #expect(!FileManager.default.fileExists(atPath: stub.statsPath))
        }
        // With it, ECS requests and the fetches around them go through.
        try await StubEndpoint.with("echo.py", [cert, key], scheme: "https", caBundle: cert) { stub in
            let echoed = try await stub.client.send("ListClusters", body: Data("{}".utf8))
            #expect(String(decoding: echoed, as: UTF8.self).contains("ListClusters"))
            let url = try #require(URL(string: stub.endpoint + "/sts"))
            let reply = try await HTTPFetch.send(HTTPRequest(method: "POST", url: url), timeout: 5, caBundle: cert)
            #expect(reply.status == 200)
            #expect(try stub.stats()["answered"] == 2)
        }
    }

    func resolve(_ env: [String: String]) throws -> AWSSettings {
        try AWSSettings.resolve(region: "eu-west-1", endpoint: nil, profile: nil, environment: env, interactive: false)
    }

    @Test func theEnvironmentWinsOverTheProfile() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let fromEnv = dir.write("env.pem", "-----BEGIN CERTIFICATE-----\n")
        let fromProfile = dir.write("profile.pem", "-----BEGIN CERTIFICATE-----\n")
        let config = dir.write("config", "[default]\nca_bundle = \(fromProfile)\n")
        let base = ["HOME": dir.path, "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": dir.file("none")]
        #expect(try resolve(base).caBundle == fromProfile)
        #expect(try resolve(base.merging(["AWS_CA_BUNDLE": fromEnv]) { $1 }).caBundle == fromEnv)
        // Empty is unset, as in the SDKs.
        #expect(try resolve(base.merging(["AWS_CA_BUNDLE": ""]) { $1 }).caBundle == fromProfile)
        #expect(try resolve(["HOME": dir.path, "AWS_CONFIG_FILE": dir.file("none")]).caBundle == nil)
    }

    @Test func aBundleThatCannotBeReadIsAnErrorNamingWhereItWasSet() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let config = dir.write("config", "[default]\nca_bundle = \(dir.file("gone.pem"))\n")
        let base = ["HOME": dir.path, "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": dir.file("none")]
        do {
            _ = try resolve(base)
            Issue.record("a missing ca_bundle was accepted")
        } catch AWSError.configuration(let message) {
            #expect(message.hasPrefix("ca_bundle of profile 'default' in \(config) names \(dir.file("gone.pem"))"))
            #expect(message.contains("not a readable file"))
        }
        do {
            _ = try resolve(base.merging(["AWS_CA_BUNDLE": dir.path]) { $1 })
            Issue.record("a directory was accepted as AWS_CA_BUNDLE")
        } catch AWSError.configuration(let message) {
            #expect(message.hasPrefix("AWS_CA_BUNDLE names \(dir.path), which is not a readable file"))
        }
    }
}
