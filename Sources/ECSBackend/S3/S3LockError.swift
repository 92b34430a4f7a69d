/// Why the team lock in S3 could not be taken or freed.
public enum S3LockError: Error, Sendable, CustomStringConvertible {
    /// Another run holds it. `holder` is nil when the object is not an ecsplan lock record.
    case held(S3Location, holder: S3LockRecord?, waited: Bool)
    /// `state unlock ID` named an id that is not the one holding the lock.
    case idMismatch(S3Location, requested: String, holder: S3LockRecord?)
    /// Waiting for the lock was interrupted (Ctrl-C).
    case interrupted(S3Location)

    public var description: String {
        switch self {
        case .held(let location, let holder, let waited):
            let who = holder.map { "\($0)" } ?? "an object that is not an ecsplan lock record"
            var text = "the state is locked in \(location) by \(who)"
            if waited { text += "; gave up waiting" }
            let id = holder?.id ?? "ID"
            return text
                + "\n  hint: wait for it to finish, pass --lock-timeout 5m to wait, or if that run "
                + "is gone, `ecsplan state unlock \(id) --lock \(location)`"
        case .idMismatch(let location, let requested, let holder):
            guard let holder else {
                return "\(location) is not locked (no lock \(requested) to remove)"
            }
            return "\(location) is locked by \(holder), not by \(requested); nothing was removed"
        case .interrupted(let location):
            return "interrupted while waiting for the lock in \(location)"
        }
    }
}
