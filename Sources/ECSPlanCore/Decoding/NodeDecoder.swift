import Foundation
import YAML

/// Collects diagnostics while a whole file is decoded, so every problem is
/// reported at once. One instance per load; not shared across threads.
final class DecodeSession {
    var diagnostics: [Diagnostic] = []
    /// Paths of values that could not be decoded (not unknown keys).
    var valueErrorPaths: Set<String> = []
    let interpolator: Interpolator
    /// Values decoded from anchored blocks, shared by the file's sessions.
    let shared: SharedDecodes?
    /// A service pasted alone may leave its identity to another tool's
    /// config (`ConfigLoader.acceptsDefinitionsWithoutIdentity`).
    var identityElsewhere = false

    init(interpolator: Interpolator, shared: SharedDecodes? = nil) {
        self.interpolator = interpolator
        self.shared = shared
    }

    func error(_ mark: Mark?, _ path: FieldPath, _ message: String, affectsValue: Bool = true) {
        diagnostics.append(Diagnostic(.error, at: mark, path: path.description, message))
        if affectsValue { valueErrorPaths.insert(path.description) }
    }

    func note(_ mark: Mark?, _ path: FieldPath, _ message: String) {
        diagnostics.append(Diagnostic(.note, at: mark, path: path.description, message))
    }
}

/// What a file's anchored blocks decoded to, by node and type, for every
/// object that reaches them through an alias or merge key. One per file,
/// used by the sessions that decode its objects on all cores, hence the lock
/// (taken only for nodes inside anchored blocks).
final class SharedDecodes: @unchecked Sendable {
    private struct Key: Hashable {
        var node: UInt32
        var type: ObjectIdentifier
    }
    private let lock = NSLock()
    private var values: [Key: Any] = [:]

    func value<T>(_ node: UInt32, as type: T.Type) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return values[Key(node: node, type: ObjectIdentifier(type))] as? T
    }

    func store<T>(_ value: T, _ node: UInt32) {
        lock.lock()
        defer { lock.unlock() }
        values[Key(node: node, type: ObjectIdentifier(T.self))] = value
    }
}

/// Thrown after a diagnostic has been recorded, to abandon the current value.
/// `decodeIfPresent` turns it into `nil`, so the rest of the object still decodes.
struct AlreadyReported: Error {}

/// Types whose serialized form lists fields that are read-only in the ECS API
/// (`taskDefinitionArn`, `revision`, …). They are accepted, noted and ignored, so
/// `aws ecs describe-*` output can be pasted in.
protocol HasReadOnlyFields {
    static var readOnlyFields: Set<String> { get }
}

/// A `Decoder` over YAML nodes that keeps marks: every type error names the
/// node's `file:line:col`, and unknown keys get a "did you mean" suggestion.
struct NodeDecoder: Decoder {
    let node: Node
    let session: DecodeSession
    /// The path is built lazily: a child keeps its parent's path and its own
    /// last component, so the many scalar leaves never allocate a path array.
    private let parentPath: FieldPath
    private let component: FieldPath.Component?
    /// The keys a `Decodable` type's `init(from:)` asked for, so `decode` can
    /// check for unknown ones: made by `decode` for the mapping it decodes
    /// that way, nil elsewhere (the generated decoders check their own keys,
    /// and most nodes are theirs).
    let consumed: ConsumedKeys?

    var path: FieldPath { component.map { parentPath.appending($0) } ?? parentPath }

