import ECSPlanCore

/// The ECS backend's state store: a lock file beside the state path, so two
/// applies from one machine against the same account do not interleave
/// (`--lock s3://…` adds a team lock in S3 on top). It keeps no journal of its
/// own: ECS is the record of what exists.
public struct FileLockStore: StateStore {
    let lock: FileLock

    public init(path: String) {
        lock = FileLock(path: path)
    }

    public var label: String { "lock file \(lock.path)" }

    public func acquireLock(operation: String, timeout: Duration) async throws -> String {
        try await lock.acquire(operation: operation, timeout: timeout)
    }

    public func releaseLock(id: String) async throws { lock.release(id: id) }

    public func beginRun(_ run: RunRecord) async throws {}
    public func finishRun(id: String, outcome: String) async throws {}
}
