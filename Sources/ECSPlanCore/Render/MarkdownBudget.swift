/// Lines of a Markdown document kept under a size limit, in UTF-8 bytes
/// (each line counts its newline). Room can be reserved up front for what
/// must close the document, so that what comes before cannot crowd it out.
struct MarkdownBudget {
    let limit: Int
    private(set) var lines: [String] = []
    private var used = 0
    private var reserved = 0
    private(set) var full = false

    init(limit: Int) { self.limit = limit }

    static func size(_ lines: [String]) -> Int { lines.reduce(0) { $0 + $1.utf8.count + 1 } }

    /// Bytes still free, ignoring the reservation.
    var room: Int { max(0, limit - used) }

    /// Adds `more` whatever it costs: the head, and what the reservation was for.
    mutating func force(_ more: [String]) {
        lines += more
        used += Self.size(more)
    }

    /// Adds `more` if it fits beside the reservation; false (and nothing added) if not.
    mutating func add(_ more: [String]) -> Bool {
        let cost = Self.size(more)
        guard used + cost + reserved <= limit else { return false }
        lines += more
        used += cost
        return true
    }

    /// Adds blocks in order until one does not fit; returns how many were added.
    /// Once a block has not fitted, later calls add nothing: what follows a
    /// gap would read as if nothing were missing.
    mutating func fill<S: Sequence>(_ blocks: S) -> Int where S.Element == [String] {
        var added = 0
        for block in blocks {
            guard !full, add(block) else {
                full = true
                break
            }
            added += 1
        }
        return added
    }

    mutating func reserve(_ bytes: Int) { reserved = bytes }
    mutating func release() { reserved = 0 }

    var text: String { lines.joined(separator: "\n") }
}
