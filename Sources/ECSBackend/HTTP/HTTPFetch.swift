import Foundation

/// One HTTP exchange for the small endpoints around the ECS API (STS, S3,
/// the SSO portal, container and instance metadata), on a connection of its
/// own. Retries are the caller's.
enum HTTPFetch {
    /// Sends `request`; a connection failure, timeout or untrusted certificate
    /// throws `HTTPFetchError`. `caBundle` names the only certificate
    /// authorities trusted (AWS_CA_BUNDLE), nil the system's.
    static func send(_ request: HTTPRequest, timeout: TimeInterval, caBundle: String?) async throws -> HTTPReply {
        // Each on a fresh handle: these endpoints are asked once or twice a run,
        // and a request that fails on it is never resent by libcurl.
        let result = await CurlTransfer.onThread {
            let kept = CurlTransfer.HandleBox(nil)
            defer { kept.close() }
            return Result {
                try CurlTransfer.perform(kept, request, sentOnce: false, timeout: timeout, caBundle: caBundle)
            }
        }
        do {
            return try result.get()
        } catch let failure as CurlTransfer.Failure {
            throw HTTPFetchError(
                url: request.url.absoluteString, reason: failure.message, untrustedPeer: failure.untrustedPeer)
        }
    }
}

/// The endpoint could not be reached at all (refused, timed out, DNS, TLS).
struct HTTPFetchError: Error, Sendable, CustomStringConvertible {
    var url: String
    var reason: String
    /// See `CurlTransfer.Failure.untrustedPeer`.
    var untrustedPeer = false
    var description: String { "could not reach \(url): \(reason)" }
}

extension AWSError {
    /// An endpoint that could not be reached, as the error of `operation`:
    /// untrusted, which is never retried, or a transport failure, which is.
    static func reaching(_ error: HTTPFetchError, operation: String) -> AWSError {
        error.untrustedPeer
            ? .untrustedCertificate(error.description, operation: operation)
            : .transport(error.description, operation: operation)
    }

    /// The same for a transfer on a kept-alive connection.
    static func reaching(_ failure: CurlTransfer.Failure, url: URL, operation: String) -> AWSError {
        reaching(
            HTTPFetchError(url: url.absoluteString, reason: failure.message, untrustedPeer: failure.untrustedPeer),
            operation: operation)
    }
}
