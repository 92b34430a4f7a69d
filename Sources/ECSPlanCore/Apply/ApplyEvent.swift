import Foundation

/// One thing that happened during apply. Printed as a line on a terminal or
/// in a log, or as one JSON object per line with `--json-events`.
public struct ApplyEvent: Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case started, step, stepDone = "step-done", progress, batch, serviceDone = "service-done", serviceFailed = "service-failed", finished, interrupted
    }
    public var kind: Kind
    public var address: String?
    public var message: String
    /// For progress: tasks on the target revision, desired count, target revision.
    public var running: Int?
    public var desired: Int?
    public var revision: String?

    public init(_ kind: Kind, _ address: String? = nil, _ message: String, running: Int? = nil, desired: Int? = nil, revision: String? = nil) {
        self.kind = kind
        self.address = address
        self.message = message
        self.running = running
        self.desired = desired
        self.revision = revision
    }

    public var jsonLine: String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: e.encode(self), as: UTF8.self)) ?? "{}"
    }
}

/// Why an apply did not finish.
public struct ApplyError: Error, Sendable, CustomStringConvertible {
    public var failures: [String]
    public var interrupted: Bool
    public init(failures: [String], interrupted: Bool = false) {
        self.failures = failures
        self.interrupted = interrupted
    }
    public var description: String {
        var lines = failures
        if interrupted { lines.append("apply was interrupted; the state is consistent: run `ecsplan apply` again to finish the remaining work") }
        return lines.joined(separator: "\n")
    }
}
