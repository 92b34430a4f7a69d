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
