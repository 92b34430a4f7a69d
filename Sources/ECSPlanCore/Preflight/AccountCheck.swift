/// What looking up one `AccountObject` found.
public enum AccountCheck: Sendable, Hashable {
    case found
    /// It does not exist; the text says what exactly is missing ("no tag '2.0' in repository 'web'").
    case missing(String)
    /// It exists but ECS cannot use it; the text says why and what to do.
    case unusable(String)
    /// Not looked up; the text says why.
    case notChecked(String)
    /// The credentials may not look it up; the text is the service's message.
    case denied(String)
    /// The lookup failed otherwise (network, a service error); the text is the error.
    case failed(String)
}

/// Looks objects up in an account. Each backend has one: ECS's asks AWS, the
/// local simulator's says plainly that it has no account to look in.
public protocol AccountChecker: Sendable {
    /// One answer per object; every object given gets one.
    func check(_ objects: [AccountObject]) async -> [AccountObject: AccountCheck]
}
