import ArgumentParser
import ECSPlanCore
import Foundation

/// Where the configuration comes from and how it is read.
struct ConfigOptions: ParsableArguments {
    @Argument(help: "Configuration files or directories (*.yaml, *.yml, searched recursively), or a pipe: <(sops -d prod.yaml). Default: the current directory, or ECSPLAN_PATHS.")
    var paths: [String] = []

    @Flag(name: .customLong("allow-missing-env"), help: "Leave ${VAR} without a default empty when VAR is unset, instead of failing. (ECSPLAN_ALLOW_MISSING_ENV)")
    var allowMissingEnv = false

    init() {}

    init(paths: [String], allowMissingEnv: Bool) {
        self.paths = paths
        self.allowMissingEnv = allowMissingEnv
    }

    mutating func validate() throws {
        if !allowMissingEnv { allowMissingEnv = try Env.bool("allow-missing-env") }
    }

    var resolvedPaths: [String] {
        if !paths.isEmpty { return paths }
        let fromEnv = Env.list("paths")
        return fromEnv.isEmpty ? ["."] : fromEnv
    }

    /// Loads and validates; prints diagnostics to stderr. Returns nil when there were errors.
    /// A path that holds no objects is an error unless `allowEmpty` (`--prune --allow-destroy-all`).
    func loadValidated(quietNotes: Bool = false, allowEmpty: Bool = false) -> Config? {
        let loader = ConfigLoader(allowMissingEnv: allowMissingEnv)
        let result = loader.load(paths: resolvedPaths)
        var diagnostics = result.diagnostics + Validator().validate(result.config)
        // Only when the files loaded: a file that failed to parse is reported already.
        if !allowEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += EmptyConfiguration.diagnostics(paths: resolvedPaths, config: result.config)
        }
        let sorted = diagnostics.sortedByPosition().filter { !(quietNotes && $0.severity == .note) }
        for d in sorted { Console.error(d.description) }
        let errors = sorted.filter { $0.severity == .error }.count
        if errors > 0 {
            Console.error("\(errors) error\(errors == 1 ? "" : "s") in \(result.config.files.count) file\(result.config.files.count == 1 ? "" : "s")")
            return nil
        }
        return result.config
    }
}
