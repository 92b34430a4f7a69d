/// Why the credential chain gave no credentials. Messages name the source and
/// the file or variable involved, never a secret.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing in the chain applied; `tried` says what each source lacked, in order.
    case notFound(tried: [String])
    /// A source applied but failed (a bad profile, STS refused, a process failed).
    case source(String, message: String, hint: String? = nil)

    public var description: String {
        switch self {
        case .notFound(let tried):
            let lines = tried.enumerated().map { "  \($0.offset + 1). \($0.element)" }
            return "no AWS credentials found; tried, in order:\n" + lines.joined(separator: "\n")
                + "\n  hint: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_ROLE_ARN and "
                + "AWS_WEB_IDENTITY_TOKEN_FILE (CI with OIDC), or AWS_PROFILE"
        case .source(let source, let message, let hint):
            let text = "AWS credentials from \(source): \(message)"
            return hint.map { text + "\n  hint: \($0)" } ?? text
        }
    }
}
