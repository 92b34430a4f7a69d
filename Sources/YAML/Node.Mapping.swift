extension Node {
    /// A mapping keeps its pairs in source order. Keys are almost always plain
    /// scalars in configuration files; `subscript(key:)` looks them up linearly,
    /// which beats hashing for the handful of keys an ECS object has.
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

        public var pairs: [Pair]
        public var mark: Mark
        public var tag: String?

        public init(pairs: [Pair], mark: Mark, tag: String? = nil) {
            self.pairs = pairs
            self.mark = mark
            self.tag = tag
        }

        public subscript(key: String) -> Node? {
            for pair in pairs where pair.key.scalar?.string == key { return pair.value }
            return nil
        }

        public func pair(for key: String) -> Pair? {
            for pair in pairs where pair.key.scalar?.string == key { return pair }
            return nil
        }

        public var count: Int { pairs.count }
    }
}
