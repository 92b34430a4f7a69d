import CYAML

/// The documents of one file, plus problems that do not stop composition
/// (duplicate keys), so the caller can report every problem at once.
public struct LoadedFile: Sendable {
    public var file: String
    public var documents: [Node]
    public var duplicateKeys: [DuplicateKey]

    public struct DuplicateKey: Sendable, Equatable {
        public var key: String
        public var mark: Mark
        public var firstMark: Mark
    }
}

/// Limits that keep hostile input cheap: a "billion laughs" document fails once
/// aliases would expand to more than `maxAliasExpansion` nodes or, in a large
/// document, to more than `aliasExpansionRatio` times the nodes actually written
/// (an alias bomb grows exponentially, a big config with shared blocks linearly);
/// nesting deeper than `maxDepth` fails instead of exhausting the stack downstream.
public struct LoadLimits: Sendable {
    public var maxDepth: Int
    public var maxAliasExpansion: Int
    public var aliasExpansionRatio: Int
    public init(maxDepth: Int = 256, maxAliasExpansion: Int = 1_000_000, aliasExpansionRatio: Int = 100) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.aliasExpansionRatio = aliasExpansionRatio
    }
}

public enum YAMLLoader {
    /// Parses every document in `bytes`. Composition is iterative (an explicit
    /// stack), so depth is limited by `limits`, never by the thread's stack.
    public static func load(
        _ bytes: some Collection<UInt8>, file: String, limits: LoadLimits = LoadLimits()
    ) throws(YAMLError) -> LoadedFile {
        // Parse straight from the caller's storage when it is contiguous (Data,
        // [UInt8]): a copy of a 50 MB file would be 50 MB of peak memory.
        let direct = bytes.withContiguousStorageIfAvailable { (input) -> Swift.Result<LoadedFile, YAMLError> in
            Swift.Result { () throws(YAMLError) -> LoadedFile in try parse(input, file: file, limits: limits) }
        }
        if let direct { return try direct.get() }
        return try Array(bytes).withUnsafeBufferPointer { (input) throws(YAMLError) -> LoadedFile in try parse(input, file: file, limits: limits) }
    }

    private static func parse(_ input: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits) throws(YAMLError) -> LoadedFile {
        // An empty buffer may have no base address; libyaml wants one.
        guard input.baseAddress != nil else {
            return try [UInt8(0)].withUnsafeBufferPointer { (one) throws(YAMLError) -> LoadedFile in
                try parse(UnsafeBufferPointer(rebasing: one[0..<0]), file: file, limits: limits)
            }
        }
        let parser = try EventParser(input: input, file: file)
        var composer = Composer(parser: parser, limits: limits)
        return try composer.run()
    }

    public static func load(_ text: String, file: String = "<string>", limits: LoadLimits = LoadLimits()) throws(YAMLError) -> LoadedFile {
        try load(Array(text.utf8), file: file, limits: limits)
    }
}

private struct Composer {
    let parser: EventParser
    let limits: LoadLimits

    /// A collection being built. Its children sit on `values` from `start` on
    /// (one flat stack for all open collections, so no per-collection array
    /// grows while parsing); `size` counts the nodes in its subtree, so an
    /// alias to it can charge its full expansion to the budget in O(1).
    struct Frame {
        var isSequence: Bool
        var start: Int
        var mark: Mark
        var tag: String?
        var anchor: String?
        var size: Int
        var hasMergeKey: Bool
    }

    var stack: [Frame] = []
    var values: [Node] = []
    var anchors: [String: (node: Node, size: Int)] = [:]
    var expanded = 0
    /// Nodes built from the input's own events (not through aliases).
    var written = 0
    var documents: [Node] = []
    var duplicates: [LoadedFile.DuplicateKey] = []

    init(parser: EventParser, limits: LoadLimits) {
        self.parser = parser
        self.limits = limits
    }

    mutating func run() throws(YAMLError) -> LoadedFile {
        var done = false
        while !done {
            done = try parser.next { (event) throws(YAMLError) -> Bool in try handle(&event) }
        }
        return LoadedFile(file: parser.file, documents: documents, duplicateKeys: duplicates)
    }

    private static func string(_ ptr: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let ptr else { return "" }
        return String(decoding: UnsafeBufferPointer(start: ptr, count: length), as: UTF8.self)
    }

    private static func cString(_ ptr: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let ptr else { return nil }
        return String(cString: ptr)
    }

