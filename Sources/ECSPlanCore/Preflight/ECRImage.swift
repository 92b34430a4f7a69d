/// An image in a private ECR registry, read from its URI
/// (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG][@sha256:…]`), so verify
/// can ask ECR whether it exists. Other registries are not ECR's to answer for.
public struct ECRImage: Hashable, Sendable, CustomStringConvertible {
    /// The registry's account id.
    public var registryId: String
    public var region: String
    public var repository: String
    /// Nil when the URI names a digest only.
    public var tag: String?
    public var digest: String?

    public init(
        registryId: String, region: String, repository: String, tag: String?, digest: String?
    ) {
        self.registryId = registryId
        self.region = region
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// The image of a private ECR URI, or nil for any other registry. An image
    /// with neither tag nor digest is `latest`, as Docker pulls it.
    public static func parse(_ uri: String) -> ECRImage? {
        guard let slash = uri.firstIndex(of: "/") else { return nil }
        let host = uri[..<slash].lowercased()
        var reference = String(uri[uri.index(after: slash)...])
        let labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn], or dual-stack ACCOUNT.dkr-ecr.REGION.on.aws.
        let standard =
            labels.count >= 6 && labels[1] == "dkr" && ["ecr", "ecr-fips"].contains(labels[2])
            && Array(labels[4...]).isAmazonAWSSuffix
        let dualStack =
            labels.count == 5 && labels[1] == "dkr-ecr" && labels[3] == "on" && labels[4] == "aws"
        guard standard || dualStack else { return nil }
        let account = labels[0]
        let region = dualStack ? labels[2] : labels[3]
        guard account.count == 12, account.allSatisfy(\.isASCII), account.allSatisfy(\.isNumber),
            !region.isEmpty
        else { return nil }
        var digest: String?
        if let at = reference.firstIndex(of: "@") {
            digest = String(reference[reference.index(after: at)...])
            reference = String(reference[..<at])
        }
        var tag: String?
        let lastSlash = reference.lastIndex(of: "/") ?? reference.startIndex
        if let colon = reference[lastSlash...].lastIndex(of: ":") {
            tag = String(reference[reference.index(after: colon)...])
            reference = String(reference[..<colon])
        }
        guard !reference.isEmpty, tag?.isEmpty != true, digest?.isEmpty != true else { return nil }
        if tag == nil && digest == nil { tag = "latest" }
        return ECRImage(
            registryId: account, region: region, repository: reference, tag: tag, digest: digest)
    }

    /// `repo:tag`, `repo@sha256:…` or `repo:tag@sha256:…`, as a message names it.
    public var description: String {
        repository + (tag.map { ":" + $0 } ?? "") + (digest.map { "@" + $0 } ?? "")
    }
}

extension Array where Element == String {
    fileprivate var isAmazonAWSSuffix: Bool {
        self == ["amazonaws", "com"] || self == ["amazonaws", "com", "cn"]
    }
}
