import Dispatch
import Foundation

/// Order-preserving map over all cores, for the per-object work that dominates
/// planning at scale (decoding 10 000 stored specs, normalizing 10 000 task
/// definitions). Each element is independent, so chunks run concurrently and
/// results land at their own index; small inputs run inline, where threads
/// would cost more than they save.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], minimumChunk: Int = 128, _ transform: @Sendable (T) throws -> R
    ) throws -> [R] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, items.count >= 2 * minimumChunk else { return try items.map(transform) }
        let chunks = min(workers * 4, (items.count + minimumChunk - 1) / minimumChunk)
        let results = Slots<R>(count: items.count)
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks)
            for i in range {
                guard !failure.isSet else { return }
                do { results.set(i, try transform(items[i])) } catch { failure.record(error) }
            }
        }
        if let error = failure.error { throw error }
        return results.collect()
    }

    /// The non-throwing form.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], minimumChunk: Int = 128, _ transform: @Sendable (T) -> R) -> [R] {
        // The transform cannot throw, so neither can the throwing form.
        (try? map(items, minimumChunk: minimumChunk, { (item: T) throws -> R in transform(item) })) ?? items.map(transform)
    }
}

/// One slot per index, each written by exactly one worker.
/// Raw storage rather than an array, so concurrent writes to distinct indices
/// never touch shared bookkeeping (an array's uniqueness check, its header).
private final class Slots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R?>
    private let count: Int
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }
    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
    func set(_ i: Int, _ value: R) { base[i] = value }
    func collect() -> [R] { (0..<count).compactMap { base[$0] } }
}

private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var isSet: Bool { lock.withLock { stored != nil } }
    var error: (any Error)? { lock.withLock { stored } }
    func record(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
}
