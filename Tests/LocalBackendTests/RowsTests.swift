import Testing
@testable import LocalBackend

/// The columns the simulator writes for every task it starts, written by hand
/// rather than through JSONEncoder and Foundation's string replacing.
@Suite struct RowsTests {
    @Test(arguments: [[], [80], [8080, 8081, 65535]])
    func hostPortsRoundTrip(_ ports: [Int]) throws {
        let text = Rows.hostPortsText(ports)
        #expect(text == (try JSON.string(ports)))
        #expect(try Rows.hostPorts(text) == ports)
    }

    @Test func taskIDsAreThirtyTwoLowercaseHexDigitsAndDistinct() {
        let ids = (0..<1000).map { _ in Naming.taskID() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.utf8.count == 32)
            #expect(id.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) })
        }
    }
}
