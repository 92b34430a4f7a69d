import Dispatch
import Foundation

/// Order-preserving map over all cores, for the per-object work that dominates
/// planning at scale (decoding 10 000 stored specs, normalizing 10 000 task
/// definitions). Each element is independent, so chunks run concurrently and
/// results land at their own index; small inputs run inline, where threads
/// would cost more than they save.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], minimumChunk: Int = 128, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, items.count >= 2 * minimumChunk else { return items.map(transform) }
        let chunks = min(workers * 4, (items.count + minimumChunk - 1) / minimumChunk)
        let results = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for i in (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks) {
                results.set(i, transform(items[i]))
            }
        }
        return results.collect()
    }

    /// The throwing form: every element is still transformed; the first error,
    /// in the order of `items`, is thrown.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], minimumChunk: Int = 128, _ transform: @Sendable (T) throws -> R) throws -> [R] {
        try map(items, minimumChunk: minimumChunk) { item in Result { try transform(item) } }.map { try $0.get() }
    }
}

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
