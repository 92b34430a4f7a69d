import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange for the small endpoints around the ECS API (STS, S3,
/// the SSO portal, container and instance metadata). Retries are the caller's.
struct HTTPReply: Sendable {
    var status: Int
    var body: Data
    var headers: [String: String]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// A header by name, case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

enum HTTPFetch {
    /// Sends `request`; a connection failure or timeout throws `HTTPFetchError`.
    static func send(_ request: URLRequest, timeout: TimeInterval) async throws -> HTTPReply {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout
        config.httpAdditionalHeaders = ["User-Agent": "ecsplan"]
        // Even an ephemeral session opens a cache under ~/.cache/org.swift.foundation.URLCache.
        config.urlCache = nil
        let session = URLSession(configuration: config)
        defer { session.finishTasksAndInvalidate() }
        var request = request
        request.timeoutInterval = timeout
        do {
            let (data, response) = try await session.uncancelledData(for: request)
            let http = response as? HTTPURLResponse
            var headers: [String: String] = [:]
            for (key, value) in http?.allHeaderFields ?? [:] {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return HTTPReply(status: http?.statusCode ?? 0, body: data, headers: headers)
        } catch {
            throw HTTPFetchError(
                url: request.url?.absoluteString ?? "?", reason: error.localizedDescription)
        }
    }
}

/// The endpoint could not be reached at all (refused, timed out, DNS).
struct HTTPFetchError: Error, Sendable, CustomStringConvertible {
    var url: String
    var reason: String
    var description: String { "could not reach \(url): \(reason)" }
}