    var codingPath: [any CodingKey] {
        path.components.map {
            switch $0 {
            case .key(let k): return PathKey(stringValue: k)
            case .index(let i): return PathKey(intValue: i)
            case .label(let l): return PathKey(stringValue: l)
            }
        }
    }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: Node, session: DecodeSession, path: FieldPath) {
        self.init(node: node, session: session, parentPath: path, component: nil)
    }

    /// The decoder of a mapping's member `key`, below the mapping at `path`.
    init(node: Node, session: DecodeSession, path: FieldPath, key: String) {
        self.init(node: node, session: session, parentPath: path, component: .key(key))
    }

    private init(node: Node, session: DecodeSession, parentPath: FieldPath, component: FieldPath.Component?,
                 consumed: ConsumedKeys? = nil) {
        self.node = node
        self.session = session
        self.parentPath = parentPath
        self.component = component
        self.consumed = consumed
    }

    /// This decoder, recording the keys asked of its mapping.
    private func trackingKeys() -> NodeDecoder {
        guard case .mapping = node else { return self }
        return NodeDecoder(node: node, session: session, parentPath: parentPath, component: component,
                           consumed: ConsumedKeys())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let s) = node, s.isNull {
                return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: nil, mark: s.mark, decoder: self))
            }
            session.error(node.mark, path, "expected a mapping, got \(describe(node))")
            throw AlreadyReported()
        }
        consumed?.used = true
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, mark: mapping.mark, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let seq) = node else {
            if case .scalar(let s) = node, s.isNull { return NodeUnkeyedContainer(items: [], decoder: self) }
            session.error(node.mark, path, "expected a list, got \(describe(node))")
            throw AlreadyReported()
        }
        return NodeUnkeyedContainer(items: Array(seq.items), decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(decoder: self)
    }

    // MARK: Decoding children

    /// A child decoder at `component` below `base`, which the caller computes
    /// once per container (`decoder.path`) rather than once per field.
    func child(_ node: Node, _ base: FieldPath, _ component: FieldPath.Component) -> NodeDecoder {
        NodeDecoder(node: node, session: session, parentPath: base, component: component)
    }

    /// Decodes `T` from this decoder's node, then reports unknown keys.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // The common leaf types by identity first: the existential cast below
        // is a conformance lookup, and it ran for every field of every object.
        if T.self == String.self, let v = try String.decodeScalar(from: self) as? T { return v }
        if T.self == Int.self, let v = try Int.decodeScalar(from: self) as? T { return v }
        if T.self == Bool.self, let v = try Bool.decodeScalar(from: self) as? T { return v }
        if let scalarType = T.self as? any ScalarDecodable.Type {
            guard let value = try scalarType.decodeScalar(from: self) as? T else { throw AlreadyReported() }
            return value
        }
        guard let shared = session.shared, let id = node.sharedID else { return try decodeFields(T.self) }
        // A block shared through an anchor (`logConfiguration: *logging` in
        // 10 000 containers) is decoded once and its value shared, copy on
        // write, unless decoding it reported anything: then every use reports.
        if let value = shared.value(id, as: T.self) { return value }
        let before = session.diagnostics.count
        let value = try decodeFields(T.self)
        if session.diagnostics.count == before { shared.store(value, id) }
        return value
    }

    private func decodeFields<T: Decodable>(_ type: T.Type) throws -> T {
        let tracked = trackingKeys()
        let value = try T(from: tracked)
        tracked.checkUnknownKeys(for: T.self)
        return value
    }

    private func checkUnknownKeys<T>(for type: T.Type) {
        guard let consumed, consumed.used, case .mapping(let mapping) = node else { return }
        // The common case: every key was asked for by the type's decoder.
        if mapping.pairs.allSatisfy({ $0.keyString.map(consumed.contains) ?? false }) { return }
        let readOnly = (T.self as? any HasReadOnlyFields.Type)?.readOnlyFields ?? []
        let known = Set(consumed.keys)
        var ignored: [(key: String, mark: Mark)] = []
        defer {
            // Pasted describe output carries a dozen of these: one note per object.
            if let first = ignored.first {
                let names = ignored.map(\.key).joined(separator: ", ")
                session.note(first.mark, path, "output-only \(ignored.count == 1 ? "field" : "fields") ignored (set by ECS): \(names)")
            }
        }
        for pair in mapping.pairs {
            guard let key = pair.keyString else {
                session.error(pair.key.mark, path, "keys must be strings, got \(describe(pair.key))")
                continue
            }
            if known.contains(key) { continue }
            if key.hasPrefix("x-") { continue }
            if readOnly.contains(key) {
                ignored.append((key, pair.key.mark))
                continue
            }
            var message = "unknown key '\(key)'"
            if let suggestion = nearest(to: key, in: known.sorted()) { message += "; did you mean '\(suggestion)'?" }
            session.error(pair.key.mark, path.key(key), message, affectsValue: false)
        }
    }

    // MARK: Scalars

    /// The scalar's text after `${VAR}` interpolation; errors are recorded at the `$`.
    func interpolatedString(expected: String) throws -> String {
        guard case .scalar(let s) = node else {
            session.error(node.mark, path, "expected \(expected), got \(describe(node))")
            throw AlreadyReported()
        }
        switch session.interpolator.interpolate(s.string) {
        case .success(let text): return text
        case .failure(let failure):
            let (message, offset): (String, Int)
            switch failure {
            case .unset(let name, let c): (message, offset) = ("environment variable \(name) is not set; set it, give a default with ${\(name):-value}, or pass --allow-missing-env", c)
            case .unterminated(let c): (message, offset) = ("unterminated '${' (write '$${' for a literal '${')", c)
            case .invalidName(let name, let c): (message, offset) = ("'\(name)' is not a valid environment variable name", c)
            }
            var mark = s.mark
            if s.style == .plain, !s.string.contains("\n") { mark.column += offset }
            else if s.style == .singleQuoted || s.style == .doubleQuoted, !s.string.contains("\n") { mark.column += offset + 1 }
            session.error(mark, path, message)
            throw AlreadyReported()
        }
    }

    /// The scalar re-read after interpolation, so `${PORT}` can fill an integer field.
    func resolvedScalar(expected: String) throws -> Scalar {
        guard case .scalar(let view) = node else {
            session.error(node.mark, path, "expected \(expected), got \(describe(node))")
            throw AlreadyReported()
        }
        let s = view.value
        guard s.string.utf8.contains(UInt8(ascii: "$")) else { return s }
        var copy = s
        copy.string = try interpolatedString(expected: expected)
        return copy
    }

    func typeError(_ expected: String) -> AlreadyReported {
        session.error(node.mark, path, "expected \(expected), got \(describe(node))")
        return AlreadyReported()
    }
}

