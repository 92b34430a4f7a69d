/// What the model says about one shape: its kind, its members (with which are
/// required), its element, enum values and constraints. Read by validation and
/// by tools; the generated `ECS.shape(named:)` answers by name.
public struct ShapeInfo: Sendable {
    /// `document`: any JSON value (HookDetails), held as an `ECSDocument`.
    public enum Kind: Sendable {
        case structure, list, map, string, enumeration, integer, boolean, double, timestamp, document
    }

    public struct Member: Sendable {
        public let name: String
        public let shape: String
        public let required: Bool
        public init(_ name: String, _ shape: String, required: Bool = false) {
            self.name = name
            self.shape = shape
            self.required = required
        }
    }

    public let kind: Kind
    public let members: [Member]
    /// A list's element or a map's value shape.
    public let element: String?
    public let enumValues: [String]
    public let min: Double?
    public let max: Double?
    public let pattern: String?
    public let sensitive: Bool

    public init(_ kind: Kind, members: [Member] = [], element: String? = nil, enumValues: [String] = [],
                min: Double? = nil, max: Double? = nil, pattern: String? = nil, sensitive: Bool = false) {
        self.kind = kind
        self.members = members
        self.element = element
        self.enumValues = enumValues
        self.min = min
        self.max = max
        self.pattern = pattern
        self.sensitive = sensitive
    }

    public func member(_ name: String) -> Member? { members.first { $0.name == name } }
}
