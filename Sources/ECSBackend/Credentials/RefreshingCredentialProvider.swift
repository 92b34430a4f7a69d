import Foundation

/// Caches temporary credentials and fetches new ones shortly before they
/// expire, so an apply that outlives a one-hour session keeps working.
/// Concurrent requests during a refresh share one fetch.
public actor RefreshingCredentialProvider: CredentialProvider {
    public typealias Fetch = @Sendable () async throws -> AWSCredentials

    private let fetch: Fetch
    private let now: @Sendable () -> Date
    /// How long before expiry a refresh starts (the SDKs use 5–15 minutes).
    private let refreshWindow: TimeInterval
    private var cached: AWSCredentials?
    private var inFlight: Task<AWSCredentials, any Error>?
    /// How many times the source was asked, for tests.
    public private(set) var fetchCount = 0

    public init(
        refreshWindow: TimeInterval = 300, now: @escaping @Sendable () -> Date = Date.init,
        fetch: @escaping Fetch
    ) {
        self.fetch = fetch
        self.now = now
        self.refreshWindow = refreshWindow
    }

    public func credentials() async throws -> AWSCredentials {
        if let cached, !needsRefresh(cached) { return cached }
        if let inFlight { return try await inFlight.value }
        let task = Task { try await fetch() }
        inFlight = task
        defer { inFlight = nil }
        fetchCount += 1
        do {
            let fresh = try await task.value
            cached = fresh
            return fresh
        } catch {
            // A failed refresh while the old keys are still valid is not fatal yet.
            if let cached, let expiry = cached.expiration, expiry > now() { return cached }
            throw error
        }
    }

    private func needsRefresh(_ credentials: AWSCredentials) -> Bool {
        guard let expiry = credentials.expiration else { return false }
        return expiry.timeIntervalSince(now()) <= refreshWindow
    }
}
