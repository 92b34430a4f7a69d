/// Levenshtein distance, for "did you mean" suggestions on unknown keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased().utf8)
    let y = Array(b.lowercased().utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[y.count]
}

/// The closest candidate within a distance that scales with the word's length.
func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = Swift.max(2, word.count / 3)
    var best: (String, Int)?
    let lower = word.lowercased()
    for c in candidates where lower.count >= 4 && c.lowercased().hasPrefix(lower) {
        return c  // a truncated key (`deploymentConfig`) is a clear match
    }
    for c in candidates {
        let d = editDistance(word, c)
        if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
}
