import ECSPlanCore
import Foundation

/// The revisions this process registered, as they were written. A rollout's
/// first step places the tasks of every new revision, and decoded each one's
/// JSON again moments after writing it (1 000 decodes in a 1 000-service
/// roll). What is written reads back as the value written
/// (`SpecJSONWritingTests`), so the value is used instead, but only while the
/// state's row holds the very text written: a registration rolled back with
/// its step group leaves its ARN free for other content.
final class RegisteredRevisions: @unchecked Sendable {
    private let lock = NSLock()
    private var byArn: [String: (json: String, spec: TaskDefinition)] = [:]

    /// Far more than an apply registers; past it the memory starts over.
    static let limit = 20_000

    func remember(arn: String, json: String, spec: TaskDefinition) {
        lock.withLock {
            if byArn.count >= Self.limit { byArn.removeAll(keepingCapacity: true) }
            byArn[arn] = (json, spec)
        }
    }

    /// The value registered as `arn` if `json` is the text it was written as.
    func spec(arn: String, json: String) -> TaskDefinition? {
        lock.withLock {
            guard let entry = byArn[arn], entry.json == json else { return nil }
            return entry.spec
        }
    }
}
