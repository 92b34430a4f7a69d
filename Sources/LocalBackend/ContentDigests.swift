import ECSPlanCore
import GRDB

/// The digest of each revision's normalized content, kept beside it so that a
/// plan takes it instead of normalizing an unchanged family again (see
/// `World.revisionDigests`). Stored as `VERSION:HEX`; the version is
/// `Normalizer.contentDigestVersion`, and a digest of another version is never
/// handed to the planner.
enum ContentDigests {
    static var prefix: String { "\(Normalizer.contentDigestVersion):" }

    /// The column value for a revision registered with `spec`.
    static func stored(_ spec: TaskDefinition) -> String { stored(digest: Normalizer.contentDigest(spec)) }

    /// The column value for a digest of this version's normalization.
    static func stored(digest: String) -> String { prefix + digest }

    /// The digest in a column value, when it is of this version.
    static func digest(_ stored: String?) -> String? {
        guard let stored, stored.hasPrefix(prefix) else { return nil }
        return String(stored.dropFirst(prefix.count))
    }

    /// Migration v10: the column; `refresh` fills it.
    static let migrate: @Sendable (Database) throws -> Void = { db in
        try db.execute(sql: "ALTER TABLE task_definitions ADD COLUMN content_digest TEXT")
    }

    /// Computes every revision's digest again when the state's were made by
    /// another normalization (or by a version that kept none): after an
    /// upgrade, once. The serial does not move: the revisions are the same.
    static func refresh(_ db: Database) throws {
        let version = String(Normalizer.contentDigestVersion)
        let current = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'content_digest_version'")
        guard current != version else { return }
        let rows = try Row.fetchAll(db, sql: "SELECT arn, spec FROM task_definitions")
        let digests = try Parallel.map(rows.map { ($0[0] as String, $0[1] as String) }) { arn, spec in
            (arn, stored(try TaskDefinition.decode(jsonText: spec)))
        }
        let update = try db.makeStatement(sql: "UPDATE task_definitions SET content_digest = ? WHERE arn = ?")
        for (arn, digest) in digests { try update.execute(arguments: [digest, arn]) }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('content_digest_version', ?)",
                       arguments: [version])
    }
}
