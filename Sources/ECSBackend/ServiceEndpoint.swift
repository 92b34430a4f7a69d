import Foundation

/// Endpoint overrides as the SDKs read them: `AWS_ENDPOINT_URL_<SERVICE>`
/// first, then `AWS_ENDPOINT_URL` for every service.
public enum ServiceEndpoint {
    /// The override for `service` (its SDK id: `ECS`, `STS`, `S3`, `SSO`), if any.
    public static func configured(service: String, environment env: [String: String]) -> String? {
        let key =
            "AWS_ENDPOINT_URL_" + service.uppercased().replacingOccurrences(of: " ", with: "_")
        for name in [key, "AWS_ENDPOINT_URL"] {
            if let value = env[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// An `http(s)://host[:port]` URL, or an error naming the text.
    public static func parse(_ text: String) throws -> URL {
        guard let url = URL(string: text), url.scheme == "https" || url.scheme == "http",
            url.host != nil
        else {
            throw AWSError.configuration(
                "invalid endpoint URL '\(text)': expected https://host[:port]")
        }
        return url
    }
}
