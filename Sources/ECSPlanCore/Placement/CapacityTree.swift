/// A segment tree over some instances (kept in registration order) holding
/// each subtree's most and least free CPU and memory. A placement search skips
/// a whole subtree when none of it can take the task (its most free CPU or
/// memory is short) or none of it can beat the best instance found so far (its
/// least free CPU or memory already ranks worse), so finding the instance a
/// strategy prefers costs about log M, not M.
struct CapacityTree: Sendable {
    /// Leaves: a power of two at least the number of instances.
    let size: Int
    private(set) var maxCPU: [Int]
    private(set) var maxMemory: [Int]
    private(set) var minCPU: [Int]
    private(set) var minMemory: [Int]

    /// `cpu[k]` and `memory[k]`: what the k-th instance has free.
    init(cpu: [Int], memory: [Int]) {
        var size = 1
        while size < cpu.count { size *= 2 }
        self.size = size
        // Padding leaves can take nothing and rank after everything.
        maxCPU = Array(repeating: Int.min, count: 2 * size)
        maxMemory = Array(repeating: Int.min, count: 2 * size)
        minCPU = Array(repeating: Int.max, count: 2 * size)
        minMemory = Array(repeating: Int.max, count: 2 * size)
        for k in cpu.indices {
            maxCPU[size + k] = cpu[k]
            minCPU[size + k] = cpu[k]
            maxMemory[size + k] = memory[k]
            minMemory[size + k] = memory[k]
        }
        var node = size - 1
        while node >= 1 {
            pull(node)
            node -= 1
        }
    }

    /// The k-th instance now has `cpu` and `memory` free.
    mutating func update(_ k: Int, cpu: Int, memory: Int) {
        var node = size + k
        maxCPU[node] = cpu
        minCPU[node] = cpu
        maxMemory[node] = memory
        minMemory[node] = memory
        node /= 2
        while node >= 1 {
            pull(node)
            node /= 2
        }
    }

    private mutating func pull(_ node: Int) {
        let l = 2 * node, r = 2 * node + 1
        maxCPU[node] = Swift.max(maxCPU[l], maxCPU[r])
        maxMemory[node] = Swift.max(maxMemory[l], maxMemory[r])
        minCPU[node] = Swift.min(minCPU[l], minCPU[r])
        minMemory[node] = Swift.min(minMemory[l], minMemory[r])
    }

    /// The first leaf position under `node`.
    func firstLeaf(_ node: Int) -> Int {
        var n = node
        while n < size { n *= 2 }
        return n - size
    }
}
