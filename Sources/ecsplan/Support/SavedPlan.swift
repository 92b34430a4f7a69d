import ECSPlanCore
import Foundation

/// Plan files on disk: written whole or not at all, and private (mode 0600, as
/// they keep the values masked everywhere else); read with errors in words.
enum SavedPlan {
    static func read(_ path: String) throws -> Plan {
        let data = try readFile(path, what: "the plan file")
        do {
            return try PlanFile.decode(data)
        } catch {
            throw CLIError("\(path): cannot use this plan file: \(error.problem)", hint: error.hint)
        }
    }

    static func write(_ plan: Plan, to path: String) throws {
        let data: Data
        do {
            data = try PlanFile.write(plan)
        } catch {
            throw CLIError("\(path): cannot encode the plan (\(error))")
        }
        try AtomicFile.write(data, to: path, what: "the plan file", mode: 0o600)
    }

    /// The whole file, or a `FileError` naming the path and the reason.
    static func readFile(_ path: String, what: String) throws -> Data {
        let action = "cannot read \(what)"
        let handle = try FileError.openForReading(path, action: action)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            throw FileError(errno: code.map(Int32.init) ?? EIO, path: path, action: action, writing: false)
        }
    }
}
