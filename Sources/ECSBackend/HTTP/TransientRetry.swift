/// Retries what AWS asks clients to retry (throttling, 5xx, lost connections)
/// with capped exponential backoff and full jitter, as `ECSClient` does, so one
/// hiccup of STS or S3 does not fail a whole apply.
enum TransientRetry {
    static func run<T>(
        attempts: Int = 4, base: Duration = .milliseconds(100), cap: Duration = .seconds(2),
        _ body: () async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await body()
            } catch let error as AWSError where attempt < attempts && ECSClient.isRetryable(error) {
                let limit = min(cap, base * (1 << min(attempt, 20)))
                let ms = Int(limit.components.seconds * 1000)
                    + Int(limit.components.attoseconds / 1_000_000_000_000_000)
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...max(1, ms))))
            }
        }
    }
}
