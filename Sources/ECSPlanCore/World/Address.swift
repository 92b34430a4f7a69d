/// The stable name of a managed object, mirroring its ARN's resource path:
/// `cluster/prod`, `task-definition/web`, `service/prod/web`.
public struct Address: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable, Comparable {
        case cluster, taskDefinition = "task-definition", service
        var order: Int { self == .cluster ? 0 : (self == .taskDefinition ? 1 : 2) }
        public static func < (a: Kind, b: Kind) -> Bool { a.order < b.order }
    }

    public var kind: Kind
    /// `prod`, `web`, or `prod/web` for a service.
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    public static func cluster(_ name: String) -> Address { Address(kind: .cluster, name: name) }
    public static func taskDefinition(_ family: String) -> Address { Address(kind: .taskDefinition, name: family) }
    public static func service(cluster: String, name: String) -> Address { Address(kind: .service, name: cluster + "/" + name) }

    public var description: String { kind.rawValue + "/" + name }

    /// Parses `cluster/X`, `task-definition/X` (a trailing `:N` is dropped) or `service/C/S`.
    public init?(parsing text: String) {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        guard let kind = Kind(rawValue: String(text[..<slash])) else { return nil }
        var rest = String(text[text.index(after: slash)...])
        guard !rest.isEmpty else { return nil }
        switch kind {
        case .service: guard rest.split(separator: "/").count == 2 else { return nil }
        case .taskDefinition: rest = TaskDefinitionRef(rest).family
        case .cluster: guard !rest.contains("/") else { return nil }
        }
        self.init(kind: kind, name: rest)
    }

    public static func < (a: Address, b: Address) -> Bool {
        a.kind != b.kind ? a.kind < b.kind : a.name < b.name
    }

    /// Encoded as its string form (`service/prod/web`), as users write it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let a = Address(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an address: \(text)"))
        }
        self = a
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
