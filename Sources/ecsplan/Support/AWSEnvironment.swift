import ArgumentParser
import Foundation

/// The AWS settings ecsplan reads from its flags, `ECSPLAN_*` and the `AWS_*`
/// variables, checked before they are used: a mistyped region or endpoint
/// would otherwise surface as a confusing network error, or not at all.
enum AWSEnvironment {
    /// Where a value came from, so an error names what the user has to fix.
    enum Source {
        case flag(String)
        case variable(String, flag: String?)

        func invalid(_ value: String, expected: String) -> any Error {
            switch self {
            case .flag(let name): return ValidationError("--\(name) \(value): expected \(expected)")
            case .variable(let name, let flag): return InvalidVariable(variable: name, value: value, flag: flag, expected: expected)
            }
        }
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The first non-empty value of the flag and then the variables, in order.
    static func first(flag: (name: String, value: String?), variables: [String]) -> (String, Source)? {
        if let v = flag.value, !v.isEmpty { return (v, .flag(flag.name)) }
        for name in variables {
            if let v = environment[name], !v.isEmpty { return (v, .variable(name, flag: name.hasPrefix("ECSPLAN_") ? flag.name : nil)) }
        }
        return nil
    }

    static let regionExpected = "an AWS region such as us-east-1 or eu-central-1"

    /// The region from --region, ECSPLAN_REGION, AWS_REGION or AWS_DEFAULT_REGION;
    /// nil leaves it to the profile (ecs backend) or the default (local backend).
    static func region(flag: String?) throws -> String? {
        guard let (value, source) = first(flag: ("region", flag), variables: ["ECSPLAN_REGION", "AWS_REGION", "AWS_DEFAULT_REGION"]) else { return nil }
        guard isRegion(value) else { throw source.invalid(value, expected: regionExpected) }
        return value
    }

    /// `us-east-1`, `us-gov-west-1`, `cn-northwest-1`: letters, dash-separated words, a number.
    static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let number = parts.last, !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) else { return false }
        return parts.dropLast().allSatisfy { word in !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    static let endpointExpected = "an http:// or https:// URL with a host, such as https://ecs.us-east-1.amazonaws.com"

    /// The endpoint from --endpoint-url or ECSPLAN_ENDPOINT_URL, and with the
    /// ecs backend from AWS_ENDPOINT_URL_ECS or AWS_ENDPOINT_URL as well.
    static func endpoint(flag: String?, readingAWS: Bool) throws -> String? {
        let variables = ["ECSPLAN_ENDPOINT_URL"] + (readingAWS ? ["AWS_ENDPOINT_URL_ECS", "AWS_ENDPOINT_URL"] : [])
        guard let (value, source) = first(flag: ("endpoint-url", flag), variables: variables) else { return nil }
        guard isEndpoint(value) else { throw source.invalid(value, expected: endpointExpected) }
        return value
    }

    static func isEndpoint(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    /// AWS_RETRY_MODE, as the AWS SDKs and CLI read it.
    enum RetryMode: String, CaseIterable {
        case legacy, standard, adaptive
    }

    static func retryMode() throws -> RetryMode? {
        guard let raw = environment["AWS_RETRY_MODE"], !raw.isEmpty else { return nil }
        guard let mode = RetryMode(rawValue: raw.lowercased()) else {
            throw InvalidVariable(variable: "AWS_RETRY_MODE", value: raw, flag: nil, expected: "one of legacy, standard, adaptive")
        }
        return mode
    }

    /// AWS_MAX_ATTEMPTS: every attempt counts, the first included, as in the SDKs.
    static func maxAttempts() throws -> Int? {
        guard let raw = environment["AWS_MAX_ATTEMPTS"], !raw.isEmpty else { return nil }
        guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), n >= 1 else {
            throw InvalidVariable(variable: "AWS_MAX_ATTEMPTS", value: raw, flag: nil, expected: "a whole number of attempts, 1 or more")
        }
        return n
    }
}
