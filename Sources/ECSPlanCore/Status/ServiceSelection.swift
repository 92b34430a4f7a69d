/// The services `status` and `wait` look at: each argument a service address
/// (`service/prod/web`, patterns as in `--target`: `service/prod/*`) or a
/// cluster (`cluster/prod`: its services); none means every managed service.
public enum ServiceSelection {
    public static func resolve(_ arguments: [String], in world: World) throws -> [ServiceState] {
        let services = world.services.filter { $0.status == "ACTIVE" }
        guard !arguments.isEmpty else { return services.filter(\.managed) }
        let resolver = TargetResolver(config: Config(), world: world)
        var chosen: [Address] = []
        for text in arguments {
            guard let address = Address(parsing: text), address.kind != .taskDefinition else {
                throw ServiceSelectionError("\(text): expected service/CLUSTER/NAME or cluster/NAME (patterns such as service/prod/* too)")
            }
            if TargetResolver.isPattern(address) {
                let matches = resolver.known.filter { TargetResolver.matches(address, $0) }
                if matches.isEmpty {
                    let nearest = resolver.suggestions(for: address)
                    throw ServiceSelectionError("\(text) matches nothing" + (nearest.isEmpty ? "" : "; did you mean \(nearest.joined(separator: ", "))?")
                                                + "\n  hint: `ecsplan state list` shows what exists")
                }
                chosen += matches
            } else {
                try resolver.require(address, as: address.kind.rawValue)
                chosen.append(address)
            }
        }
        var seen = Set<String>()
        var out: [ServiceState] = []
        for address in chosen {
            for s in services where Self.selects(address, s) && seen.insert(s.cluster + "/" + s.name).inserted { out.append(s) }
        }
        return out
    }

    static func selects(_ address: Address, _ s: ServiceState) -> Bool {
        address.kind == .cluster ? s.cluster == address.name : address.name == s.cluster + "/" + s.name
    }

    /// The clusters the arguments name (nil: every cluster), to read no more than needed.
    public static func clusters(_ arguments: [String]) -> [String]? {
        var out: [String] = []
        for text in arguments {
            guard let a = Address(parsing: text), !a.name.split(separator: "/")[0].contains(where: { $0 == "*" || $0 == "?" }) else { return nil }
            out.append(String(a.name.split(separator: "/")[0]))
        }
        return out.isEmpty ? nil : Array(Set(out)).sorted()
    }
}

public struct ServiceSelectionError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
