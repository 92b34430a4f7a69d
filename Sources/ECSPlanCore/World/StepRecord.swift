/// What an apply run is doing, recorded with each mutation in the same
/// transaction (local simulator), so an interrupted apply can be explained and resumed.
public struct StepRecord: Sendable, Codable, Hashable {
    public var runID: String
    public var address: String
    public var action: String
    public var detail: String

    public init(runID: String, address: String, action: String, detail: String = "") {
        self.runID = runID
        self.address = address
        self.action = action
        self.detail = detail
    }

    public static func adhoc(_ address: String, _ action: String) -> StepRecord { StepRecord(runID: "adhoc", address: address, action: action) }
}
