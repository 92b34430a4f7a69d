import Foundation

/// The SDKs' retry quota (standard mode): a bucket of 500 tokens shared by
/// every request of a client. A retry takes 5 (10 after a timeout or a lost
/// connection) and is refused when the bucket cannot pay; a success gives
/// back what its retries took, or 1 when it needed none. A run of failures
/// thus stops retrying instead of multiplying the load on a struggling endpoint.
public final class RetryQuota: @unchecked Sendable {
    public static let capacity = 500
    static let retryCost = 5
    static let timeoutCost = 10
    static let successRefill = 1

    private let lock = NSLock()
    private var tokens = RetryQuota.capacity

    public init() {}

    public var available: Int { lock.withLock { tokens } }

    /// Takes the cost of one retry, or returns nil when the quota cannot pay it.
    func acquire(afterTransportFailure: Bool) -> Int? {
        let cost = afterTransportFailure ? Self.timeoutCost : Self.retryCost
        return lock.withLock {
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// After a success: gives back what the last retry took, or a token when there was none.
    func succeeded(retryCost: Int?) {
        lock.withLock { tokens = min(Self.capacity, tokens + (retryCost ?? Self.successRefill)) }
    }
}
