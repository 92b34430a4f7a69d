/// A model value as a tree that remembers which shape each structure is, so
/// normalization and import can apply the overlay (defaults, set keys) to it.
/// The model's structures write it themselves (generated, in their members'
/// encoding order); anything else goes through `ShapeTreeEncoder` and its own
/// `encode(to:)`. No reflection, and every member the model has is in it.
public indirect enum ShapeTree: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([ShapeTree])
    /// A structure (`shape` set) or a map (`shape` nil), members in encoding order.
    case object(shape: String?, members: [(String, ShapeTree)])

    public static func == (a: ShapeTree, b: ShapeTree) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)): return x == y
        case (.object(let s, let x), .object(let t, let y)):
            return s == t && x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(i)
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .list(let l): hasher.combine(l)
        case .object(let s, let m):
            hasher.combine(s)
            for (k, v) in m {
                hasher.combine(k)
                hasher.combine(v)
            }
        }
    }

    public subscript(member: String) -> ShapeTree? {
        guard case .object(_, let members) = self else { return nil }
        return members.first { $0.0 == member }?.1
    }

    public static func of(_ value: some Encodable) -> ShapeTree {
        if let shape = value as? any ShapeTreeWritable { return shape.shapeTree }
        return encoded(value)
    }

    /// Through `encode(to:)` only, nested structures included: the reference
    /// the generated trees are tested against.
    static func encoded(_ value: some Encodable, generated: Bool = true) -> ShapeTree {
        let root = ShapeTreeEncoder.Slot(generated: generated)
        // The encoder below never throws; a shape whose encode(to:) did would
        // leave its slot empty, which reads as null.
        try? value.encode(to: ShapeTreeEncoder(slot: root, codingPath: []))
        return root.tree
    }
}

/// A value that writes its own tree. The model's structures do (generated in
/// ECS+ShapeTree.swift): the planner turns 20 000 of them into trees per plan of
/// 10 000 services, and going through `Encoder` was a sixth of that plan.
protocol ShapeTreeWritable {
    var shapeTree: ShapeTree { get }
}

/// An `Encoder` that writes a `ShapeTree`. Containers write into reference
/// slots, so nested containers fill their parent in place.
struct ShapeTreeEncoder: Encoder {
    /// One value being written. Mutable fields rather than an enum with
    /// payloads, so adding a member does not copy the members before it.
    final class Slot {
        enum Kind { case empty, scalar, object, list }
        /// Whether nested shapes write their own trees (always, but in tests).
        let generated: Bool
        var kind = Kind.empty
        var scalar = ShapeTree.null
        var shape: String?
        var keys: [String] = []
        var members: [String: Slot] = [:]
        var items: [Slot] = []

        init(generated: Bool = true) { self.generated = generated }

        var tree: ShapeTree {
            switch kind {
            case .empty: return .null
            case .scalar: return scalar
            case .list: return .list(items.map(\.tree))
            case .object: return .object(shape: shape, members: keys.compactMap { k in members[k].map { (k, $0.tree) } })
            }
        }

        func set(_ value: ShapeTree) {
            kind = .scalar
            scalar = value
        }

        func member(_ key: String) -> Slot {
            if let existing = members[key] { return existing }
            let slot = Slot(generated: generated)
            keys.append(key)
            members[key] = slot
            return slot
        }

        func makeObject(shape: String?) {
            kind = .object
            if self.shape == nil { self.shape = shape }
        }

        func makeList() { kind = .list }

        func append() -> Slot {
            let slot = Slot(generated: generated)
            items.append(slot)
            return slot
        }
    }

    let slot: Slot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(slot: Slot, codingPath: [any CodingKey]) {
        self.slot = slot
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let shape = (Key.self as? any ShapeCodingKey.Type)?.shapeName
        slot.makeObject(shape: shape)
        return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeList()
        return Unkeyed(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(slot: slot, codingPath: codingPath) }

    static func write<T: Encodable>(_ value: T, into slot: Slot, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: slot.set(.string(v))
        case let v as Int: slot.set(.int(v))
        case let v as Bool: slot.set(.bool(v))
        case let v as Double: slot.set(.double(v))
        case let v as any ShapeTreeWritable where slot.generated: slot.set(v.shapeTree)
        default: try value.encode(to: ShapeTreeEncoder(slot: slot, codingPath: codingPath))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try ShapeTreeEncoder.write(value, into: slot.member(key.stringValue), codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            ShapeTreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            ShapeTreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { ShapeTreeEncoder(slot: slot, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            ShapeTreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey]
        var count: Int { slot.items.count }

        mutating func encodeNil() { slot.append().set(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try ShapeTreeEncoder.write(value, into: slot.append(), codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            ShapeTreeEncoder(slot: slot.append(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            ShapeTreeEncoder(slot: slot.append(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { ShapeTreeEncoder(slot: slot.append(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey]
        mutating func encodeNil() { slot.set(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws { try ShapeTreeEncoder.write(value, into: slot, codingPath: codingPath) }
    }
}

extension ShapeTree {
    /// The tree without what ECS would fill in anyway: members equal to their
    /// overlay default, and empty lists and maps. Import writes this form, so
    /// an imported file says only what was chosen.
    public func elidingDefaults() -> ShapeTree? {
        switch self {
        case .null: return nil
        case .list(let items):
            let kept = items.compactMap { $0.elidingDefaults() }
            return kept.isEmpty ? nil : .list(kept)
        case .object(let shape, let members):
            let defaults = shape.flatMap { Overlay.defaults[$0] } ?? [:]
            let info = shape.flatMap(ECS.shape(named:))
            let kept: [(String, ShapeTree)] = members.compactMap { key, value in
                // A required member stays even at its default: the shape needs it.
                if let d = defaults[key], value == ShapeTree(d), info?.member(key)?.required != true { return nil }
                return value.elidingDefaults().map { (key, $0) }
            }
            return kept.isEmpty && shape == nil ? nil : .object(shape: shape, members: kept)
        default: return self
        }
    }

    init(_ d: Overlay.DefaultValue) {
        switch d {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        }
    }

    /// Plain data for writers: structures and maps as objects, lists as lists.
    public var plainValue: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .string(String(d))
        case .string(let s): return .string(s)
        case .list(let items): return .list(items.map(\.plainValue))
        case .object(_, let members):
            var out: [String: Value] = [:]
            for (k, v) in members { out[k] = v.plainValue }
            return .object(out)
        }
    }
}
