/// A path into a configuration object, rendered as `services[web].deploymentConfiguration.maximumPercent`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// A list member named by its key (`containerDefinitions[app]`).
        case label(String)
    }

    public var components: [Component]
    public init(_ components: [Component] = []) { self.components = components }

    public func appending(_ c: Component) -> FieldPath {
        var copy = components
        copy.reserveCapacity(components.count + 1)
        copy.append(c)
        return FieldPath(copy)
    }
    public func key(_ k: String) -> FieldPath { FieldPath(components + [.key(k)]) }
    public func index(_ i: Int) -> FieldPath { FieldPath(components + [.index(i)]) }
    public func label(_ l: String) -> FieldPath { FieldPath(components + [.label(l)]) }

    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let i): out += "[\(i)]"
            case .label(let l): out += "[\(l)]"
            }
        }
        return out
    }
}

struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
