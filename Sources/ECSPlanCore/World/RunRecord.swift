/// An apply run as the state store's journal records it when it starts.
public struct RunRecord: Sendable, Codable {
    public var id: String
    public var command: String
    public var planSerial: Int
    public var startedAt: String
    public init(id: String, command: String, planSerial: Int, startedAt: String) {
        self.id = id
        self.command = command
        self.planSerial = planSerial
        self.startedAt = startedAt
    }
}
