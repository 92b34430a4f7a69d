/// The parts of an Amazon Resource Name
/// (`arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`), or nil for any other text.
public struct ARN: Hashable, Sendable {
    public var partition: String
    public var service: String
    public var region: String
    public var account: String
    /// Everything after the account, colons included (`secret:name-AbCdEf:key::`).
    public var resource: String

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(
            String.init)
        guard parts.count == 6, parts[0] == "arn", !parts[1].isEmpty, !parts[2].isEmpty,
            !parts[5].isEmpty
        else { return nil }
        partition = parts[1]
        service = parts[2]
        region = parts[3]
        account = parts[4]
        resource = parts[5]
    }

    /// The region, or nil when the ARN names none (IAM's are global).
    public var regionIfAny: String? { region.isEmpty ? nil : region }
}
