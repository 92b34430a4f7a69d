/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
enum EnvironmentCredentials {
    /// The keys, nil when neither is set; half a pair is an error rather than
    /// a silent fall-through to some other identity.
    static func read(_ context: CredentialContext) throws -> AWSCredentials? {
        let id = context.env("AWS_ACCESS_KEY_ID")
        let secret = context.env("AWS_SECRET_ACCESS_KEY")
        switch (id, secret) {
        case (nil, nil):
            return nil
        case (let id?, let secret?):
            return AWSCredentials(
                accessKeyId: id, secretAccessKey: secret,
                sessionToken: context.env("AWS_SESSION_TOKEN"), source: "environment")
        case (nil, _):
            throw CredentialError.source(
                "environment", message: "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
        case (_, nil):
            throw CredentialError.source(
                "environment", message: "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        }
    }
}
