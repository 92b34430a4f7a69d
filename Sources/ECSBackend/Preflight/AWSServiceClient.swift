import Foundation

/// Signed calls to one AWS service in one region, over JSON 1.1 (ECR, SSM,
/// Secrets Manager, CloudWatch Logs) or the Query protocol (IAM, ELBv2, EC2).
/// Throttling, 5xx and lost connections are retried as `TransientRetry` does;
/// other errors carry the service's code and message. Response bodies are never
/// logged: some carry secret material (an SSM SecureString's ciphertext).
struct AWSServiceClient: Sendable {
    var service: AWSService
    var endpoint: URL
    var signingRegion: String
    var credentials: any CredentialProvider
    /// Shared by the clients of one check: every call is a read, sent on a
    /// kept-alive connection (its timeout and trusted authorities are the transport's).
    var transport: CurlTransport
    var debug: (@Sendable (String) -> Void)?

    /// A JSON 1.1 operation (`X-Amz-Target: PREFIX.Operation`).
    func json<Request: Encodable, Response: Decodable>(
        _ operation: String, _ request: Request,
        as: Response.Type = Response.self
    ) async throws -> Response {
        let body = try JSONEncoder().encode(request)
        let target = (service.targetPrefix ?? service.signingName) + "." + operation
        let data = try await send(
            operation, body: body,
            headers: [
                ("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", target),
            ]
        ) { ECSClient.parseError($0, status: $1) }
        do {
            return try JSONDecoder().decode(
                Response.self, from: data.isEmpty ? Data("{}".utf8) : data)
        } catch {
            throw AWSError.transport(
                "unexpected response (\(error))", operation: "\(service.sdkID) \(operation)")
        }
    }

    /// A Query operation: form parameters in, XML out.
    func query(
        _ operation: String, version: String, _ parameters: [(String, String)]
    ) async throws -> Data {
        let body = AWSQueryXML.formBody([("Action", operation), ("Version", version)] + parameters)
        return try await send(
            operation, body: body,
            headers: [
                ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            ]
        ) { data, status in AWSQueryXML.error(in: data) ?? ("HTTP\(status)", "") }
    }

    private func send(
        _ operation: String, body: Data, headers: [(String, String)],
        parseError: @escaping @Sendable (Data, Int) -> (String, String)
    ) async throws -> Data {
        let label = "\(service.sdkID) \(operation)"
        return try await TransientRetry.run {
            // Asked per attempt: temporary credentials are refreshed before they expire.
            let signer = SigV4Signer(
                credentials: try await credentials.credentials(), region: signingRegion,
                service: service.signingName)
            let signed = signer.sign(
                method: "POST", url: endpoint, headers: headers, body: body, date: Date())
            let request = HTTPRequest(method: "POST", url: endpoint, headers: signed.headers, body: body)
            debug?("POST \(endpoint.absoluteString) \(label) (\(body.count) bytes)")
            let reply: HTTPReply
            do {
                reply = try await transport.send(request, sentOnce: false)
            } catch let failure as CurlTransfer.Failure {
                throw AWSError.reaching(failure, url: endpoint, operation: label)
            }
            debug?("\(label) → HTTP \(reply.status)")
            guard (200..<300).contains(reply.status) else {
                let (code, message) = parseError(reply.body, reply.status)
                throw AWSError.service(
                    code: code, message: message, status: reply.status, operation: label)
            }
            return reply.body
        }
    }
}
