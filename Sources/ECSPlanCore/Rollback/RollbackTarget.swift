/// Which revision `ecsplan rollback` returns a service to. Pure: the service,
/// its deployment history and the world's revisions in, one revision out.
public enum RollbackTarget {
    /// `requested` (a revision number, `family:N` or an ARN) when given; else the
    /// revision of the newest deployment that succeeded on a revision other than
    /// the one the service runs now.
    public static func choose(service: ServiceState, history: [ServiceDeploymentRecord], requested: String?,
                              world: World.Index) throws(RollbackRefused) -> Choice {
        let address = Address.service(cluster: service.cluster, name: service.name)
        let current = world.revisionsByArn[service.taskDefinitionArn]
        let currentName = current?.name ?? service.taskDefinitionArn
        let revision: TaskDefinitionRevision
        let why: String
        if let requested {
            revision = try resolve(requested, current: current, world: world, address: address)
            why = "rollback, as asked with --to \(requested)"
        } else {
            guard let previous = history.first(where: { $0.succeeded && $0.taskDefinitionArn != service.taskDefinitionArn }) else {
                let seen = history.isEmpty ? "no deployment of it is recorded" : "none of its \(history.count) recorded deployments succeeded on another revision"
                throw RollbackRefused("\(address) runs \(currentName), and \(seen)",
                                      hint: "name the revision to go back to with --to REV (e.g. --to \(current.map { "\($0.family):\(max(1, $0.revision - 1))" } ?? "web:3"))")
            }
            guard let found = world.revisionsByArn[previous.taskDefinitionArn] else {
                throw RollbackRefused("\(address) last succeeded on \(previous.taskDefinitionArn), which no longer exists",
                                      hint: "name a revision that exists with --to REV")
            }
            revision = found
            why = "rollback to what its previous successful deployment ran" + (previous.finishedAt.map { " (finished \($0))" } ?? "")
        }
        guard revision.arn != service.taskDefinitionArn else {
            throw RollbackRefused("\(address) already runs \(revision.name)", hint: "nothing to roll back; `ecsplan status \(address)` shows its deployments")
        }
        guard revision.status == "ACTIVE" else {
            throw RollbackRefused("\(revision.name) is \(revision.status): ECS does not point a service at a deregistered revision",
                                  hint: "register its content again (apply a configuration with it), or name an ACTIVE revision with --to")
        }
        return Choice(from: currentName, to: revision, why: why)
    }

    public struct Choice: Sendable {
        public var from: String
        public var to: TaskDefinitionRevision
        /// Why this revision, as the plan words it.
        public var why: String
    }

    /// `7`, `web:7` or a task-definition ARN; a bare number is in the family the service runs.
    static func resolve(_ text: String, current: TaskDefinitionRevision?, world: World.Index, address: Address) throws(RollbackRefused) -> TaskDefinitionRevision {
        if text.hasPrefix("arn:") {
            guard let r = world.revisionsByArn[text] else { throw RollbackRefused("--to \(text): no such task-definition revision", hint: nil) }
            return r
        }
        let family: String
        let number: Int?
        if let n = Int(text) {
            guard let current else {
                throw RollbackRefused("--to \(text): \(address) runs a revision ecsplan cannot read, so a bare number names no family",
                                      hint: "name it as FAMILY:REV")
            }
            family = current.family
            number = n
        } else {
            let ref = TaskDefinitionRef(text)
            family = ref.family
            number = ref.revision
        }
        guard let number, number > 0 else {
            throw RollbackRefused("--to \(text): expected a revision number, FAMILY:REV or an ARN", hint: nil)
        }
        guard let r = world.revision(family: family, number: number) else {
            let known = (world.revisionsByFamily[family] ?? []).suffix(5).map(\.name)
            throw RollbackRefused("--to \(text): task definition \(family):\(number) does not exist",
                                  hint: known.isEmpty ? "the family \(family) has no revisions" : "its newest revisions: " + known.joined(separator: ", "))
        }
        return r
    }
}

/// Why a rollback cannot be planned, and what to do instead.
public struct RollbackRefused: Error, Sendable {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String?) {
        self.message = message
        self.hint = hint
    }
}
