import Foundation

/// The JSON credential document that container credentials, instance
/// metadata and `credential_process` all return: `AccessKeyId`,
/// `SecretAccessKey`, `Token` or `SessionToken`, and `Expiration`.
struct CredentialDocument: Decodable {
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var sessionToken: String?
    var expiration: String?
    /// IMDS answers `Success`, or an error code with a message.
    var code: String?
    var message: String?
    /// credential_process must say Version 1.
    var version: Int?

    enum CodingKeys: String, CodingKey {
        case accessKeyId = "AccessKeyId", secretAccessKey = "SecretAccessKey", token = "Token"
        case sessionToken = "SessionToken", expiration = "Expiration", code = "Code"
        case message = "Message", version = "Version"
    }

    /// Decodes `data` into credentials labelled `source`; what is wrong with the
    /// document is reported without echoing it (it holds secrets).
    static func credentials(from data: Data, source: String) throws -> AWSCredentials {
        let doc: CredentialDocument
        do {
            doc = try JSONDecoder().decode(CredentialDocument.self, from: data)
        } catch {
            throw CredentialError.source(
                source, message: "the response is not a JSON credential document")
        }
        if let code = doc.code, code != "Success" {
            throw CredentialError.source(source, message: "\(code): \(doc.message ?? "")")
        }
        guard let id = doc.accessKeyId, !id.isEmpty, let secret = doc.secretAccessKey,
            !secret.isEmpty
        else {
            throw CredentialError.source(
                source, message: "the response lacks AccessKeyId or SecretAccessKey")
        }
        var expiration: Date?
        if let text = doc.expiration {
            guard let date = AWSTimestamp.parse(text) else {
                throw CredentialError.source(
                    source, message: "Expiration '\(text)' is not an ISO 8601 time")
            }
            expiration = date
        }
        return AWSCredentials(
            accessKeyId: id, secretAccessKey: secret,
            sessionToken: doc.token ?? doc.sessionToken,
            expiration: expiration, source: source)
    }
}
