import ECSPlanCore
import Crypto
import Foundation

/// The three object calls the team lock needs (PUT, GET, DELETE), SigV4-signed
/// with the payload's SHA-256 in `x-amz-content-sha256`, as S3 requires.
/// Addressing follows the SDKs: virtual-hosted (`BUCKET.s3.REGION.amazonaws.com`)
/// on AWS for DNS-safe names, path-style for a custom endpoint
/// (`AWS_ENDPOINT_URL_S3`, e.g. moto or MinIO) or a bucket with dots;
/// the profile's `s3.addressing_style` (path|virtual) overrides.
public struct S3Client: Sendable {
    public enum AddressingStyle: String, Sendable {
        case auto, path, virtual
    }

    public var credentials: any CredentialProvider
    public var region: String
    /// A custom endpoint, or nil for AWS's own.
    public var endpoint: URL?
    public var addressingStyle: AddressingStyle
    var timeout: TimeInterval
    /// The certificate authorities S3 is checked against (`CABundle`); nil, the system's.
    var caBundle: String?

    public init(
        credentials: any CredentialProvider, region: String, endpoint: URL?,
        addressingStyle: AddressingStyle = .auto, timeout: TimeInterval = 30, caBundle: String? = nil
    ) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.addressingStyle = addressingStyle
        self.timeout = timeout
        self.caBundle = caBundle
    }

    /// The client for `settings`: its credentials and region, and the S3
    /// endpoint and addressing style from the environment and profile.
    public init(settings: AWSSettings) throws {
        let env = settings.environment
        let endpoint = try ServiceEndpoint.configured(service: "S3", environment: env)
            .map(ServiceEndpoint.parse)
        let profile = AWSConfigFiles(environment: env).profile(settings.profileName)
        let style =
            profile?["s3.addressing_style"].flatMap(AddressingStyle.init(rawValue:)) ?? .auto
        self.init(
            credentials: settings.credentials, region: settings.region, endpoint: endpoint,
            addressingStyle: style, caBundle: settings.caBundle)
    }

    /// Virtual-hosted style needs a name that is a single DNS label.
    static func isVirtualHostable(_ bucket: String) -> Bool {
        !bucket.contains(".") && bucket == bucket.lowercased() && (3...63).contains(bucket.count)
    }

    func usesPathStyle(_ bucket: String) -> Bool {
        switch addressingStyle {
        case .path: return true
        case .virtual: return false
        case .auto: return endpoint != nil || !Self.isVirtualHostable(bucket)
        }
    }

    /// The object's URL in `region`; the key is encoded once, as S3 signs it.
    func url(_ location: S3Location, region: String) throws -> URL {
        let key = SigV4Signer.uriEncode(location.key, keepSlash: true)
        let base = endpoint ?? URL(string: "https://s3.\(region).amazonaws.com")
        guard let base, var components = URLComponents(url: base, resolvingAgainstBaseURL: false),
            let host = components.host
        else { throw AWSError.configuration("invalid S3 endpoint for \(location)") }
        let prefix =
            components.percentEncodedPath.hasSuffix("/")
            ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        if usesPathStyle(location.bucket) {
            let bucket = SigV4Signer.uriEncode(location.bucket, keepSlash: false)
            components.percentEncodedPath = prefix + "/" + bucket + "/" + key
        } else {
            components.host = location.bucket + "." + host
            components.percentEncodedPath = prefix + "/" + key
        }
        guard let url = components.url else {
            throw AWSError.configuration("cannot form an S3 URL for \(location)")
        }
        return url
    }

    /// Sends one request and returns any reply; an S3 error with a status
    /// outside `accept` throws with S3's code and message. A bucket in another
    /// region is followed once, to the region S3 names; throttling, 5xx and lost
    /// connections are retried.
    func send(
        _ method: String, _ location: S3Location, body: Data = Data(),
        headers: [(String, String)] = [], accept: Set<Int> = [],
        operation: String
    ) async throws -> HTTPReply {
        try await TransientRetry.run {
            try await sendFollowingRegion(
                method, location, body: body, headers: headers, accept: accept,
                operation: operation)
        }
    }

    private func sendFollowingRegion(
        _ method: String, _ location: S3Location, body: Data,
        headers: [(String, String)], accept: Set<Int>, operation: String
    ) async throws -> HTTPReply {
        var region = self.region
        for attempt in 0..<2 {
            let reply = try await sendOnce(
                method, location, region: region, body: body,
                headers: headers, operation: operation)
            if (200..<300).contains(reply.status) || accept.contains(reply.status) { return reply }
            if attempt == 0, let other = reply.header("x-amz-bucket-region"), other != region,
                [301, 400, 403].contains(reply.status)
            {
                region = other
                continue
            }
            let (code, message) = AWSQueryXML.error(in: reply.body) ?? ("HTTP\(reply.status)", "")
            throw AWSError.service(
                code: code, message: message, status: reply.status,
                operation: "S3 \(operation) \(location)")
        }
        throw AWSError.transport(
            "the bucket's region kept moving", operation: "S3 \(operation) \(location)")
    }

    private func sendOnce(
        _ method: String, _ location: S3Location, region: String, body: Data,
        headers: [(String, String)], operation: String
    ) async throws -> HTTPReply {
        let url = try url(location, region: region)
        let payloadHash = Hex.encode(SHA256.hash(data: body))
        let signer = SigV4Signer(
            credentials: try await credentials.credentials(), region: region,
            service: "s3")
        let signed = signer.sign(
            method: method, url: url,
            headers: headers + [("x-amz-content-sha256", payloadHash)],
            body: body, date: Date())
        let request = HTTPRequest(method: method, url: url, headers: signed.headers, body: body)
        do {
            return try await HTTPFetch.send(request, timeout: timeout, caBundle: caBundle)
        } catch let error as HTTPFetchError {
            throw AWSError.reaching(error, operation: "S3 \(operation) \(location)")
        }
    }
}
