import YAML

/// One place in the configuration that names an object in the account.
public struct AccountReference: Sendable, Hashable {
    public var object: AccountObject
    /// Where the value is written.
    public var mark: Mark
    /// The field, e.g. `taskDefinitions[web].containerDefinitions[0].image`.
    public var path: String

    public init(object: AccountObject, mark: Mark, path: String) {
        self.object = object
        self.mark = mark
        self.path = path
    }
}