/// The keys a type's decoder asked for, in order. An array, not a set: a
/// container asks for each of its few dozen keys once, and hashing every
/// request cost more than the whole lookup.
final class ConsumedKeys {
    var keys: [String] = []
    var used = false

    func insert(_ key: String) { keys.append(key) }
    func contains(_ key: String) -> Bool { keys.contains(key) }
}

func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s):
        if s.isNull { return "null" }
        var text = s.string
        if text.count > 40 { text = String(text.prefix(37)) + "..." }
        return "\"\(text)\""
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
}

/// Scalar types decode straight from a node, with YAML 1.1 resolution chosen
/// by the field's type (`yes` is true for a Bool field, the text "yes" for a String).
protocol ScalarDecodable {
    static func decodeScalar(from decoder: NodeDecoder) throws -> Self
}

extension String: ScalarDecodable {
    static func decodeScalar(from d: NodeDecoder) throws -> String {
        if case .scalar(let s) = d.node, s.isNull { throw d.typeError("a string") }
        return try d.interpolatedString(expected: "a string")
    }
}

extension Int: ScalarDecodable {
    static func decodeScalar(from d: NodeDecoder) throws -> Int {
        let s = try d.resolvedScalar(expected: "an integer")
        var bare = s
        bare.style = .plain  // "80" quoted in a numeric field is still 80, as the AWS CLI accepts it
        guard let v = (s.isQuoted ? bare.int : s.int) else { throw d.typeError("an integer") }
        return v
    }
}

extension NodeDecoder {
    /// Reads the scalar as if it were plain, so a quoted `"true"` or `"1.5"` in a
    /// typed field still means the value (as the AWS CLI accepts it).
    func typed<T>(_ expected: String, _ read: (Scalar) -> T?) throws -> T {
        var bare = try resolvedScalar(expected: expected)
        bare.style = .plain
        guard let v = read(bare) else { throw typeError(expected) }
        return v
    }
}

extension NodeDecoder {
    /// A value of one of the model's string sets. Configuration insists on a
    /// known value (the API would refuse it), naming them with a did-you-mean.
    func decodeEnum<E: ECSEnum>(_ type: E.Type) throws -> E {
        let text = try String.decodeScalar(from: self)
        if E.knownValues.contains(text) { return E(rawValue: text) }
        var message = "must be one of \(E.knownValues.joined(separator: ", ")) (got \"\(text)\")"
        if let s = E.knownValues.first(where: { $0.lowercased() == text.lowercased() }) ?? nearest(to: text, in: E.knownValues) {
            message += "; did you mean '\(s)'?"
        }
        session.error(node.mark, path, message)
        throw AlreadyReported()
    }
}

extension Bool: ScalarDecodable {
    static func decodeScalar(from d: NodeDecoder) throws -> Bool { try d.typed("a boolean (true or false)") { $0.bool } }
}

extension Double: ScalarDecodable {
    static func decodeScalar(from d: NodeDecoder) throws -> Double { try d.typed("a number") { $0.double } }
}
