/// How ECS spreads a service's tasks over a capacity-provider strategy: the
/// item with a `base` gets that many tasks first, and the rest follow the
/// `weight`s (items of weight 0 get none beyond their base). Each new task goes
/// to the provider furthest below its share of the tasks running so far plus
/// this one, ties to the earlier item, so any number of tasks ends split as the
/// documentation's examples show (base 1 on FARGATE, then 1:2 with FARGATE_SPOT:
/// 7 tasks are 3 FARGATE and 4 FARGATE_SPOT).
public struct CapacityProviderSplit: Sendable {
    public let strategy: [ECS.CapacityProviderStrategyItem]

    public init(_ strategy: [ECS.CapacityProviderStrategyItem]) { self.strategy = strategy }

    /// The providers Fargate runs (no container instance needed).
    public static let fargateProviders: Set<String> = ["FARGATE", "FARGATE_SPOT"]

    /// The provider of each of `count` new tasks, given how many each provider runs now.
    public func next(_ count: Int, running: [String: Int]) -> [String] {
        guard !strategy.isEmpty else { return [] }
        var counts = running
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let provider = pick(counts)
            counts[provider, default: 0] += 1
            out.append(provider)
        }
        return out
    }

    /// The share each provider should have of `total` tasks.
    public func targets(total: Int) -> [String: Double] {
        var remaining = total
        var targets: [String: Double] = [:]
        for item in strategy {
            let base = min(max(item.base ?? 0, 0), remaining)
            targets[item.capacityProvider, default: 0] += Double(base)
            remaining -= base
        }
        let weights = strategy.reduce(0) { $0 + max($1.weight ?? 0, 0) }
        guard weights > 0 else { return targets }
        for item in strategy {
            targets[item.capacityProvider, default: 0] += Double(remaining) * Double(max(item.weight ?? 0, 0)) / Double(weights)
        }
        return targets
    }

    private func pick(_ counts: [String: Int]) -> String {
        let total = counts.values.reduce(0, +) + 1
        let targets = targets(total: total)
        var best = strategy[0].capacityProvider
        var bestDeficit = -Double.infinity
        for item in strategy {
            let deficit = (targets[item.capacityProvider] ?? 0) - Double(counts[item.capacityProvider] ?? 0)
            if deficit > bestDeficit + 1e-9 {
                best = item.capacityProvider
                bestDeficit = deficit
            }
        }
        return best
    }
}
