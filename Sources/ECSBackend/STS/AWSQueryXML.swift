import Foundation

/// Reads the few leaf elements ecsplan needs from AWS Query (STS) and S3 XML
/// responses. Their documents are flat enough that the first element of a name
/// is the one meant; entities are decoded, nothing else is interpreted.
enum AWSQueryXML {
    /// The text of the first `<name>…</name>` in `data`.
    static func text(_ name: String, in data: Data) -> String? {
        let xml = String(decoding: data, as: UTF8.self)
        guard let open = xml.range(of: "<\(name)>"),
            let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex)
        else { return nil }
        return decodeEntities(String(xml[open.upperBound..<close.lowerBound]))
    }

    /// The error code and message of an `<Error>` document (STS wraps it in
    /// `<ErrorResponse>`, S3 does not), or nil when there is none.
    static func error(in data: Data) -> (code: String, message: String)? {
        guard let code = text("Code", in: data) else { return nil }
        return (code, text("Message", in: data) ?? "")
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `application/x-www-form-urlencoded` as the Query protocol wants it.
    static func formBody(_ parameters: [(String, String)]) -> Data {
        let pairs = parameters.map {
            SigV4Signer.uriEncode($0.0, keepSlash: false) + "="
                + SigV4Signer.uriEncode($0.1, keepSlash: false)
        }
        return Data(pairs.joined(separator: "&").utf8)
    }
}
