/// A composed YAML node. Aliases are resolved to the anchored node (shared
/// storage, not copied) and `<<` merge keys are already applied.
public enum Node: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    public var mark: Mark {
        switch self {
        case .scalar(let s): return s.mark
        case .sequence(let s): return s.mark
        case .mapping(let m): return m.mark
        }
    }

    /// The node's explicit tag (`!!str`, `tag:yaml.org,2002:int`, …), if any.
    public var tag: String? {
        switch self {
        case .scalar(let s): return s.tag
        case .sequence(let s): return s.tag
        case .mapping(let m): return m.tag
        }
    }

    /// A short noun for error messages: "a string", "a list", "a mapping".
    public var kindDescription: String {
        switch self {
        case .scalar(let s): return s.isNull ? "null" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var scalar: Scalar? { if case .scalar(let s) = self { return s } else { return nil } }
    public var sequence: Sequence? { if case .sequence(let s) = self { return s } else { return nil } }
    public var mapping: Mapping? { if case .mapping(let m) = self { return m } else { return nil } }
}

extension Node {
    public struct Sequence: Sendable {
        public var items: [Node]
        public var mark: Mark
        public var tag: String?
        public init(items: [Node], mark: Mark, tag: String? = nil) {
            self.items = items
            self.mark = mark
            self.tag = tag
        }
    }
}
