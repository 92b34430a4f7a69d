import ECSPlanCore

/// A listing (ListTasks, ListServices, ListContainerInstances) whose items are
/// described in batches as its pages arrive. A listing's pages come one after
/// another, each asking with the last one's token; describing only after the
/// last page added every round of describes to the read (a cluster of 10 000
/// tasks lists in 100 pages, then took 13 more round trips to describe them
/// eight at a time). Each full batch now goes out as soon as it is listed,
/// beside the pages still to come, so the read takes the listing's round trips
/// and about one more. (moto lists every task in one page: its benchmark
/// cannot show this.)
enum ListingPipeline {
    /// Every item `page` lists, described `size` at a time by `describe`, at
    /// most `limit` describes in flight; the answers in the listing's order.
    /// When a describe fails no further one starts, those in flight finish,
    /// and the first error is thrown (as `ConcurrentRequests.map` does).
    static func describe<R: Sendable>(
        listing page: (String?) async throws -> ([String], String?), size: Int, limit: Int,
        _ describe: @escaping @Sendable ([String]) async throws -> R
    ) async throws -> [R] {
        try await withThrowingTaskGroup(of: (Int, Result<R, any Error>).self) { group in
            var answers: [Int: R] = [:]
            var failure: (any Error)?
            var inFlight = 0, batches = 0
            func collect(_ done: (Int, Result<R, any Error>)) {
                inFlight -= 1
                switch done.1 {
                case .success(let value): answers[done.0] = value
                case .failure(let error): if failure == nil { failure = error }
                }
            }
            var listed: [String] = []
            var token: String?
            listing: repeat {
                let (items, next) = try await page(token)
                listed += items
                token = next
                // Full batches now; the last, partial one once the listing ends.
                while listed.count >= max(1, size) || (token == nil && !listed.isEmpty) {
                    while inFlight >= max(1, limit), let done = try await group.next() { collect(done) }
                    if failure != nil { break listing }
                    let batch = Array(listed.prefix(max(1, size)))
                    listed.removeFirst(batch.count)
                    let index = batches
                    batches += 1
                    inFlight += 1
                    group.addTask {
                        do {
                            return (index, .success(try await describe(batch)))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                }
            } while token != nil
            while let done = try await group.next() { collect(done) }
            if let failure { throw failure }
            return (0..<batches).compactMap { answers[$0] }
        }
    }
}
