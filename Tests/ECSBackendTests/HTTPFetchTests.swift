import Foundation
import Testing
@testable import ECSBackend

/// Requests to the endpoints around ECS (STS, S3, SSO, metadata) go out over
/// libcurl as sent: the method, the headers, the body; and the answer's
/// headers come back. Checked against `stubs/echo.py`, which answers with
/// what it received.
@Suite struct HTTPFetchTests {
    struct Echo: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String
    }

    func fetch(_ stub: StubEndpoint, _ method: String, _ path: String = "/object", headers: [(String, String)] = [],
               body: String = "", timeout: TimeInterval = 10) async throws -> HTTPReply {
        let url = try #require(URL(string: stub.endpoint + path))
        return try await HTTPFetch.send(
            HTTPRequest(method: method, url: url, headers: headers, body: Data(body.utf8)),
            timeout: timeout, caBundle: nil)
    }

    func echo(_ reply: HTTPReply) throws -> Echo {
        #expect(reply.status == 200)
        return try JSONDecoder().decode(Echo.self, from: reply.body)
    }

    @Test func methodsHeadersAndBodiesArriveAsSent() async throws {
        try await StubEndpoint.with("echo.py") { stub in
            // S3's conditional PUT of the lock object.
            let put = try echo(try await fetch(stub, "PUT", headers: [("If-None-Match", "*")], body: "held"))
            #expect(put.method == "PUT")
            #expect(put.body == "held")
            #expect(put.headers["content-length"] == "4")
            #expect(put.headers["if-none-match"] == "*")
            // No form Content-Type libcurl would add (S3 keeps it on the object), no `Expect: 100-continue`.
            #expect(put.headers["content-type"] == nil)
            #expect(put.headers["expect"] == nil)
            #expect(put.headers["user-agent"] == "ecsplan")

            // The instance metadata token: a PUT with no body says so.
            let token = try echo(try await fetch(stub, "PUT", "/latest/api/token"))
            #expect(token.method == "PUT")
            #expect(token.headers["content-length"] == "0")

            let post = try echo(try await fetch(
                stub, "POST", headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                body: "Action=GetCallerIdentity"))
            #expect(post.method == "POST")
            #expect(post.body == "Action=GetCallerIdentity")
            #expect(post.headers["content-type"] == "application/x-www-form-urlencoded; charset=utf-8")

            let get = try echo(try await fetch(stub, "GET", "/federation/credentials?account_id=1"))
            #expect(get.method == "GET")
            #expect(get.path == "/federation/credentials?account_id=1")
            #expect(get.body.isEmpty)
            #expect(get.headers["content-length"] == nil)

            let delete = try echo(try await fetch(stub, "DELETE", headers: [("If-Match", "\"etag\"")]))
            #expect(delete.method == "DELETE")
            #expect(delete.headers["if-match"] == "\"etag\"")
            #expect(delete.headers["content-length"] == nil)

            // HEAD: headers only; S3 names a bucket's region in one.
            let head = try await fetch(stub, "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("x-echo-region") == "eu-west-3")
            #expect(head.header("X-ECHO-REGION") == "eu-west-3")
            #expect(try stub.stats()["answered"] == 6)
        }
    }

    @Test func aHeaderWithALineBreakIsNeverSent() async throws {
        try await StubEndpoint.with("echo.py") { stub in
            _ = try echo(try await fetch(stub, "GET"))
            do {
                _ = try await fetch(stub, "GET", headers: [("Authorization", "token\r\nX-Injected: 1")])
                Issue.record("a header with a line break was sent")
            } catch let error as HTTPFetchError {
                #expect(error.reason.contains("Authorization"))
                #expect(error.reason.contains("line break"))
            }
            #expect(try stub.stats()["answered"] == 1)
        }
    }

    @Test func aSlowEndpointTimesOutWithTheURL() async throws {
        try await StubEndpoint.with("echo.py") { stub in
            // /slow answers after 3 s: an answer would mean the timeout did not fire.
            // (Not timed here: under the parallel suite a resumption can wait seconds for a thread.)
            do {
                _ = try await fetch(stub, "GET", "/slow", timeout: 0.5)
                Issue.record("the request did not time out")
            } catch let error as HTTPFetchError {
                #expect(error.description.hasPrefix("could not reach \(stub.endpoint)/slow: "))
                #expect(error.reason.lowercased().contains("timed out"))
            }
        }
    }
}

/// `verify` sends hundreds of lookups to a handful of hosts: they share
/// kept-alive connections, where each had opened its own (in a region, a TCP
/// and a TLS handshake apiece; 300 lookups behind a 50 ms round trip took
/// 5.9 s, now 2.2 s).
@Suite struct AccountCheckConnectionTests {
    struct Echo: Decodable {
        var method: String
    }

    @Test func lookupsOfEveryServiceShareTheConnections() async throws {
        try await StubEndpoint.with("echo.py") { stub in
            let checker = AWSAccountChecker(
                settings: stub.client.settings, environment: ["AWS_ENDPOINT_URL": stub.endpoint], concurrency: 1)
            for _ in 0..<3 {
                for service in [AWSService.ecr, .ssm, .secretsManager, .logs] {
                    let echoed = try await checker.client(service).json("Describe", [String: String](), as: Echo.self)
                    #expect(echoed.method == "POST")
                }
            }
            let stats = try stub.stats()
            #expect(stats == ["answered": 12, "connections": 1], "\(stats)")
        }
    }
}
