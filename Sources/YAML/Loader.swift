import CYAML
#if canImport(Glibc)
import Glibc
#endif

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

/// Hands the items of chosen top-level lists (`services: [...]` in a file's
/// root mapping) to `sink` in batches as they are parsed, then drops their
/// nodes: a large file is never in memory as one document, only a batch of it.
/// Items stay out of the returned document (their lists read as empty there).
/// A list with an anchor or a tag is not streamed (an alias could refer to it),
/// and a batch that defines an anchor keeps its nodes for later aliases.
public struct ItemStream {
    public var sections: Set<String>
    /// Nodes a batch collects before it is handed over.
    public var batchNodes: Int
    /// Whether the sink may keep a batch's items past the call (hand them to
    /// another thread, say): each batch then gets its own copy of its nodes
    /// when that copy is cheap, and `StreamedItems.owned` says which did.
    public var keepsItems: Bool
    /// Called on the loading thread; the items' nodes are valid during the call
    /// only, unless `StreamedItems.owned`.
    public var sink: (StreamedItems) -> Void

    public init(sections: Set<String>, batchNodes: Int = 1 << 12, keepsItems: Bool = false, sink: @escaping (StreamedItems) -> Void) {
        self.sections = sections
        self.batchNodes = max(batchNodes, 1)
        self.keepsItems = keepsItems
        self.sink = sink
    }
}

/// Consecutive items of one streamed list.
public struct StreamedItems {
    /// The root mapping's key the list belongs to.
    public var section: String
    /// The position of `items[0]` in its list.
    public var firstPosition: Int
    public var items: [Node]
    /// The items' nodes are their own copy, valid after the sink returns and
    /// on any thread. False when the copy would not be cheap: nodes kept
    /// before the batch (anchors earlier batches defined) outweigh it.
    public var owned: Bool
}

