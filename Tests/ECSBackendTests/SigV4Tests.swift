import Foundation
import Testing
import TestSupport
@testable import ECSBackend

/// The published SigV4 suite's credentials and date, signed by botocore's
/// SigV4Auth (Tests/Fixtures/sigv4/generate.py) and committed.
@Suite struct SigV4Tests {
    struct Vector: Decodable {
        var name, method, url, body, service, region, accessKeyId, secretAccessKey, date: String
        var headers: [String: String]
        var sessionToken: String?
        var canonicalRequest, stringToSign, authorization: String
    }

    static let vectors: [Vector] = {
        guard let data = FileManager.default.contents(atPath: Repo.path("Tests/Fixtures/sigv4/sigv4-vectors.json")) else { return [] }
        return (try? JSONDecoder().decode([Vector].self, from: data)) ?? []
    }()

    @Test func thereAreVectors() { #expect(Self.vectors.count == 6) }

    @Test(arguments: vectors.map(\.name))
    func matchesBotocore(_ name: String) throws {
        let v = try #require(Self.vectors.first { $0.name == name })
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let date = try #require(f.date(from: v.date))
        let signer = SigV4Signer(credentials: AWSCredentials(accessKeyId: v.accessKeyId, secretAccessKey: v.secretAccessKey, sessionToken: v.sessionToken),
                                 region: v.region, service: v.service)
        let signed = signer.sign(method: v.method, url: try #require(URL(string: v.url)), headers: v.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                 body: Data(v.body.utf8), date: date)
        #expect(signed.canonicalRequest == v.canonicalRequest)
        #expect(signed.stringToSign == v.stringToSign)
        #expect(signed.authorization == v.authorization)
    }

    @Test func credentialsNeverPrintTheirSecret() {
        let c = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG", sessionToken: "tok-secret", source: "environment")
        #expect(!"\(c)".contains("wJalr") && !"\(c)".contains("tok-secret"))
    }
}

@Suite struct SettingsTests {
    @Test func environmentFirst() throws {
        let s = try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil,
                                        environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "t", "AWS_REGION": "eu-west-1", "HOME": "/nonexistent"])
        #expect(s.credentials.accessKeyId == "AKID" && s.credentials.sessionToken == "t")
        #expect(s.region == "eu-west-1")
        #expect(s.endpoint.absoluteString == "https://ecs.eu-west-1.amazonaws.com")
    }

    @Test func profilesFromTheSharedFiles() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let creds = dir.write("credentials", "[default]\naws_access_key_id = DEF\naws_secret_access_key = d\n\n[dev]\naws_access_key_id = DEV\naws_secret_access_key = x\naws_session_token = tok\n")
        let config = dir.write("config", "[default]\nregion = us-west-2\n[profile dev]\nregion = ap-southeast-2\n")
        let env = ["AWS_SHARED_CREDENTIALS_FILE": creds, "AWS_CONFIG_FILE": config, "AWS_PROFILE": "dev"]
        let s = try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil, environment: env)
        #expect(s.credentials.accessKeyId == "DEV" && s.credentials.sessionToken == "tok")
        #expect(s.region == "ap-southeast-2")
        #expect(s.credentials.source == "profile dev in \(creds)")
        let d = try AWSSettings.resolve(region: "eu-central-1", endpoint: "http://127.0.0.1:4566", profile: "default", environment: env)
        #expect(d.credentials.accessKeyId == "DEF" && d.region == "eu-central-1" && d.endpoint.port == 4566)
        let e = try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil, environment: env.merging(["AWS_ENDPOINT_URL_ECS": "http://localhost:5000", "AWS_ENDPOINT_URL": "http://other"]) { $1 })
        #expect(e.endpoint.absoluteString == "http://localhost:5000")
    }

    @Test func missingCredentialsSayWhereItLooked() {
        #expect {
            try AWSSettings.resolve(region: "us-east-1", endpoint: nil, profile: nil, environment: ["HOME": "/nonexistent"])
        } throws: { e in
            "\(e)" == "no AWS credentials found: looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile 'default' in /nonexistent/.aws/credentials and /nonexistent/.aws/config"
        }
        #expect {
            try AWSSettings.resolve(region: nil, endpoint: nil, profile: nil, environment: ["HOME": "/nonexistent", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"])
        } throws: { e in
            "\(e)".hasPrefix("no AWS region: pass --region")
        }
    }

    @Test func errorBodies() {
        #expect(ECSClient.parseError(Data(#"{"__type":"com.amazonaws#ThrottlingException","message":"Rate exceeded"}"#.utf8), status: 400) == ("ThrottlingException", "Rate exceeded"))
        #expect(ECSClient.parseError(Data("<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>no</Message></Error></ErrorResponse>".utf8), status: 403) == ("SignatureDoesNotMatch", "no"))
        #expect(ECSClient.isRetryable(.service(code: "ThrottlingException", message: "", status: 400, operation: "X")))
        #expect(ECSClient.isRetryable(.service(code: "HTTP503", message: "", status: 503, operation: "X")))
        #expect(!ECSClient.isRetryable(.service(code: "ClientException", message: "", status: 400, operation: "X")))
    }
}
