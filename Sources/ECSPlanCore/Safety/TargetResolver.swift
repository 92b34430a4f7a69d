/// `--target` checked against what exists: an address that names nothing in the
/// configuration or the state (a typo) used to plan nothing and exit 0. A target
/// may be a pattern, `*` and `?` matching within one part of the name
/// (`service/prod/*`, `task-definition/web-*`); it stands for every known
/// address it matches, and must match at least one.
public struct TargetResolver: Sendable {
    /// Every address in the configuration or the state, in order.
    public let known: [Address]

    public init(config: Config, world: World) {
        var all = Set<Address>()
        for c in config.clusters { all.insert(.cluster(c.spec.name)) }
        for t in config.taskDefinitions { all.insert(.taskDefinition(t.spec.family)) }
        for s in config.services { all.insert(.service(cluster: s.spec.cluster, name: s.spec.name)) }
        for c in world.clusters where c.status == "ACTIVE" { all.insert(.cluster(c.name)) }
        for t in world.taskDefinitions { all.insert(.taskDefinition(t.family)) }
        for s in world.services where s.status == "ACTIVE" { all.insert(.service(cluster: s.cluster, name: s.name)) }
        known = all.sorted()
    }

    /// The addresses the targets stand for, patterns expanded; throws naming
    /// every target that matches nothing, with the nearest known addresses.
    public func resolve(_ targets: [Address]) throws -> [Address] {
        var out: [Address] = []
        var misses: [UnmatchedTargets.Miss] = []
        for target in targets {
            let matches = Self.isPattern(target) ? known.filter { Self.matches(target, $0) } : known.filter { $0 == target }
            if matches.isEmpty {
                misses.append(.init(target: target.description, nearest: nearest(to: target)))
            }
            out += matches
        }
        if !misses.isEmpty { throw UnmatchedTargets(misses: misses) }
        var seen = Set<Address>()
        return out.filter { seen.insert($0).inserted }
    }

    public static func isPattern(_ a: Address) -> Bool { a.name.contains("*") || a.name.contains("?") }

    /// Part by part (`prod`, `web`), so `*` never spans a `/`.
    static func matches(_ pattern: Address, _ address: Address) -> Bool {
        guard pattern.kind == address.kind else { return false }
        let p = pattern.name.split(separator: "/", omittingEmptySubsequences: false)
        let a = address.name.split(separator: "/", omittingEmptySubsequences: false)
        return p.count == a.count && zip(p, a).allSatisfy { glob(Array($0), Array($1)) }
    }

    /// `*` any run of characters, `?` one character, anything else itself.
    static func glob(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var star: Int?, resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let s = star {
                p = s + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Known addresses of the same kind, closest first. For a pattern, the pattern
    /// with its literal parts corrected (`service/prd/*` → `service/prod/*`).
    func nearest(to target: Address) -> [String] {
        let parts = target.name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var scored: [String: Int] = [:]
        for address in known where address.kind == target.kind {
            let theirs = address.name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard theirs.count == parts.count else { continue }
            var distance = 0
            var corrected: [String] = []
            for (mine, other) in zip(parts, theirs) {
                if mine.contains("*") || mine.contains("?") {
                    corrected.append(mine)
                    continue
                }
                let d = editDistance(mine, other)
                if d > Swift.max(2, mine.count / 3) { distance = Int.max; break }
                distance += d
                corrected.append(other)
            }
            guard distance != Int.max else { continue }
            let suggestion = Address(kind: target.kind, name: corrected.joined(separator: "/")).description
            scored[suggestion] = Swift.min(scored[suggestion] ?? Int.max, distance)
        }
        scored[target.description] = nil
        let close = scored.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
        if !close.isEmpty || Self.isPattern(target) { return close }
        // `cluster/web` for the task definition `web` or a service `…/web`: the same name, another kind.
        let name = target.name.split(separator: "/").last.map(String.init) ?? target.name
        return known.filter { $0.kind != target.kind && ($0.name == name || $0.name.hasSuffix("/" + name)) }.map(\.description)
    }
}

/// Targets that match no address in the configuration or the state.
public struct UnmatchedTargets: Error, Sendable, CustomStringConvertible {
    public struct Miss: Sendable {
        /// As the user wrote it, a pattern or an address.
        public var target: String
        /// Known addresses (or corrected patterns) close to it, closest first.
        public var nearest: [String]
    }

    public var misses: [Miss]

    public var description: String {
        let hint = "\n  hint: `ecsplan state list` shows the addresses in the state"
        func suggestion(_ m: Miss) -> String { m.nearest.isEmpty ? "" : "did you mean \(m.nearest.joined(separator: ", "))?" }
        if misses.count == 1, let m = misses.first {
            return "--target \(m.target) matches no address in the configuration or the state" + (m.nearest.isEmpty ? "" : "; " + suggestion(m)) + hint
        }
        return "\(misses.count) targets match no address in the configuration or the state:"
            + misses.map { "\n  \($0.target)" + ($0.nearest.isEmpty ? "" : " (\(suggestion($0)))") }.joined() + hint
    }
}