public enum YAMLLoader {
    /// Parses every document in the file at `path`, which libyaml reads in
    /// small chunks (the file's bytes are never in memory whole).
    public static func load(
        contentsOf path: String, limits: LoadLimits = LoadLimits(), stream: ItemStream? = nil
    ) throws(YAMLError) -> LoadedFile {
        let start = Mark(file: path, line: 1, column: 1)
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw YAMLError(.unreadable, at: start, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw YAMLError(.unreadable, at: start, "cannot read the file: it is a directory") }
        guard Int(info.st_size) < Int(UInt32.max) else { throw YAMLError(.unreadable, at: start, "the file is larger than 4 GiB") }
        guard let file = fopen(path, "rb") else {
            throw YAMLError(.unreadable, at: start, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        let parser = try EventParser(stream: file, file: path)
        let composer = Composer(parser: parser, limits: limits, inputSize: Int(info.st_size), stream: stream)
        return try composer.run()
    }

    /// Parses every document in `bytes`. Composition is iterative (an explicit
    /// stack), so depth is limited by `limits`, never by the thread's stack.
    public static func load(
        _ bytes: some Collection<UInt8>, file: String, limits: LoadLimits = LoadLimits(), stream: ItemStream? = nil
    ) throws(YAMLError) -> LoadedFile {
        // Parse straight from the caller's storage when it is contiguous (Data,
        // [UInt8]): a copy of a 50 MB file would be 50 MB of peak memory.
        let direct = bytes.withContiguousStorageIfAvailable { (input) -> Swift.Result<LoadedFile, YAMLError> in
            Swift.Result { () throws(YAMLError) -> LoadedFile in try parse(input, file: file, limits: limits, stream: stream) }
        }
        if let direct { return try direct.get() }
        return try Array(bytes).withUnsafeBufferPointer { (input) throws(YAMLError) -> LoadedFile in try parse(input, file: file, limits: limits, stream: stream) }
    }

    private static func parse(_ input: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits, stream: ItemStream?) throws(YAMLError) -> LoadedFile {
        // An empty buffer may have no base address; libyaml wants one.
        guard input.baseAddress != nil else {
            return try [UInt8(0)].withUnsafeBufferPointer { (one) throws(YAMLError) -> LoadedFile in
                try parse(UnsafeBufferPointer(rebasing: one[0..<0]), file: file, limits: limits, stream: stream)
            }
        }
        // Scalar text never outgrows the input (escapes and folding only shrink
        // it), so 32-bit offsets into the node buffers hold for any input below 4 GiB.
        guard input.count < Int(UInt32.max) else {
            throw YAMLError(.unreadable, at: Mark(file: file, line: 1, column: 1), "the file is larger than 4 GiB")
        }
        let parser = try EventParser(input: input, file: file)
        let composer = Composer(parser: parser, limits: limits, inputSize: input.count, stream: stream)
        return try composer.run()
    }

    public static func load(_ text: String, file: String = "<string>", limits: LoadLimits = LoadLimits()) throws(YAMLError) -> LoadedFile {
        try load(Array(text.utf8), file: file, limits: limits)
    }
}

private struct Composer: ~Copyable {
    let parser: EventParser
    let limits: LoadLimits

    /// A collection being built: its node is reserved at the start event (so
    /// nodes are numbered in document order) and its children collect on
    /// `values` from `start` on, one flat stack for all open collections.
    /// `size` counts the nodes in its subtree, so an alias to it can charge its
    /// full expansion to the budget in O(1).
    /// Plain values (the anchor's name waits on `frameAnchors`), so the stack
    /// is a buffer: no reference counting or uniqueness checks per event.
    struct Frame {
        var index: UInt32
        var isSequence: Bool
        var hasMergeKey: Bool
        var hasAnchor: Bool
        var start: Int
        var size: Int
    }

    var raws: GrowableBuffer<YAMLDocument.Raw>
    var children: GrowableBuffer<UInt32>
    var text: GrowableBuffer<UInt8>
    var tags: [UInt32: String] = [:]
    var stack = GrowableBuffer<Frame>(capacity: 64)
    var frameAnchors: [String] = []
    var values = GrowableBuffer<UInt32>(capacity: 256)
    var anchors: [String: (index: UInt32, size: Int)] = [:]
    var expanded = 0
    /// Nodes built from the input's own events (not through aliases).
    var written = 0
    var roots: [UInt32] = []
    /// Described as found: a streamed batch's nodes are gone by the end.
    var duplicates: [LoadedFile.DuplicateKey] = []
    let stream: ItemStream?
    /// The list whose items are being streamed, if any.
    var streaming: Streaming?
    /// Anchors defined so far: a batch that defined one keeps its nodes.
    var anchorsDefined = 0

    /// A streamed list and the batch it is collecting.
    struct Streaming {
        let section: String
        let list: UInt32
        /// The next item's position in the list, and the batch's first.
        var position = 0
        var firstPosition = 0
        var pending: [UInt32] = []
        /// Where the batch began in each buffer (and anchors), to drop it after.
        var raws: Int
        var children: Int
        var text: Int
        var tags: Int
        var anchors: Int
    }

    /// Capacity from the input's size (configs run about one node per 10
    /// bytes, half of them scalar text), so the arrays rarely regrow; capacity
    /// never written stays untouched address space, not resident memory.
    /// Streaming, the buffers hold about one batch at a time.
    init(parser: EventParser, limits: LoadLimits, inputSize: Int, stream: ItemStream? = nil) {
        self.parser = parser
        self.limits = limits
        self.stream = stream
        let batch = stream.map { 3 * $0.batchNodes } ?? Int.max
        raws = GrowableBuffer(capacity: min(inputSize / 8, batch))
        children = GrowableBuffer(capacity: min(inputSize / 8, batch))
        text = GrowableBuffer(capacity: min(inputSize / 2, batch))
    }

    consuming func run() throws(YAMLError) -> LoadedFile {
        while try !handle(parser.next()) {}
        let document = YAMLDocument(raws: raws.take(), children: children.take(), text: text.take(), tags: tags, fileID: parser.fileID)
        return LoadedFile(file: parser.file, documents: roots.map(document.node), duplicateKeys: duplicates)
    }

    private static func cString(_ ptr: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let ptr else { return nil }
        return String(cString: ptr)
    }

    /// The next node's number; fails past 4 billion nodes rather than wrapping.
    mutating func nextIndex(_ mark: yaml_mark_t) throws(YAMLError) -> UInt32 {
        guard raws.count < Int(UInt32.max) else {
            throw YAMLError(.unreadable, at: parser.mark(mark), "the file has more than 4 billion nodes")
        }
        return UInt32(raws.count)
    }

    /// Returns true at the end of the stream.
    /// Reads the event in place: copying the whole struct out cost more than
    /// the work done with it.
    mutating func handle(_ pointer: UnsafeMutablePointer<yaml_event_t>) throws(YAMLError) -> Bool {
        switch pointer.pointee.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_SCALAR_EVENT:
            let s = pointer.pointee.data.scalar
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
            let index = try nextIndex(pointer.pointee.start_mark)
            let offset = UInt32(text.count)
            if let value = s.value, s.length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: value, count: s.length)) }
            raws.append(YAMLDocument.Raw(kind: .scalar, style: style, hasTag: tag != nil, line: Int(pointer.pointee.start_mark.line) + 1,
                                        column: Int(pointer.pointee.start_mark.column) + 1, a: offset, b: UInt32(text.count) - offset))
            if let tag { tags[index] = tag }
            if let anchor = Composer.cString(s.anchor) {
                anchors[anchor] = (index, 1)
                anchorsDefined += 1
                raws[Int(index)].packed |= YAMLDocument.Raw.sharedBit
            }
            written += 1
            // Decided here from the event, not looked up again for every mapping key.
            try add(index, size: 1, mergeKey: Composer.isMergeKey(style: style, tag: tag, text: UnsafeBufferPointer(start: s.value, count: s.length)))
        case YAML_ALIAS_EVENT:
            let name = Composer.cString(pointer.pointee.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(.undefinedAlias, at: parser.mark(pointer.pointee.start_mark), "unknown alias '*\(name)': no anchor '&\(name)' is defined before it")
            }
            expanded += target.size
            let budget = max(limits.maxAliasExpansion, limits.aliasExpansionRatio.multipliedReportingOverflow(by: written).partialValue)
            if expanded > budget {
                throw YAMLError(
                    .aliasExpansionLimit, at: parser.mark(pointer.pointee.start_mark),
                    "aliases expand to more than \(budget) nodes (is this an alias bomb?); stopped at '*\(name)'")
            }
            try add(target.index, size: target.size, mergeKey: isMergeKey(target.index))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                throw YAMLError(.nestingTooDeep, at: parser.mark(pointer.pointee.start_mark), "nesting deeper than \(limits.maxDepth) levels")
            }
            let isSequence = pointer.pointee.type == YAML_SEQUENCE_START_EVENT
            let anchor = Composer.cString(isSequence ? pointer.pointee.data.sequence_start.anchor : pointer.pointee.data.mapping_start.anchor)
            let tag = Composer.cString(isSequence ? pointer.pointee.data.sequence_start.tag : pointer.pointee.data.mapping_start.tag)
            let index = try nextIndex(pointer.pointee.start_mark)
            raws.append(YAMLDocument.Raw(kind: isSequence ? .sequence : .mapping, hasTag: tag != nil, line: Int(pointer.pointee.start_mark.line) + 1,
                                        column: Int(pointer.pointee.start_mark.column) + 1))
            if let tag { tags[index] = tag }
            if let anchor { frameAnchors.append(anchor) }
            if isSequence && anchor == nil && tag == nil, let section = streamedSection() {
                streaming = Streaming(section: section, list: index, raws: raws.count, children: children.count, text: text.count,
                                      tags: tags.count, anchors: anchorsDefined)
            }
            stack.append(Frame(index: index, isSequence: isSequence, hasMergeKey: false, hasAnchor: anchor != nil, start: values.count, size: 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard stack.count > 0 else { return false }
            let frame = stack[stack.count - 1]
            if frame.index == streaming?.list {
                flushBatch()
                streaming = nil
            }
            stack.truncate(to: stack.count - 1)
            // The frame's children move from the top of `values` to `children`.
            let offset = children.count
            if !frame.isSequence && frame.hasMergeKey {
                try appendMerged(from: frame.start)
            } else {
                children.append(contentsOf: UnsafeBufferPointer(rebasing: values.view[frame.start...]))
            }
            values.truncate(to: frame.start)
            if !frame.isSequence { checkDuplicates(from: offset) }
            raws[Int(frame.index)].a = UInt32(offset)
            raws[Int(frame.index)].b = UInt32(children.count - offset)
            if frame.hasAnchor, let anchor = frameAnchors.popLast() {
                anchors[anchor] = (frame.index, frame.size)
                anchorsDefined += 1
                // The block's nodes are numbered from its own on, in order.
                for i in Int(frame.index)..<raws.count { raws[i].packed |= YAMLDocument.Raw.sharedBit }
            }
            written += 1
            try add(frame.index, size: frame.size, mergeKey: false)
        case YAML_DOCUMENT_START_EVENT:
            // Anchors are scoped to their document.
            anchors.removeAll(keepingCapacity: true)
        default:
            break
        }
        return false
    }

    /// Adds node `index` to the open collection. `mergeKey`: it could be a `<<`
    /// key (a plain `<<` scalar, or one tagged !!merge).
    mutating func add(_ index: UInt32, size: Int, mergeKey: Bool) throws(YAMLError) {
        guard stack.count > 0 else {
            roots.append(index)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if top == 1, stack[1].index == streaming?.list {
            streaming?.pending.append(index)
            streaming?.position += 1
            if let start = streaming?.raws, let batch = stream?.batchNodes, raws.count - start >= batch { flushBatch() }
            return
        }
        // In a mapping, children alternate key, value: an even offset is a key.
        if mergeKey && !stack[top].isSequence && (values.count - stack[top].start) % 2 == 0 {
            stack[top].hasMergeKey = true
        }
        values.append(index)
    }

    // MARK: Streaming

    /// The section whose list starts now, when its items are to be streamed:
    /// the value of a root mapping's key named in `stream.sections`.
    func streamedSection() -> String? {
        guard let stream, stack.count == 1, !stack[0].isSequence else { return nil }
        let offset = values.count - stack[0].start
        guard offset % 2 == 1, let key = keyString(values[values.count - 1]), stream.sections.contains(key) else { return nil }
        return key
    }

    /// Hands the pending items to the sink, then drops their nodes unless the
    /// batch defined an anchor (a later alias may point into it).
    mutating func flushBatch() {
        guard let stream, let s = streaming, !s.pending.isEmpty else { return }
        var view = YAMLDocument(raws: raws.view, children: children.view, text: text.view, tags: tags, fileID: parser.fileID, owned: false)
        // The copy holds every node before the batch too (indices are absolute):
        // cheap while earlier batches were dropped, not once anchors kept them.
        let owned = stream.keepsItems && s.raws <= raws.count - s.raws
        if owned { view.detach() }
        stream.sink(StreamedItems(section: s.section, firstPosition: s.firstPosition, items: s.pending.map(view.node), owned: owned))
        streaming?.pending.removeAll(keepingCapacity: true)
        // The sink should not keep nodes; if it did, they get their own copy.
        if !isKnownUniquelyReferenced(&view) { view.detach() }
        if anchorsDefined == s.anchors {
            raws.truncate(to: s.raws)
            children.truncate(to: s.children)
            text.truncate(to: s.text)
            if tags.count != s.tags { tags = tags.filter { $0.key < UInt32(s.raws) } }
        }
        streaming?.firstPosition = s.position
        streaming?.raws = raws.count
        streaming?.children = children.count
        streaming?.text = text.count
        streaming?.tags = tags.count
        streaming?.anchors = anchorsDefined
    }

    // MARK: Reading what has been built

    func kind(_ i: UInt32) -> YAMLDocument.Raw.Kind { raws[Int(i)].kind }

    /// Whether nodes `i` and `j` are scalars with the same text, compared in
    /// place (no slice, no String: this runs for every pair of keys of every
    /// mapping), lengths first: most keys of a mapping differ in length.
    @inline(__always)
    func sameKey(_ i: UInt32, _ j: UInt32) -> Bool {
        let a = raws[Int(i)], b = raws[Int(j)]
        guard a.b == b.b, a.kind == .scalar, b.kind == .scalar else { return false }
        let t = text.view
        return a.bytes(in: t).elementsEqual(b.bytes(in: t))
    }

    func keyString(_ i: UInt32) -> String? {
        let raw = raws[Int(i)]
        guard raw.kind == .scalar else { return nil }
        return String(decoding: raw.bytes(in: text.view), as: UTF8.self)
    }

    /// A `<<` merge key: a plain `<<` scalar, or a scalar tagged !!merge.
    /// Inlined: it runs for every scalar event (a call cost 1% of a load).
    @inline(__always)
    static func isMergeKey(style: Scalar.Style, tag: String?, text: UnsafeBufferPointer<UInt8>) -> Bool {
        if let tag { return tag == "!!merge" || tag == "tag:yaml.org,2002:merge" }
        return style == .plain && text.count == 2 && text[0] == UInt8(ascii: "<") && text[1] == UInt8(ascii: "<")
    }

    func isMergeKey(_ i: UInt32) -> Bool {
        let raw = raws[Int(i)]
        guard raw.kind == .scalar else { return false }
        return Composer.isMergeKey(style: raw.style, tag: raw.hasTag ? tags[i] : nil, text: raw.bytes(in: text.view))
    }

    func description(_ i: UInt32) -> String {
        switch kind(i) {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// Moves a mapping's pairs from `values[start...]` to `children`, applying
    /// `<<` merge keys: explicit keys win over merged ones, and among several
    /// merged mappings the first that has a key wins (YAML 1.1 merge spec).
    /// Written straight into `children` (20 000 merges in a large config each
    /// built five arrays before); children are read by index, since appending
    /// may move the buffer.
    mutating func appendMerged(from start: Int) throws(YAMLError) {
        let offset = children.count
        var i = start
        while i + 1 < values.count {
            if !isMergeKey(values[i]) {
                children.append(values[i])
                children.append(values[i + 1])
            }
            i += 2
        }
        // Past a handful of keys, a set of their texts keeps a hostile mapping linear.
        var large: Set<String>?
        i = start
        while i + 1 < values.count {
            let key = values[i], value = values[i + 1]
            i += 2
            guard isMergeKey(key) else { continue }
            let raw = raws[Int(value)]
            switch raw.kind {
            case .mapping:
                mergePairs(of: value, into: offset, large: &large)
            case .sequence:
                for j in Int(raw.a)..<Int(raw.a + raw.b) {
                    let source = children[j]
                    guard kind(source) == .mapping else {
                        throw YAMLError(.invalidMergeKey, at: mark(source), "merge key '<<' needs a mapping or a list of mappings, got \(description(source))")
                    }
                    mergePairs(of: source, into: offset, large: &large)
                }
            case .scalar:
                throw YAMLError(.invalidMergeKey, at: mark(value), "merge key '<<' needs a mapping or a list of mappings, got a scalar")
            }
        }
    }

    /// Appends the pairs of mapping `source` whose keys the mapping being built
    /// (its pairs from `children[offset]` on) does not have yet.
    mutating func mergePairs(of source: UInt32, into offset: Int, large: inout Set<String>?) {
        let raw = raws[Int(source)]
        var j = Int(raw.a)
        while j + 1 < Int(raw.a + raw.b) {
            let k = children[j], v = children[j + 1]
            j += 2
            if hasKey(k, from: offset, large: &large) { continue }
            children.append(k)
            children.append(v)
            if let text = keyString(k) { large?.insert(text) }
        }
    }

    /// Whether the mapping whose pairs start at `children[offset]` has key `k`
    /// (only scalar keys compare; any other key is always new).
    mutating func hasKey(_ k: UInt32, from offset: Int, large: inout Set<String>?) -> Bool {
        guard kind(k) == .scalar else { return false }
        if let set = large { return keyString(k).map(set.contains) ?? false }
        let count = (children.count - offset) / 2
        if count > 16 {
            var set = Set<String>()
            for p in 0..<count { if let text = keyString(children[offset + 2 * p]) { set.insert(text) } }
            large = set
            return keyString(k).map(set.contains) ?? false
        }
        for p in 0..<count where sameKey(children[offset + 2 * p], k) { return true }
        return false
    }

    func mark(_ i: UInt32) -> Mark { raws[Int(i)].mark(fileID: parser.fileID) }

    func duplicate(_ key: UInt32, first: UInt32) -> LoadedFile.DuplicateKey {
        LoadedFile.DuplicateKey(key: keyString(key) ?? "", mark: mark(key), firstMark: mark(first))
    }

    /// Checks the mapping whose key/value list starts at `children[offset]`:
    /// pairwise for the usual handful of keys, through a dictionary beyond that
    /// (so a hostile mapping stays linear).
    mutating func checkDuplicates(from offset: Int) {
        guard children.count - offset > 2 else { return }
        let c = children.view
        if c.count - offset <= 24 {
            for i in stride(from: offset + 2, to: c.count, by: 2) {
                for j in stride(from: offset, to: i, by: 2) where sameKey(c[i], c[j]) {
                    duplicates.append(duplicate(c[i], first: c[j]))
                    break
                }
            }
        } else {
            var first: [String: UInt32] = [:]
            for k in stride(from: offset, to: c.count - 1, by: 2) {
                guard let text = keyString(c[k]) else { continue }
                if let f = first[text] { duplicates.append(duplicate(c[k], first: f)) } else { first[text] = c[k] }
            }
        }
    }
}
