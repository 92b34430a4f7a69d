/// The nodes of one file, in flat arrays: 16 bytes a node, one child index per
/// list item or mapping key and value, and every scalar's bytes in one buffer.
/// A tree of enums with a `String` per scalar took twelve times the file's size
/// and most of the load time in allocation; `Node` values are handles into this.
/// Immutable once the loader has built it, so it is shared freely across
/// threads (hence `@unchecked`: its buffers are written only in `init`).
public final class YAMLDocument: @unchecked Sendable {
    /// `a`/`b`: a scalar's bytes in `text` (offset, length), or a collection's
    /// children in `children` (offset, count; a mapping's are key, value, …).
    struct Raw {
        var a: UInt32
        var b: UInt32
        var line: UInt32
        /// Column in the low 24 bits; style, kind, has-tag and shared above.
        var packed: UInt32

        static let columnMask: UInt32 = 0x00FF_FFFF
        enum Kind: UInt32 { case scalar = 0, sequence = 1, mapping = 2 }

        init(kind: Kind, style: Scalar.Style = .plain, hasTag: Bool, line: Int, column: Int, a: UInt32 = 0, b: UInt32 = 0) {
            self.a = a
            self.b = b
            self.line = UInt32(clamping: line)
            packed = min(UInt32(clamping: column), Raw.columnMask) | (Raw.code(style) << 24) | (kind.rawValue << 28) | (hasTag ? 1 << 30 : 0)
        }

        var kind: Kind { Kind(rawValue: (packed >> 28) & 3) ?? .scalar }

        /// A scalar's bytes within the document's (or the loader's) text buffer.
        func bytes(in text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[Int(a)..<Int(a + b)])
        }

        func mark(fileID: UInt32) -> Mark { Mark(fileID: fileID, line: Int(line), column: column) }
        var column: Int { Int(packed & Raw.columnMask) }
        var hasTag: Bool { packed & (1 << 30) != 0 }
        /// Inside an anchored block: aliases and merge keys may reach it from several places.
        var isShared: Bool { packed & Raw.sharedBit != 0 }
        static let sharedBit: UInt32 = 1 << 31
        var style: Scalar.Style {
            switch (packed >> 24) & 0xF {
            case 1: return .singleQuoted
            case 2: return .doubleQuoted
            case 3: return .literal
            case 4: return .folded
            default: return .plain
            }
        }

        static func code(_ style: Scalar.Style) -> UInt32 {
            switch style {
            case .plain: return 0
            case .singleQuoted: return 1
            case .doubleQuoted: return 2
            case .literal: return 3
            case .folded: return 4
            }
        }
    }

    // Owned, exact-size buffers rather than arrays: every node access reads
    // them, and an array property of a class is retained and released around
    // each read. They never change after `init` (but for `detach`) and are
    // freed in `deinit`. Unchecked exclusivity: a class's `var` otherwise pays
    // a dynamic check on every node access.
    @exclusivity(unchecked) private(set) var raws: UnsafeBufferPointer<Raw>
    @exclusivity(unchecked) private(set) var children: UnsafeBufferPointer<UInt32>
    @exclusivity(unchecked) private(set) var text: UnsafeBufferPointer<UInt8>
    let tags: [UInt32: String]
    let fileID: UInt32
    /// False for a loader's lent view of the nodes it is still building.
    private var owned: Bool

    /// Takes ownership of the buffers (the loader's, handed over without a copy),
    /// or, `owned: false`, lends a view of buffers the loader keeps building:
    /// valid while it streams one batch of items (`ItemStream`), and
    /// `detach`ed if anything kept it longer.
    init(raws: UnsafeBufferPointer<Raw>, children: UnsafeBufferPointer<UInt32>, text: UnsafeBufferPointer<UInt8>, tags: [UInt32: String], fileID: UInt32,
         owned: Bool = true) {
        self.raws = raws
        self.children = children
        self.text = text
        self.tags = tags
        self.fileID = fileID
        self.owned = owned
    }

    /// Gives a lent view its own copy of the nodes, before the loader reuses them.
    func detach() {
        guard !owned else { return }
        raws = Self.copy(raws)
        children = Self.copy(children)
        text = Self.copy(text)
        owned = true
    }

    deinit {
        guard owned else { return }
        raws.deallocate()
        children.deallocate()
        text.deallocate()
    }

    private static func copy<C: Collection>(_ elements: C) -> UnsafeBufferPointer<C.Element> {
        let buffer = UnsafeMutableBufferPointer<C.Element>.allocate(capacity: max(elements.count, 1))
        _ = buffer.initialize(from: elements)
        return UnsafeBufferPointer(rebasing: buffer[0..<elements.count])
    }

    /// A document holding one scalar, for values that stand in for absent ones.
    static func single(_ scalar: Scalar) -> YAMLDocument {
        let text = Array(scalar.string.utf8)
        let raw = Raw(kind: .scalar, style: scalar.style, hasTag: scalar.tag != nil, line: scalar.mark.line, column: scalar.mark.column,
                      a: 0, b: UInt32(clamping: text.count))
        return YAMLDocument(raws: copy([raw]), children: copy([]), text: copy(text), tags: scalar.tag.map { [0: $0] } ?? [:],
                            fileID: FileNames.shared.id(for: scalar.mark.file))
    }

    func node(_ i: UInt32) -> Node {
        switch raws[Int(i)].kind {
        case .scalar: return .scalar(Node.ScalarView(document: self, index: i))
        case .sequence: return .sequence(Node.Sequence(document: self, index: i))
        case .mapping: return .mapping(Node.Mapping(document: self, index: i))
        }
    }

    func mark(_ i: UInt32) -> Mark { raws[Int(i)].mark(fileID: fileID) }

    func tag(_ i: UInt32) -> String? { raws[Int(i)].hasTag ? tags[i] : nil }

    func string(_ i: UInt32) -> String { String(decoding: raws[Int(i)].bytes(in: text), as: UTF8.self) }

    /// Whether scalar `i` is exactly `key`, compared as bytes: mapping lookups
    /// run for every field a decoder asks for, and building a String each time
    /// would allocate for every key longer than 15 bytes.
    func scalar(_ i: UInt32, equals key: String) -> Bool {
        let raw = raws[Int(i)]
        guard raw.kind == .scalar else { return false }
        var key = key
        return key.withUTF8 { k in k.count == Int(raw.b) && raw.bytes(in: text).elementsEqual(k) }
    }
}
