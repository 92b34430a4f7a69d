#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Node {
    /// A mapping keeps its pairs in source order. Keys are almost always plain
    /// scalars in configuration files; `subscript(key:)` looks them up linearly,
    /// comparing bytes, which beats hashing for the handful of keys an ECS object has.
    public struct Mapping: Sendable {
        public struct Pair: Sendable {
            public var key: Node
            public var value: Node
            public init(key: Node, value: Node) {
                self.key = key
                self.value = value
            }
            /// The key as text when it is a scalar.
            public var keyString: String? { key.scalar?.string }
        }

        /// The pairs, as nodes.
        public struct Pairs: RandomAccessCollection, Sendable {
            let document: YAMLDocument
            let range: Range<Int>  // in `children`: key, value, key, value, …
            public var startIndex: Int { 0 }
            public var endIndex: Int { range.count / 2 }
            public subscript(i: Int) -> Pair {
                let k = document.children[range.lowerBound + 2 * i], v = document.children[range.lowerBound + 2 * i + 1]
                return Pair(key: document.node(k), value: document.node(v))
            }
        }

        let document: YAMLDocument
        let index: UInt32

        public var pairs: Pairs { Pairs(document: document, range: document.childRange(index)) }
        public var mark: Mark { document.mark(index) }
        public var tag: String? { document.tag(index) }
        public var count: Int { pairs.count }

        public subscript(key: String) -> Node? { keyPosition(key).map { document.node(document.children[$0 + 1]) } }

        public func pair(for key: String) -> Pair? {
            keyPosition(key).map { Pair(key: document.node(document.children[$0]), value: document.node(document.children[$0 + 1])) }
        }

        /// Where `key` sits in the document's `children` (its value follows it).
        private func keyPosition(_ key: String) -> Int? {
            let range = document.childRange(index)
            var i = range.lowerBound
            while i + 1 < range.upperBound {
                if document.scalar(document.children[i], equals: key) { return i }
                i += 2
            }
            return nil
        }
    }
}

/// A mapping key's text, borrowed from its document for the length of a call
/// (`Node.Mapping.forEachPair`): generated decoders match it against their
/// member names byte for byte, so no String is built for the common key.
public struct KeyText {
    public let bytes: UnsafeBufferPointer<UInt8>

    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `case "family":` in a switch over a key.
    public static func ~= (pattern: StaticString, key: KeyText) -> Bool {
        let n = pattern.utf8CodeUnitCount
        guard n == key.bytes.count else { return false }
        guard n > 0, let base = key.bytes.baseAddress else { return true }
        return memcmp(pattern.utf8Start, base, n) == 0
    }
}

extension Node.Mapping {
    /// Each pair in source order: the key's text (nil when the key is not a
    /// scalar), the key node and the value node.
    public func forEachPair(_ body: (KeyText?, Node, Node) throws -> Void) rethrows {
        let range = document.childRange(index)
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            let k = document.children[i], v = document.children[i + 1]
            let raw = document.raws[Int(k)]
            let key = raw.kind == .scalar ? KeyText(bytes: raw.bytes(in: document.text)) : nil
            try body(key, document.node(k), document.node(v))
            i += 2
        }
    }
}
