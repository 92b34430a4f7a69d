/// A composed YAML node: a handle into its file's `YAMLDocument`. Aliases are
/// resolved to the anchored node (shared, not copied) and `<<` merge keys are
/// already applied.
public enum Node: Sendable {
    case scalar(ScalarView)
    case sequence(Sequence)
    case mapping(Mapping)

    /// A scalar that is not in any file (a stand-in for an absent value).
    public static func standalone(_ scalar: Scalar) -> Node { YAMLDocument.single(scalar).node(0) }

    var handle: (document: YAMLDocument, index: UInt32) {
        switch self {
        case .scalar(let s): return (s.document, s.index)
        case .sequence(let s): return (s.document, s.index)
        case .mapping(let m): return (m.document, m.index)
        }
    }

    public var mark: Mark {
        let (document, index) = handle
        return document.mark(index)
    }

    /// For a node inside an anchored block (which aliases and merge keys can
    /// reach from several places), a number that identifies it for the rest
    /// of its file's load, so what is decoded from it can be reused; nil
    /// for every other node.
    public var sharedID: UInt32? {
        let (document, index) = handle
        return document.raws[Int(index)].isShared ? index : nil
    }

    /// The node's explicit tag (`!!str`, `tag:yaml.org,2002:int`, …), if any.
    public var tag: String? {
        let (document, index) = handle
        return document.tag(index)
    }

    /// A short noun for error messages: "a string", "a list", "a mapping".
    public var kindDescription: String {
        switch self {
        case .scalar(let s): return s.isNull ? "null" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var scalar: ScalarView? { if case .scalar(let s) = self { return s } else { return nil } }
    public var sequence: Sequence? { if case .sequence(let s) = self { return s } else { return nil } }
    public var mapping: Mapping? { if case .mapping(let m) = self { return m } else { return nil } }
}

extension Node {
    /// A scalar in its document. `value` is the detached `Scalar` (text, style,
    /// tag, mark); the common questions are answered without building it.
    public struct ScalarView: Sendable {
        let document: YAMLDocument
        let index: UInt32

        public var value: Scalar { Scalar(string, style: style, tag: tag, mark: mark) }
        public var string: String { document.string(index) }
        public var style: Scalar.Style { document.raws[Int(index)].style }
        public var tag: String? { document.tag(index) }
        public var mark: Mark { document.mark(index) }
        public var isQuoted: Bool { style != .plain }
        public var isNull: Bool {
            let raw = document.raws[Int(index)]
            // Untagged, only a plain scalar of at most 4 bytes ("null") can be null.
            if !raw.hasTag && (raw.style != .plain || raw.b > 4) { return false }
            return value.isNull
        }
        public func equals(_ text: String) -> Bool { document.scalar(index, equals: text) }
    }

    public struct Sequence: Sendable {
        let document: YAMLDocument
        let index: UInt32

        public var items: Items { Items(document: document, range: document.childRange(index)) }
        public var mark: Mark { document.mark(index) }
        public var tag: String? { document.tag(index) }
    }

    /// The items of a sequence, as nodes.
    public struct Items: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let range: Range<Int>
        public var startIndex: Int { 0 }
        public var endIndex: Int { range.count }
        public subscript(i: Int) -> Node { document.node(document.children[range.lowerBound + i]) }
    }
}

extension YAMLDocument {
    func childRange(_ i: UInt32) -> Range<Int> {
        let raw = raws[Int(i)]
        return Int(raw.a)..<Int(raw.a + raw.b)
    }
}
