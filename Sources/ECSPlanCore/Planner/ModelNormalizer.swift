/// Turns a model value into its comparable `Value` using the model and the
/// overlay alone: ECS's defaults filled in, set-like lists keyed, maps keyed,
/// and "absent" and "empty" made the same. Behaviour specific to one member
/// (defaults that depend on other members, secret digests) is applied to the
/// typed value before it gets here (see `Normalizer`).
enum ModelNormalizer {
    static func value(of shape: some Encodable) -> Value { value(ShapeTree.of(shape)) ?? .object([:]) }

    static func value(_ tree: ShapeTree) -> Value? {
        switch tree {
        case .null: return nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        // No member ecsplan compares is fractional today; its text compares exactly.
        case .double(let d): return .string(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d))
        case .string(let s): return .string(s)
        case .list(let items):
            let values = items.compactMap(value)
            return values.isEmpty ? nil : .list(values)
        case .object(nil, let members):
            var out: [String: Value] = [:]
            for (k, v) in members { if let x = value(v) { out[k] = x } }
            return out.isEmpty ? nil : .keyed(out)
        case .object(let shape?, let members):
            var out = [String: Value](minimumCapacity: members.count)
            let sets = Overlay.sets[shape]
            let defaults = Overlay.defaults[shape]
            for (k, v) in members {
                let x = sets?[k].map { keyed(v, by: $0) } ?? value(v)
                if let x, !x.isEmpty { out[k] = x }
            }
            // A flag whose default is off reads the same set to false or unset,
            // and is left out rather than shown on every container.
            for (member, d) in defaults ?? [:] {
                if d == .bool(false) {
                    if out[member] == .bool(false) { out[member] = nil }
                } else if out[member] == nil {
                    out[member] = Value(d)
                }
            }
            return out.isEmpty ? nil : .object(out)
        }
    }

    /// A set-like list: plain strings sorted and unique; items keyed by their
    /// identifying members (joined with `/`), the key members dropped from
    /// single-key items and items collapsed to one member where the overlay says.
    static func keyed(_ tree: ShapeTree, by key: Overlay.SetKey) -> Value? {
        guard case .list(let items) = tree else { return value(tree) }
        switch key {
        case .value:
            let strings = Set(items.compactMap { item -> String? in
                if case .string(let s) = item { return s }
                return nil
            })
            return strings.isEmpty ? nil : .list(strings.sorted().map(Value.string))
        case .members(let keys, let collapse):
            var out: [String: Value] = [:]
            for item in items {
                guard let normalized = value(item), case .object(var fields) = normalized else { continue }
                let name = keys.compactMap { k in fields[k].map(\.keyText) }.joined(separator: "/")
                if let collapse {
                    out[name] = fields[collapse] ?? .string("")
                    continue
                }
                if keys.count == 1 { fields[keys[0]] = nil }
                out[name] = .object(fields)
            }
            return out.isEmpty ? nil : .keyed(out)
        }
    }
}

extension Value {
    init(_ d: Overlay.DefaultValue) {
        switch d {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        }
    }

    var isEmpty: Bool {
        switch self {
        case .null: return true
        case .list(let l): return l.isEmpty
        case .object(let o), .keyed(let o): return o.isEmpty
        default: return false
        }
    }

    /// A key member's text in a set item's name (`80/tcp`).
    var keyText: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        default: return rendered
        }
    }
}
