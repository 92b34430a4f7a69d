import ECSModel
import Foundation
import YAML

/// A shape that decodes straight from YAML nodes, without the `Decoder`
/// protocol: the model's shapes (decoders generated into
/// Generated/ECS+NodeDecoding.swift) and the configuration's objects. A
/// mapping costs one member match per key present, not one lookup per member
/// of the model, and no existential container or conformance lookup.
protocol NodeDecodable {
    static func decodeNode(_ d: NodeDecoder) throws -> Self
}

/// One key of a mapping being decoded: its text, its value node, and where
/// the mapping sits, so a decoder of the value is built only when needed.
struct NodeMember {
    let key: KeyText
    let value: Node
    let base: FieldPath
    let session: DecodeSession

    /// A decoder of the value, at `name` below the mapping (a literal, so the
    /// path costs no String of its own).
    func decoder(_ name: String) -> NodeDecoder { NodeDecoder(node: value, session: session, path: base, key: name) }

    /// An optional member: null reads as absent, and an invalid value is
    /// reported and read as absent, so the rest of the object is still checked.
    func optional<T>(_ name: String, _ read: (NodeDecoder) throws -> T) -> T? {
        if case .scalar(let s) = value, s.isNull { return nil }
        return try? read(decoder(name))
    }

    /// Console exports write an unset choice as "" (`ipcMode: ""`); ECS reads it as unset.
    func optionalEnum<E: ECSEnum>(_ name: String, _ type: E.Type) -> E? {
        if case .scalar(let s) = value, s.isNull || s.equals("") { return nil }
        return try? decoder(name).decodeEnum(type)
    }

    /// A required member: an invalid value is reported, and `failed` set so the
    /// object is abandoned once all of it has been checked.
    func required<T>(_ name: String, _ failed: inout Bool, _ read: (NodeDecoder) throws -> T) -> T? {
        do {
            return try read(decoder(name))
        } catch {
            failed = true
            return nil
        }
    }
}

extension NodeDecoder {
    /// Walks a mapping's keys in source order: `member` takes each key it knows
    /// and returns false for others, which are then reported as unknown (with a
    /// did-you-mean among `names`), noted as output-only (`readOnly`), or
    /// skipped (`x-` extensions). A null node reads as an empty mapping.
    func members(names: [String], readOnly: Set<String> = [], _ member: (NodeMember) throws -> Bool) throws {
        let mapping: Node.Mapping
        switch node {
        case .mapping(let m): mapping = m
        case .scalar(let s) where s.isNull: return
        default: throw typeError("a mapping")
        }
        let base = path
        var unknown: [(key: String, mark: Mark)] = []
        try mapping.forEachPair { key, keyNode, value in
            guard let key else {
                session.error(keyNode.mark, base, "keys must be strings, got \(describe(keyNode))")
                return
            }
            if try member(NodeMember(key: key, value: value, base: base, session: session)) { return }
            unknown.append((key.string, keyNode.mark))
        }
        guard !unknown.isEmpty else { return }
        var ignored: [(key: String, mark: Mark)] = []
        let known = names.sorted()
        for (key, mark) in unknown {
            if key.hasPrefix("x-") { continue }
            if readOnly.contains(key) {
                ignored.append((key, mark))
                continue
            }
            var message = "unknown key '\(key)'"
            if let suggestion = nearest(to: key, in: known) { message += "; did you mean '\(suggestion)'?" }
            session.error(mark, base.key(key), message, affectsValue: false)
        }
        // Pasted describe output carries a dozen of these: one note per object.
        if let first = ignored.first {
            let list = ignored.map(\.key).joined(separator: ", ")
            session.note(first.mark, base, "output-only \(ignored.count == 1 ? "field" : "fields") ignored (set by ECS): \(list)")
        }
    }

