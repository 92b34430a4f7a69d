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

@Suite struct ECSClientErrorTests {
    @Test func errorBodies() {
        #expect(ECSClient.parseError(Data(#"{"__type":"com.amazonaws#ThrottlingException","message":"Rate exceeded"}"#.utf8), status: 400) == ("ThrottlingException", "Rate exceeded"))
        #expect(ECSClient.parseError(Data("<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>no</Message></Error></ErrorResponse>".utf8), status: 403) == ("SignatureDoesNotMatch", "no"))
        #expect(ECSClient.isRetryable(.service(code: "ThrottlingException", message: "", status: 400, operation: "X")))
        #expect(ECSClient.isRetryable(.service(code: "HTTP503", message: "", status: 503, operation: "X")))
        #expect(!ECSClient.isRetryable(.service(code: "ClientException", message: "", status: 400, operation: "X")))
    }
}
