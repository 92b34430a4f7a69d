import ArgumentParser
import ECSPlanCore
import Foundation

/// Where the configuration comes from and how it is read.
struct ConfigOptions: ParsableArguments {
    @Argument(help: "Configuration files or directories (*.yaml, *.yml, searched recursively), or a pipe: <(sops -d prod.yaml). Default: the current directory, or ECSPLAN_PATHS.")
    var paths: [String] = []

    @Flag(name: .customLong("allow-missing-env"), help: "Leave ${VAR} without a default empty when VAR is unset, instead of failing. (ECSPLAN_ALLOW_MISSING_ENV)")
    var allowMissingEnv = false

    @Flag(name: .customLong("quiet"), help: """
        Print no progress: no live rollout line on a terminal, no rollout lines in a log, no loading line. (ECSPLAN_QUIET)
        """)
    var quiet = false

    init() {}

    init(paths: [String], allowMissingEnv: Bool) {
        self.paths = paths
        self.allowMissingEnv = allowMissingEnv
    }

    mutating func validate() throws {
        if !allowMissingEnv { allowMissingEnv = try Env.bool("allow-missing-env") }
        if !quiet { quiet = try Env.bool("quiet") }
    }

    var resolvedPaths: [String] {
        if !paths.isEmpty { return paths }
        let fromEnv = Env.list("paths")
        return fromEnv.isEmpty ? ["."] : fromEnv
    }

    /// Loads and validates, and returns every diagnostic in position order, printing nothing.
    /// A path that holds no objects is an error unless `allowEmpty` (`--prune --allow-destroy-all`).
    /// `definitionsAlone` (validate): a service definition pasted without its
    /// identity is checked and noted rather than refused.
    func loadDiagnosed(allowEmpty: Bool = false, definitionsAlone: Bool = false) -> (Config, [Diagnostic]) {
        let (result, diagnostics) = diagnose(checkingOnly: false, allowEmpty: allowEmpty, definitionsAlone: definitionsAlone)
        return (result.config, diagnostics)
    }

    /// `validate`: the same rules, each task definition and service checked as
    /// it loads and not kept (see `ConfigLoader.checksObjects`).
    func checkDiagnosed() -> (ConfigLoader.Result, [Diagnostic]) {
        diagnose(checkingOnly: true, allowEmpty: false, definitionsAlone: true)
    }

    private func diagnose(checkingOnly: Bool, allowEmpty: Bool, definitionsAlone: Bool) -> (ConfigLoader.Result, [Diagnostic]) {
        let validator = Validator(referencesMayBeElsewhere: definitionsAlone)
        var loader = ConfigLoader(allowMissingEnv: allowMissingEnv)
        loader.acceptsDefinitionsWithoutIdentity = definitionsAlone
        if checkingOnly { loader.checksObjects = validator }
        // A loading line only for a person watching a terminal.
        let line: LoadProgressPrinter? = quiet || !Console.stderrIsTTY ? nil : LoadProgressPrinter()
        var progress: (@Sendable (Int, Int) -> Void)?
        if let line { progress = { done, total in line.update(done: done, total: total) } }
        let result = loader.load(paths: resolvedPaths, progress: progress)
        line?.finish()
        var diagnostics = result.diagnostics + validator.validate(result.config, checked: result.checked)
        // Only when the files loaded: a file that failed to parse is reported already.
        let checkedAlone = definitionsAlone && diagnostics.contains { $0.severity == .note && $0.message.hasPrefix(Service.definitionAloneNote) }
        if !allowEmpty && !checkedAlone && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += EmptyConfiguration.diagnostics(paths: resolvedPaths, filesWithObjects: result.filesWithObjects)
        }
        return (result, diagnostics.sortedByPosition())
    }

    /// Loads and validates; prints diagnostics as `ErrorOutput.current` says. Returns nil when there were errors.
    func loadValidated(quietNotes: Bool = false, allowEmpty: Bool = false, definitionsAlone: Bool = false) -> Config? {
        let (config, diagnostics) = loadDiagnosed(allowEmpty: allowEmpty, definitionsAlone: definitionsAlone)
        return report(diagnostics.filter { !(quietNotes && $0.severity == .note) }, files: config.files.count) ? config : nil
    }

    /// Prints sorted diagnostics as `ErrorOutput.current` says; false when there were errors.
    func report(_ sorted: [Diagnostic], files: Int) -> Bool {
        let output = ErrorOutput.current
        if sorted.hasErrors {
            output.report(sorted, files: files)
            return false
        }
        // A valid configuration's warnings stay text on stderr even in JSON mode: stdout carries the result.
        var quiet = output
        quiet.json = false
        quiet.report(sorted, files: files)
        return true
    }
}
