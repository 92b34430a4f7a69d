import ECSBackend
import ECSPlanCore
import Foundation
import LocalBackend

extension GlobalOptions {
    /// The team lock from `--lock s3://BUCKET/KEY` or `ECSPLAN_LOCK`, or nil.
    /// It signs with the standard credential chain, whichever backend holds the
    /// state; `sharing` reuses a chain already resolved (the ECS backend's), so a
    /// role is assumed, and an MFA code asked for, once per run.
    func teamLock(sharing credentials: (any CredentialProvider)? = nil) throws -> S3Lock? {
        let (text, origin) = lock.map { ($0, "--lock") } ?? (Env.string("lock"), "ECSPLAN_LOCK")
        guard let text else { return nil }
        let location: S3Location
        do {
            location = try S3Location(parsing: text)
        } catch {
            throw CLIError("\(origin): \(error)")
        }
        // A bucket in another region is followed by the client, so a default region will do.
        var settings = try AWSSettings.resolve(
            region: region ?? Env.string("region"), endpoint: nil,
            profile: profile ?? Env.string("profile"),
            defaultRegion: "us-east-1", log: debugSink)
        if let credentials { settings.credentials = credentials }
        return S3Lock(location: location, client: try S3Client(settings: settings))
    }
}

/// The locks a state-changing command holds: the team lock in S3 (with
/// `--lock`) first, then the backend's state store's own, released in the reverse order.
struct StateLocks: Sendable {
    var team: (lock: S3Lock, id: String)?
    var backendID: String
    var store: any StateStore

    static func acquire(
        _ global: GlobalOptions, backend: Backend, operation: String,
        timeout: Duration, shouldStop: @escaping @Sendable () -> Bool
    ) async throws -> StateLocks {
        var team: (lock: S3Lock, id: String)?
        let shared = (backend.provider as? AmazonECSProvider)?.client.settings.credentials
        if let lock = try global.teamLock(sharing: shared) {
            let record = try await lock.acquire(
                operation: operation, timeout: timeout, shouldStop: shouldStop)
            Console.error("ecsplan: holding lock \(record.id) in \(lock.location)")
            team = (lock, record.id)
        }
        do {
            let id = try await backendLock(
                backend.store, operation: operation, timeout: timeout, shouldStop: shouldStop)
            return StateLocks(team: team, backendID: id, store: backend.store)
        } catch {
            if let team { try? await team.lock.release(id: team.id) }
            throw error
        }
    }

    /// The state store's own lock, tried again until `timeout` here rather than in
    /// the store, so a signal while waiting stops the wait (and releases the
    /// team lock) instead of only being noted for after the first step.
    static func backendLock(
        _ store: any StateStore, operation: String, timeout: Duration,
        shouldStop: @Sendable () -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var said = false
        while true {
            do {
                return try await store.acquireLock(operation: operation, timeout: .zero)
            } catch {
                // A holder that is gone will not let go: say so now.
                if let held = error as? LockError, held.holder.holderIsDead { throw error }
                // A wait says what it waits for, once, rather than hanging silently.
                if !said, timeout > .zero, let held = error as? LockError {
                    Console.error("ecsplan: the state is locked by \(held.holder); waiting up to \(DurationText.short(timeout)) (--lock-timeout)")
                    said = true
                }
                if ContinuousClock.now >= deadline {
                    guard timeout > .zero, var held = error as? LockError else { throw error }
                    held.waited = true
                    throw held
                }
                if shouldStop() { throw CLIError("interrupted while waiting for the state lock") }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    func release() async throws {
        var failure: (any Error)?
        do { try await store.releaseLock(id: backendID) } catch { failure = error }
        if let team {
            do { try await team.lock.release(id: team.id) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }
}
