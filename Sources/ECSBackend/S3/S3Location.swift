/// `s3://BUCKET/KEY`, as `--lock` takes it.
public struct S3Location: Sendable, Equatable, CustomStringConvertible {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    /// Parses `s3://BUCKET/KEY`; the error says what the text lacks.
    public init(parsing text: String) throws {
        let usage = "expected s3://BUCKET/KEY, e.g. s3://my-team-state/ecsplan/prod.lock"
        guard text.hasPrefix("s3://") else {
            throw AWSError.configuration("invalid lock location '\(text)': \(usage)")
        }
        let rest = text.dropFirst("s3://".count)
        guard let slash = rest.firstIndex(of: "/"), slash != rest.startIndex,
            rest.index(after: slash) != rest.endIndex
        else {
            throw AWSError.configuration("invalid lock location '\(text)': \(usage)")
        }
        bucket = String(rest[..<slash])
        key = String(rest[rest.index(after: slash)...])
    }

    public var description: String { "s3://\(bucket)/\(key)" }
}
