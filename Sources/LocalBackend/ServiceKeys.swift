import ECSPlanCore

/// Services handed to one statement at once: a JSON array of `[cluster, name]`
/// pairs bound as one argument, read back as rows by `rows`. A step or a watch
/// round names a thousand services; a statement per service cost more than
/// the work.
enum ServiceKeys {
    static func json(_ names: some Sequence<ServiceName>) -> String {
        var rows = JSONRows()
        for name in names { rows.append(name.cluster, name.name) }
        return rows.text
    }

    /// The bound pairs as (cluster, name) rows: `(cluster, service) IN (\(rows))`.
    static let rows = "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"
}
