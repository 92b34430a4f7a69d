import Foundation

/// Something the client asks for credentials before each request. Static keys
/// answer at once; temporary ones come through `RefreshingCredentialProvider`,
/// so a long apply keeps signing with keys that have not expired.
public protocol CredentialProvider: Sendable {
    func credentials() async throws -> AWSCredentials
}

extension AWSCredentials: CredentialProvider {
    public func credentials() async throws -> AWSCredentials { self }
}
