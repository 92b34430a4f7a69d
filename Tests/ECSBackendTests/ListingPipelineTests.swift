import Foundation
import Testing
@testable import ECSBackend

/// A listing's batches are described as its pages arrive, in the listing's
/// order, never more than the limit at once; a failed describe ends the read.
@Suite struct ListingPipelineTests {
    /// What the fake listing and describes saw, in order.
    actor Record {
        var pages = 0
        var described: [[String]] = []
        var inFlight = 0
        var maxInFlight = 0
        var firstDescribeStarted = false
        var describingWhenPageTwoWasAsked = false

        func page() -> Int { pages += 1; return pages }
        func begin(_ batch: [String]) {
            described.append(batch)
            inFlight += 1
            maxInFlight = max(maxInFlight, inFlight)
            firstDescribeStarted = true
        }
        func end() { inFlight -= 1 }
        func notePageTwo() { describingWhenPageTwoWasAsked = firstDescribeStarted }
    }

    struct Failed: Error, Equatable { var batch: [String] }

    static func pages(_ pages: [[String]], _ record: Record) -> (String?) async throws -> ([String], String?) {
        { token in
            let n = await record.page()
            let index = token.flatMap(Int.init) ?? 0
            #expect(index == n - 1)
            return (pages[index], index + 1 < pages.count ? String(index + 1) : nil)
        }
    }

    @Test func batchesSpanPagesAndAnswersKeepTheListingsOrder() async throws {
        let record = Record()
        let answers = try await ListingPipeline.describe(
            listing: Self.pages([["a", "b", "c"], ["d", "e"], [], ["f", "g"]], record), size: 2, limit: 3
        ) { batch in
            await record.begin(batch)
            try await Task.sleep(for: .milliseconds(batch == ["a", "b"] ? 30 : 1))
            await record.end()
            return batch.joined()
        }
        #expect(answers == ["ab", "cd", "ef", "g"])
        #expect(await record.pages == 4)
        #expect(await Set(record.described) == Set([["a", "b"], ["c", "d"], ["e", "f"], ["g"]]))
    }

    /// The second page is asked for only once the first batch is being
    /// described (or after 5 s): describing after the whole listing fails this.
    @Test func aFullBatchIsDescribedBeforeTheNextPageIsListed() async throws {
        let record = Record()
        let answers = try await ListingPipeline.describe(
            listing: { token in
                let n = await record.page()
                if n == 2 {
                    let deadline = ContinuousClock.now + .seconds(5)
                    while await !record.firstDescribeStarted, ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    await record.notePageTwo()
                }
                return n == 1 ? (["a", "b"], "1") : (["c"], nil)
            },
            size: 2, limit: 8
        ) { batch in
            await record.begin(batch)
            return batch.count
        }
        #expect(answers == [2, 1])
        #expect(await record.described.first == ["a", "b"])
        #expect(await record.describingWhenPageTwoWasAsked)
    }

    @Test func neverMoreThanTheLimitInFlight() async throws {
        let record = Record()
        let pages = (0..<12).map { p in (0..<5).map { "t\(p)-\($0)" } }
        let answers = try await ListingPipeline.describe(
            listing: Self.pages(pages, record), size: 3, limit: 2
        ) { batch in
            await record.begin(batch)
            try await Task.sleep(for: .milliseconds(3))
            await record.end()
            return batch
        }
        #expect(answers.joined().map { $0 } == pages.joined().map { $0 })
        #expect(await record.maxInFlight <= 2)
        #expect(await record.maxInFlight == 2)
    }

    /// With one describe at a time, the failure is seen before the second
    /// batch would start: no third page is listed and nothing more described.
    @Test func aFailedDescribeEndsTheReadWithItsError() async throws {
        let record = Record()
        await #expect(throws: Failed(batch: ["a"])) {
            _ = try await ListingPipeline.describe(
                listing: Self.pages([["a"], ["b"], ["c"]], record), size: 1, limit: 1
            ) { batch -> Int in
                await record.begin(batch)
                throw Failed(batch: batch)
            }
        }
        #expect(await record.described == [["a"]])
        #expect(await record.pages == 2)
    }

    @Test func aListingErrorIsThrownAndAnEmptyListingDescribesNothing() async throws {
        let record = Record()
        await #expect(throws: Failed(batch: [])) {
            _ = try await ListingPipeline.describe(
                listing: { token in
                    if token != nil { throw Failed(batch: []) }
                    return (["a", "b"], "next")
                },
                size: 2, limit: 2
            ) { batch in await record.begin(batch); return 0 }
        }
        let none = try await ListingPipeline.describe(listing: { _ in ([], nil) }, size: 100, limit: 8) { batch in
            await record.begin(batch)
            return batch
        }
        #expect(none.isEmpty)
        #expect(await record.described.count <= 1)
    }
}
