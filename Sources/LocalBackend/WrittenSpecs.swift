import ECSPlanCore
import Foundation

/// Specs this process wrote to the state, with the text they were written as.
/// A rollout's steps and its watch read back, moments later, the revisions and
/// services the same apply just wrote, and decoded each one's JSON again (in a
/// 1 000-service roll, 1 000 revisions to place and 3 000 service reads). What
/// is written reads back as the value written (`SpecJSONWritingTests`), so the
/// value is used instead, but only while the row holds the very text written:
/// a write rolled back with its step group, or a later write by anyone else,
/// leaves other text there, and that text is decoded.
final class WrittenSpecs<Key: Hashable & Sendable, Spec: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var byKey: [Key: (json: String, spec: Spec)] = [:]

    /// Far more than an apply writes; past it the memory starts over.
    static var limit: Int { 20_000 }

    func remember(_ key: Key, json: String, spec: Spec) {
        lock.withLock {
            if byKey.count >= Self.limit { byKey.removeAll(keepingCapacity: true) }
            byKey[key] = (json, spec)
        }
    }

    /// The value written under `key` if `json` is the text it was written as.
    func spec(_ key: Key, json: String) -> Spec? {
        lock.withLock {
            guard let entry = byKey[key], entry.json == json else { return nil }
            return entry.spec
        }
    }
}

/// Task-definition revisions this process registered, by ARN.
typealias RegisteredRevisions = WrittenSpecs<String, TaskDefinition>

/// Service specs this process wrote (CreateService, UpdateService).
typealias WrittenServices = WrittenSpecs<ServiceName, Service>
