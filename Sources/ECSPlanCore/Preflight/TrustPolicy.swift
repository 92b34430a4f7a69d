import Foundation

/// A role's trust policy (IAM's AssumeRolePolicyDocument), read far enough to
/// answer one question: may ECS tasks assume the role? IAM returns the document
/// URL-encoded; both forms are read.
public struct TrustPolicy {
    public static let ecsTasks = "ecs-tasks.amazonaws.com"

    private let statements: [[String: Any]]

    /// Nil when the text is not a JSON policy document.
    public init?(document: String) {
        let text =
            document.hasPrefix("%") ? (document.removingPercentEncoding ?? document) : document
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { return nil }
        switch object["Statement"] {
        case let list as [[String: Any]]: statements = list
        case let one as [String: Any]: statements = [one]
        default: return nil
        }
    }

    /// True when a statement allows `service` to call sts:AssumeRole and no
    /// statement denies it. Conditions are not evaluated: a conditional allow
    /// counts as an allow (ECS meets the usual aws:SourceAccount ones).
    public func allowsAssumeRole(by service: String = TrustPolicy.ecsTasks) -> Bool {
        let matching = statements.filter { Self.matches($0, service: service) }
        let denied = matching.contains { ($0["Effect"] as? String) == "Deny" }
        return !denied && matching.contains { ($0["Effect"] as? String) == "Allow" }
    }

    static func matches(_ statement: [String: Any], service: String) -> Bool {
        let actions = strings(statement["Action"]).map { $0.lowercased() }
        guard actions.contains(where: { ["sts:assumerole", "sts:*", "*"].contains($0) }) else {
            return false
        }
        switch statement["Principal"] {
        case let star as String: return star == "*"
        case let principal as [String: Any]: return strings(principal["Service"]).contains(service)
        default: return false
        }
    }

    /// A policy element that is one string or a list of them.
    static func strings(_ value: Any?) -> [String] {
        if let one = value as? String { return [one] }
        return (value as? [Any])?.compactMap { $0 as? String } ?? []
    }
}
