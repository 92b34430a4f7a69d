/// "Did you mean" for words typed by a user: subcommands, variables, addresses.
public enum Suggestions {
    /// The closest candidate, within a distance that scales with the word's length.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        ECSPlanCore.nearest(to: word, in: candidates)
    }

    /// Up to `limit` candidates close to `word`, closest first (ties in the
    /// candidates' order); for lists of addresses, where the typo may be in
    /// any part and several names can be near.
    public static func ranked(_ word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let tolerance = Swift.max(2, word.count / 3)
        let scored = candidates.enumerated().map { (offset: $0.offset, candidate: $0.element, distance: editDistance(word, $0.element)) }
        return scored.filter { $0.distance <= tolerance }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .prefix(limit).map(\.candidate)
    }
}
