import Foundation

/// A team lock kept as one S3 object, created only if absent
/// (`PUT` with `If-None-Match: *`), so runners that share nothing — two CI
/// jobs, a laptop — see each other. S3 makes the conditional write atomic:
/// of two runners, exactly one gets 200 and the other 412.
public struct S3Lock: Sendable {
    public var location: S3Location
    public var client: S3Client
    /// How often a waiting runner tries again.
    public var retryInterval: Duration

    public init(location: S3Location, client: S3Client, retryInterval: Duration = .seconds(2)) {
        self.location = location
        self.client = client
        self.retryInterval = retryInterval
    }

    /// Takes the lock for `operation`. With a `timeout`, a held lock is retried
    /// until it frees or the time is up; otherwise it fails at once, naming the holder.
    public func acquire(
        operation: String, timeout: Duration = .zero,
        shouldStop: @Sendable () -> Bool = { false }
    ) async throws -> S3LockRecord {
        let deadline = ContinuousClock.now + timeout
        let mine = S3LockRecord.mine(operation: operation)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let body = try encoder.encode(mine)
        while true {
            // 412: someone holds it; 409: a concurrent conditional write, try again.
            let reply = try await client.send(
                "PUT", location, body: body,
                headers: [("Content-Type", "application/json"), ("If-None-Match", "*")],
                accept: [409, 412], operation: "PutObject")
            if (200..<300).contains(reply.status) { return mine }
            if reply.status == 412 {
                // Freed between our PUT and this GET: try again at once.
                guard let current = try await holder() else { continue }
                // Our own write, retried after its reply was lost.
                if current.record?.id == mine.id { return mine }
                if ContinuousClock.now >= deadline {
                    throw S3LockError.held(
                        location, holder: current.record, waited: timeout > .zero)
                }
            }
            if shouldStop() { throw S3LockError.interrupted(location) }
            let remaining = deadline - .now
            try await Task.sleep(for: max(.milliseconds(50), min(retryInterval, remaining)))
        }
    }

    /// The current lock and its ETag, nil when the object does not exist. A
    /// record that is not ecsplan's JSON comes back as nil `record`.
    public func holder() async throws -> (record: S3LockRecord?, etag: String?)? {
        let reply = try await client.send("GET", location, accept: [404], operation: "GetObject")
        if reply.status == 404 { return nil }
        return (
            try? JSONDecoder().decode(S3LockRecord.self, from: reply.body), reply.header("ETag")
        )
    }

    /// Frees the lock if `id` still holds it. A lock broken by `state unlock`
    /// and taken by someone else is left alone.
    public func release(id: String) async throws {
        guard let current = try await holder(), current.record?.id == id else { return }
        try await delete(etag: current.etag)
    }

    /// `ecsplan state unlock ID`: removes the lock only when `id` is the one holding it.
    @discardableResult
    public func forceUnlock(id: String) async throws -> S3LockRecord {
        let current = try await holder()
        guard let current, let record = current.record, record.id == id else {
            throw S3LockError.idMismatch(location, requested: id, holder: current?.record)
        }
        try await delete(etag: current.etag)
        return record
    }

    /// Deletes only the object read (`If-Match`), so a lock taken in between survives.
    func delete(etag: String?) async throws {
        let headers = etag.map { [("If-Match", $0)] } ?? []
        _ = try await client.send(
            "DELETE", location, headers: headers, accept: [404, 412],
            operation: "DeleteObject")
    }
}
