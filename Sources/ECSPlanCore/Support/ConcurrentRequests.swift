/// Independent requests to a remote API, at most `limit` in flight: on ECS each
/// costs a round trip, so a hundred sent one after another cost a hundred round
/// trips. Results come back in the input's order.
///
/// When one fails, no further one starts; those in flight are let finish (a
/// mutation cancelled half way leaves open whether it took effect), and then
/// the first error is thrown.
public enum ConcurrentRequests {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], limit: Int, _ body: @escaping @Sendable (T) async throws -> R
    ) async throws -> [R] {
        guard items.count > 1, limit > 1 else {
            var out: [R] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try await body(item)) }
            return out
        }
        return try await withThrowingTaskGroup(of: (Int, Result<R, any Error>).self) { group in
            var results = [R?](repeating: nil, count: items.count)
            var next = 0
            var failure: (any Error)?
            func start() {
                guard failure == nil, next < items.count else { return }
                let index = next, item = items[index]
                next += 1
                group.addTask {
                    do { return (index, .success(try await body(item))) } catch { return (index, .failure(error)) }
                }
            }
            for _ in 0..<min(limit, items.count) { start() }
            while let (index, result) = try await group.next() {
                switch result {
                case .success(let value): results[index] = value
                case .failure(let error): if failure == nil { failure = error }
                }
                start()
            }
            if let failure { throw failure }
            return results.compactMap { $0 }
        }
    }

    public static func forEach<T: Sendable>(_ items: [T], limit: Int, _ body: @escaping @Sendable (T) async throws -> Void) async throws {
        _ = try await map(items, limit: limit, body)
    }
}
