/// A plan is pure data: what would change, per address, and how tasks would
/// roll. Renderers only format it; the executor only carries it out.
public struct Plan: Codable, Sendable {
    /// 2: plans carry their desired specs and saved plans a checksum.
    public static let formatVersion = 2

    public var formatVersion: Int = Plan.formatVersion
    public var ecsplanVersion: String = ECSPlanVersion.current
    /// `local` or `ecs`.
    public var backend: String
    /// Where the plan applies: the region and, when the backend knows it, the
    /// account. A saved plan is refused by a backend in another place.
    public var region: String = ""
    public var account: String?
    public var lineage: String
    public var serial: Int
    /// Digest of the normalized desired configuration (secrets included, never shown).
    public var configDigest: String
    /// The paths the configuration was read from (for the record: applying reads `desired`).
    public var configPaths: [String]
    public var targets: [String]
    public var prune: Bool
    public var changes: [Change]
    public var rollouts: [Rollout]
    /// Problems that make the plan impossible to apply (e.g. an infeasible rollout).
    public var errors: [String]
    public var notes: [String]
    /// What was read, per address, to detect a stale plan field by field.
    public var fingerprints: [String: [String: String]]
    /// What apply makes of the objects it changes. Kept in saved plans, never
    /// shown: `--format json` and `show` leave it out.
    public var desired: DesiredSpecs?

    /// Counts per action, as the closing line shows them.
    public var summary = Summary()

    public var hasChanges: Bool { changes.contains { $0.action != .noop } || rollouts.contains { $0.tasksToReplace > 0 || $0.tasksToStart > 0 } }

    public func computeSummary() -> Summary {
        var s = Summary()
        for c in changes {
            switch c.action {
            case .create: s.create += 1
            case .update, .newRevision: s.update += 1
            case .replace: s.replace += 1
            case .delete: s.delete += 1
            case .noop: break
            }
        }
        s.tasksToReplace = rollouts.reduce(0) { $0 + $1.tasksToReplace }
        s.tasksToStart = rollouts.reduce(0) { $0 + $1.tasksToStart }
        return s
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var create = 0
        public var update = 0
        public var replace = 0
        public var delete = 0
        public var tasksToReplace = 0
        public var tasksToStart = 0
    }
}

public enum Action: String, Codable, Sendable, CaseIterable {
    case noop = "no-op"
    case create
    case update
    case newRevision = "new-revision"
    case replace
    case delete
}

public struct Change: Codable, Sendable {
    public var address: Address
    public var action: Action
    /// Why a replace is forced (`launchType cannot be changed in place`), or other one-line context.
    public var reason: String?
    public var fields: [FieldChange]
    /// For task definitions: the revision that would be registered or kept
    /// (`web:7`); for services: the revision move (`web:6 → web:7`).
    public var revisionFrom: String?
    public var revisionTo: String?
    /// Fields the config leaves to something else (`ignoreChanges`).
    public var ignored: [String]
    /// Older revisions this change deregisters (`keepRevisions`, prune).
    public var deregister: [String]
    /// Digest of the desired (unmasked) content, so `apply FILE` can check the
    /// configuration it re-reads is the one that was planned.
    public var desiredDigest: String?
    /// For services: the desiredCount apply sets (the live one when ignored).
    public var desiredCount: Int?
    /// For services moving to a new revision: the one-off tasks apply runs
    /// first (`runBefore`), in order; nil when there are none.
    public var runBefore: [RunBeforeStep]?

    public init(address: Address, action: Action, reason: String? = nil, fields: [FieldChange] = [], revisionFrom: String? = nil, revisionTo: String? = nil,
                ignored: [String] = [], deregister: [String] = [], desiredDigest: String? = nil) {
        self.address = address
        self.action = action
        self.reason = reason
        self.fields = fields
        self.revisionFrom = revisionFrom
        self.revisionTo = revisionTo
        self.ignored = ignored
        self.deregister = deregister
        self.desiredDigest = desiredDigest
    }

    public var hasDrift: Bool { fields.contains { $0.drift } }
}

public struct FieldChange: Codable, Sendable, Equatable {
    public var path: String
    /// nil when the field did not exist (added) or when masked.
    public var before: Value?
    public var after: Value?
    /// The value is secret-looking: never printed, only `(sensitive, changed)`.
    public var sensitive: Bool
    /// The live value was changed outside ecsplan; this change puts it back.
    public var drift: Bool

    public init(path: FieldPath, before: Value?, after: Value?, drift: Bool = false) {
        self.path = path.description
        sensitive = Sensitivity.isSensitive(path)
        self.before = sensitive ? nil : before.map { Sensitivity.mask($0, at: path) }
        self.after = sensitive ? nil : after.map { Sensitivity.mask($0, at: path) }
        self.drift = drift
        self.beforeExists = before != nil
        self.afterExists = after != nil
    }

    public var beforeExists: Bool
    public var afterExists: Bool

    public var kind: String { !beforeExists ? "add" : (!afterExists ? "remove" : "change") }
}

/// How one service's tasks move to the target revision.
public struct Rollout: Codable, Sendable {
    public var address: Address
    public var targetRevision: String
    public var desiredCount: Int
    /// Active tasks today, per revision (`web:6: 4 running`).
    public var current: [RevisionCount]
    public var tasksToReplace: Int
    public var tasksToStart: Int
    public var minimumHealthy: Int
    public var maximumTasks: Int
    /// Old-revision tasks stopped per batch, in order.
    public var batches: [Int]
    public var feasible: Bool
    public var problem: String?
    /// What ECS will do, step by step, under the service's deployment strategy,
    /// how long that is assumed to take and what it needs at its peak. nil in
    /// plans saved before ecsplan previewed strategies.
    public var preview: RolloutPreview?

    public struct RevisionCount: Codable, Sendable, Equatable {
        public var revision: String
        public var running: Int
        public var pending: Int
    }
}