    /// Returns true at the end of the stream.
    mutating func handle(_ event: inout yaml_event_t) throws(YAMLError) -> Bool {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let style: Scalar.Style
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            var tag = Composer.cString(s.tag)
            if tag == "!" { tag = nil }  // non-specific tag: a quoted string stays a string
            let node = Node.scalar(Scalar(Composer.string(s.value, s.length), style: style, tag: tag, mark: parser.mark(event.start_mark)))
            if let anchor = Composer.cString(s.anchor) { anchors[anchor] = (node, 1) }
            written += 1
            try add(node, size: 1)
        case YAML_ALIAS_EVENT:
            let name = Composer.cString(event.data.alias.anchor) ?? ""
            let mark = parser.mark(event.start_mark)
            guard let target = anchors[name] else {
                throw YAMLError(.undefinedAlias, at: mark, "unknown alias '*\(name)': no anchor '&\(name)' is defined before it")
            }
            expanded += target.size
            let budget = max(limits.maxAliasExpansion, limits.aliasExpansionRatio.multipliedReportingOverflow(by: written).partialValue)
            if expanded > budget {
                throw YAMLError(
                    .aliasExpansionLimit, at: mark,
                    "aliases expand to more than \(budget) nodes (is this an alias bomb?); stopped at '*\(name)'")
            }
            try add(target.node, size: target.size)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let mark = parser.mark(event.start_mark)
            if stack.count >= limits.maxDepth {
                throw YAMLError(.nestingTooDeep, at: mark, "nesting deeper than \(limits.maxDepth) levels")
            }
            let isSequence = event.type == YAML_SEQUENCE_START_EVENT
            let anchor = Composer.cString(isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor)
            let tag = Composer.cString(isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag)
            stack.append(Frame(isSequence: isSequence, start: values.count, mark: mark, tag: tag, anchor: anchor, size: 1, hasMergeKey: false))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            let node: Node
            if frame.isSequence {
                node = .sequence(Node.Sequence(items: Array(values[frame.start...]), mark: frame.mark, tag: frame.tag))
            } else {
                var pairs: [Node.Mapping.Pair] = []
                pairs.reserveCapacity((values.count - frame.start) / 2)
                var i = frame.start
                while i + 1 < values.count {
                    pairs.append(.init(key: values[i], value: values[i + 1]))
                    i += 2
                }
                let merged = frame.hasMergeKey ? try applyMerges(pairs) : pairs
                checkDuplicates(merged)
                node = .mapping(Node.Mapping(pairs: merged, mark: frame.mark, tag: frame.tag))
            }
            values.removeSubrange(frame.start...)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            written += 1
            try add(node, size: frame.size)
        case YAML_DOCUMENT_START_EVENT:
            // Anchors are scoped to their document.
            anchors.removeAll(keepingCapacity: true)
        default:
            break
        }
        return false
    }

    mutating func add(_ node: Node, size: Int) throws(YAMLError) {
        guard !stack.isEmpty else {
            documents.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        // In a mapping, children alternate key, value: an even offset is a key.
        if !stack[top].isSequence && (values.count - stack[top].start) % 2 == 0 && Composer.isMergeKey(node) {
            stack[top].hasMergeKey = true
        }
        values.append(node)
    }

    static func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        if let tag = s.normalizedTag { return tag == "!!merge" }
        return s.style == .plain && s.string == "<<"
    }

    /// Applies `<<` merge keys: explicit keys win over merged ones, and among
    /// several merged mappings the first that has a key wins (YAML 1.1 merge spec).
    func applyMerges(_ pairs: [Node.Mapping.Pair]) throws(YAMLError) -> [Node.Mapping.Pair] {
        var explicit = Set<String>()
        for pair in pairs where !Composer.isMergeKey(pair.key) {
            if let k = pair.keyString { explicit.insert(k) }
        }
        var seen = explicit
        var result: [Node.Mapping.Pair] = []
        result.reserveCapacity(pairs.count)
        var mergedPairs: [Node.Mapping.Pair] = []
        for pair in pairs {
            guard Composer.isMergeKey(pair.key) else {
                result.append(pair)
                continue
            }
            let sources: [Node]
            switch pair.value {
            case .mapping: sources = [pair.value]
            case .sequence(let seq): sources = seq.items
            case .scalar:
                throw YAMLError(.invalidMergeKey, at: pair.value.mark, "merge key '<<' needs a mapping or a list of mappings, got a scalar")
            }
            for source in sources {
                guard case .mapping(let m) = source else {
                    throw YAMLError(.invalidMergeKey, at: source.mark, "merge key '<<' needs a mapping or a list of mappings, got \(source.kindDescription)")
                }
                for p in m.pairs {
                    if let k = p.keyString {
                        if seen.insert(k).inserted { mergedPairs.append(p) }
                    } else {
                        mergedPairs.append(p)
                    }
                }
            }
        }
        return result + mergedPairs
    }

    mutating func checkDuplicates(_ pairs: [Node.Mapping.Pair]) {
        guard pairs.count > 1 else { return }
        if pairs.count <= 12 {
            for i in 1..<pairs.count {
                guard let k = pairs[i].keyString else { continue }
                for j in 0..<i where pairs[j].keyString == k {
                    duplicates.append(.init(key: k, mark: pairs[i].key.mark, firstMark: pairs[j].key.mark))
                    break
                }
            }
            return
        }
        var first: [String: Mark] = [:]
        for pair in pairs {
            guard let k = pair.keyString else { continue }
            if let m = first[k] {
                duplicates.append(.init(key: k, mark: pair.key.mark, firstMark: m))
            } else {
                first[k] = pair.key.mark
            }
        }
    }
}
