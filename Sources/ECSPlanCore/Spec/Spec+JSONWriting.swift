/// The JSON the local state keeps of a spec, written from the generated shape
/// trees. Foundation's JSONEncoder, going through `encode(to:)`, took about
/// 80 µs a task definition: a third of a registration in a 1 000-service roll.
/// Keys are sorted, as the state's JSONEncoder sorted them (a map's order
/// would otherwise change from run to run); the text differs from that
/// encoder's in not escaping `/`, and the scanners and JSONDecoder read both
/// as the same value.
public protocol JSONTextEncodable {
    /// Compact JSON, or nil for a value this writer cannot write as JSON
    /// (a non-finite number), which JSONEncoder then refuses too.
    var jsonText: String? { get }
}

extension TaskDefinition: JSONTextEncodable {
    /// As `encode(to:)` writes it: the request's members, then `keepRevisions`.
    public var jsonText: String? {
        var members = ShapeTree.members(of: definition)
        if let keepRevisions { members.append(("keepRevisions", .int(keepRevisions))) }
        return ShapeTree.object(shape: nil, members: members).jsonText
    }
}

extension Service: JSONTextEncodable {
    /// As `encode(to:)` writes it: the request's members, then the identity
    /// and ecsplan's own fields (which replace any request member of the same name).
    public var jsonText: String? {
        var own: [(String, ShapeTree)] = [("name", .string(name)), ("cluster", .string(cluster)),
                                         ("taskDefinition", .string(taskDefinition))]
        if let ignoreChanges { own.append(("ignoreChanges", .list(ignoreChanges.map { .string($0) }))) }
        if let runBefore { own.append(("runBefore", ShapeTree.of(runBefore))) }
        let replaced = Set(own.map(\.0))
        let members = ShapeTree.members(of: definition).filter { !replaced.contains($0.0) } + own
        return ShapeTree.object(shape: nil, members: members).jsonText
    }
}

extension ShapeTree {
    static func members(of value: some Encodable) -> [(String, ShapeTree)] {
        guard case .object(_, let members) = ShapeTree.of(value) else { return [] }
        return members
    }

    /// Compact JSON with sorted keys; nil when a number is not finite.
    public var jsonText: String? {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        guard appendJSON(to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    func appendJSON(to out: inout [UInt8]) -> Bool {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d):
            guard d.isFinite else { return false }
            // Swift's shortest round-trip form ("0.5", "1e-05", "1e+16") is valid JSON.
            out += String(d).utf8
        case .string(let s): Value.appendQuoted(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                guard item.appendJSON(to: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case .object(_, let members):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Value.appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                guard value.appendJSON(to: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        }
        return true
    }
}
