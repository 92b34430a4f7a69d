import Foundation

/// Where a shortened Markdown plan tells its reader to find the whole plan:
/// the saved plan file, and the CI run whose artifacts hold it.
enum FullPlanLocation {
    static func describe(out: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var run: String?
        if let server = environment["GITHUB_SERVER_URL"], let repo = environment["GITHUB_REPOSITORY"], let id = environment["GITHUB_RUN_ID"] {
            run = "\(server)/\(repo)/actions/runs/\(id)"
        } else if let job = environment["CI_JOB_URL"] {
            run = job
        }
        let file = out.map { "the saved plan `\(($0 as NSString).lastPathComponent)` (`ecsplan show \(($0 as NSString).lastPathComponent)`)" }
        switch (file, run) {
        case let (file?, run?): return "\(file), an artifact of \(run)"
        case let (file?, nil): return file
        case let (nil, run?): return "the log of \(run)"
        case (nil, nil): return nil
        }
    }
}
