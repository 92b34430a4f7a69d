import Foundation

/// Credentials for signing. `description` never shows the secret or token.
public struct AWSCredentials: Sendable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working; nil for long-term keys.
    public var expiration: Date?
    /// Where they came from, for messages (`environment`, `profile dev in ~/.aws/credentials`).
    public var source: String

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil,
                expiration: Date? = nil, source: String = "explicit") {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    public var description: String {
        let until = expiration.map { ", valid until \(AWSTimestamp.format($0))" } ?? ""
        return "AWS credentials \(accessKeyId.prefix(4))… from \(source)\(until)"
    }
}

/// What can go wrong talking to AWS, with the AWS error code and message.
public enum AWSError: Error, Sendable, CustomStringConvertible {
    case configuration(String)
    case service(code: String, message: String, status: Int, operation: String)
    case transport(String, operation: String)
    /// The endpoint's certificate chains to no trusted authority (or the
    /// trusted bundle cannot be read): not retried, since nothing changes.
    case untrustedCertificate(String, operation: String)

    public var code: String? {
        if case .service(let code, _, _, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .configuration(let m): return m
        case .service(let code, let message, let status, let operation):
            if code == "SignatureDoesNotMatch" || code == "InvalidSignatureException" {
                return "AWS rejected the request signature (\(code)) on \(operation): check the secret access key for these credentials"
            }
            if code == "UnrecognizedClientException" || code == "InvalidClientTokenId" {
                return "AWS does not recognise the access key (\(code)) on \(operation)"
            }
            return "\(operation) failed: \(code) (HTTP \(status)): \(message)"
        case .transport(let m, let operation): return "\(operation) failed: \(m)"
        case .untrustedCertificate(let m, let operation):
            return "\(operation) failed: \(m) (behind a proxy that inspects TLS, set AWS_CA_BUNDLE, or ca_bundle "
                + "in the profile, to the PEM file of its certificate authority)"
        }
    }
}