    /// Reports a required member the mapping lacks; one that is present with a
    /// bad value has been reported already.
    func reportMissing(_ name: String) {
        switch node {
        case .mapping(let m):
            if m[name] != nil { return }
            var message = "missing required key '\(name)'"
            // `AlarmNames` for `alarmNames`: the API's keys are case-sensitive.
            if let near = m.pairs.compactMap(\.keyString).first(where: { $0.lowercased() == name.lowercased() }) {
                message += " (found '\(near)': keys are case-sensitive)"
            }
            session.error(m.mark, path, message)
        default:
            session.error(node.mark, path, "missing required key '\(name)'")
        }
    }

    // MARK: Values, as the generated decoders read them

    func string() throws -> String { try String.decodeScalar(from: self) }
    func int() throws -> Int { try Int.decodeScalar(from: self) }
    func bool() throws -> Bool { try Bool.decodeScalar(from: self) }
    func double() throws -> Double { try Double.decodeScalar(from: self) }

    /// Seconds since 1970, or ISO 8601 text as the AWS CLI prints it.
    func timestamp() throws -> ECSTimestamp {
        var bare = try resolvedScalar(expected: "a timestamp")
        let text = bare.string
        bare.style = .plain
        if let seconds = bare.double { return ECSTimestamp(secondsSince1970: seconds) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
            throw typeError("a timestamp (seconds since 1970, or ISO 8601 such as 2026-01-31T12:00:00Z)")
        }
        return ECSTimestamp(date)
    }

    /// A structure. One inside an anchored block (`logConfiguration: *logging`
    /// in 10 000 containers) is decoded once and its value shared, copy on
    /// write, unless decoding it reported anything: then every use reports.
    func shape<S: NodeDecodable>(_ type: S.Type) throws -> S {
        guard let shared = session.shared, let id = node.sharedID else { return try S.decodeNode(self) }
        if let value = shared.value(id, as: S.self) { return value }
        let before = session.diagnostics.count
        let value = try S.decodeNode(self)
        if session.diagnostics.count == before { shared.store(value, id) }
        return value
    }

    /// A list; null reads as empty. Every element is checked before an invalid
    /// one abandons the list.
    func list<T>(_ element: (NodeDecoder) throws -> T) throws -> [T] {
        switch node {
        case .sequence(let seq):
            let base = path
            let items = seq.items
            var out: [T] = []
            out.reserveCapacity(items.count)
            var failed = false
            for i in 0..<items.count {
                do { out.append(try element(child(items[i], base, .index(i)))) } catch { failed = true }
            }
            if failed { throw AlreadyReported() }
            return out
        case .scalar(let s) where s.isNull: return []
        default: throw typeError("a list")
        }
    }

    /// A map of the model (`dockerLabels`, `options`); null reads as empty.
    func map<T>(_ value: (NodeDecoder) throws -> T) throws -> [String: T] {
        switch node {
        case .mapping(let m):
            let base = path
            var out: [String: T] = [:]
            out.reserveCapacity(m.count)
            var failed = false
            m.forEachPair { key, keyNode, node in
                guard let key else {
                    session.error(keyNode.mark, base, "keys must be strings, got \(describe(keyNode))")
                    failed = true
                    return
                }
                let name = key.string
                do { out[name] = try value(child(node, base, .key(name))) } catch { failed = true }
            }
            if failed { throw AlreadyReported() }
            return out
        case .scalar(let s) where s.isNull: return [:]
        default: throw typeError("a mapping")
        }
    }

    /// `environment: {LOG_LEVEL: info}`, or the API's `[{name, value}]` list.
    func keyValuePairs() throws -> [ECS.KeyValuePair] {
        if let entries = try mapForm(expected: "a map of names to values") {
            return entries.map { ECS.KeyValuePair(name: $0.0, value: $0.1) }
        }
        return try list { try $0.shape(ECS.KeyValuePair.self) }
    }

    /// `tags: {team: web}`, or the API's `[{key, value}]` list.
    func tags() throws -> [ECS.Tag] {
        if let entries = try mapForm(expected: "a map of tag keys to values") {
            return entries.map { ECS.Tag(key: $0.0, value: $0.1) }
        }
        return try list { try $0.shape(ECS.Tag.self) }
    }
}
