import Foundation
import YAML

/// Reads configuration files and directories into one `Config`, collecting
/// every problem (syntax, types, unknown keys, duplicates) as diagnostics.
public struct ConfigLoader: Sendable {
    public var interpolator: Interpolator
    public var limits: LoadLimits

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, allowMissingEnv: Bool = false, limits: LoadLimits = LoadLimits()) {
        self.interpolator = Interpolator(environment: environment, allowMissing: allowMissingEnv)
        self.limits = limits
    }

    public struct Result: Sendable {
        public var config: Config
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    static let topLevelKeys = ["clusters", "taskDefinitions", "services"]

    /// Loads and decodes; does not run the semantic validation rules (see `Validator`).
    public func load(paths: [String]) -> Result {
        var diagnostics: [Diagnostic] = []
        let files = ConfigFiles.expand(paths, diagnostics: &diagnostics)
        var config = Config()
        let session = DecodeSession(interpolator: interpolator)
        var seen: [String: [String: Mark]] = [:]  // section → name → first definition
        // Files parse independently: all cores, results used in order.
        let limits = self.limits
        let parsed = Parallel.map(files, minimumChunk: 1) { file -> (LoadedFile?, Diagnostic?) in
            guard let data = FileManager.default.contents(atPath: file) else {
                return (nil, Diagnostic(at: Mark(file: file, line: 1, column: 1), path: "", "cannot read file"))
            }
            do throws(YAMLError) {
                return (try YAMLLoader.load(data, file: file, limits: limits), nil)
            } catch {
                return (nil, Diagnostic(at: error.mark, path: "", error.message))
            }
        }
        for (file, outcome) in zip(files, parsed) {
            config.files.append(file)
            guard let loaded = outcome.0 else {
                if let diagnostic = outcome.1 { diagnostics.append(diagnostic) }
                continue
            }
            for dup in loaded.duplicateKeys {
                diagnostics.append(Diagnostic(at: dup.mark, path: dup.key, "duplicate key (first defined at line \(dup.firstMark.line), column \(dup.firstMark.column))"))
            }
            for document in loaded.documents {
                decodeDocument(document, into: &config, session: session, seen: &seen)
            }
        }
        diagnostics += session.diagnostics
        config.decodeErrorPaths = session.valueErrorPaths
        return Result(config: config, diagnostics: diagnostics.sortedByPosition())
    }

    private func decodeDocument(_ document: Node, into config: inout Config, session: DecodeSession, seen: inout [String: [String: Mark]]) {
        switch document {
        case .scalar(let s) where s.isNull:
            return  // an empty document is fine
        case .mapping(let m):
            for pair in m.pairs {
                guard let key = pair.keyString else {
                    session.error(pair.key.mark, FieldPath(), "top-level keys must be strings")
                    continue
                }
                if key.hasPrefix("x-") { continue }
                guard ConfigLoader.topLevelKeys.contains(key) else {
                    var message = "unknown top-level key '\(key)' (expected clusters, taskDefinitions or services; keys starting with x- are ignored)"
                    if let s = nearest(to: key, in: ConfigLoader.topLevelKeys) { message = "unknown top-level key '\(key)'; did you mean '\(s)'?" }
                    session.error(pair.key.mark, FieldPath(), message)
                    continue
                }
                decodeSection(key, pair.value, into: &config, session: session, seen: &seen)
            }
        default:
            session.error(document.mark, FieldPath(), "a configuration document must be a mapping with clusters, taskDefinitions and services; got \(describe(document))")
        }
    }

    private func decodeSection(_ section: String, _ node: Node, into config: inout Config, session: DecodeSession, seen: inout [String: [String: Mark]]) {
        let items: [Node]
        switch node {
        case .sequence(let s): items = Array(s.items)
        case .scalar(let s) where s.isNull: items = []
        default:
            session.error(node.mark, FieldPath().key(section), "expected a list, got \(describe(node))")
            return
        }
        let nameKey = section == "taskDefinitions" ? "family" : "name"
        // Names and duplicates in order, on this thread; then the objects, which
        // are independent, decoded on all cores, each into its own session.
        var jobs: [(item: Node, path: FieldPath)] = []
        jobs.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            var path = FieldPath().key(section)
            let name = item.mapping?[nameKey]?.scalar?.string
            path = name.map { path.label($0) } ?? path.index(index)
            if let name, let mapping = item.mapping, let nameNode = mapping[nameKey] {
                if let first = seen[section, default: [:]][name] {
                    session.error(nameNode.mark, path.key(nameKey), "'\(name)' is defined twice; first definition at \(first)")
                    continue
                }
                seen[section, default: [:]][name] = nameNode.mark
            }
            jobs.append((item, path))
        }
        let interpolator = self.interpolator
        let decoded = Parallel.map(jobs, minimumChunk: 64) { job in DecodedObject(section: section, job.item, job.path, interpolator) }
        for (job, result) in zip(jobs, decoded) {
            session.diagnostics += result.diagnostics
            session.valueErrorPaths.formUnion(result.valueErrorPaths)
            switch result.spec {
            case .cluster(let c): config.clusters.append(Sourced(c, node: job.item))
            case .taskDefinition(let t): config.taskDefinitions.append(Sourced(t, node: job.item))
            case .service(let s): config.services.append(Sourced(s, node: job.item))
            case nil: break  // already reported with its mark; the object is left out
            }
        }
    }
}

/// One configuration object decoded on its own, with the problems it had.
private struct DecodedObject: Sendable {
    enum Spec: Sendable {
        case cluster(Cluster), taskDefinition(TaskDefinition), service(Service)
    }
    var spec: Spec?
    var diagnostics: [Diagnostic]
    var valueErrorPaths: Set<String>

    init(section: String, _ node: Node, _ path: FieldPath, _ interpolator: Interpolator) {
        let session = DecodeSession(interpolator: interpolator)
        let decoder = NodeDecoder(node: node, session: session, path: path)
        switch section {
        case "clusters": spec = (try? decoder.decode(Cluster.self)).map(Spec.cluster)
        case "taskDefinitions": spec = (try? decoder.decode(TaskDefinition.self)).map(Spec.taskDefinition)
        default: spec = (try? decoder.decode(Service.self)).map(Spec.service)
        }
        diagnostics = session.diagnostics
        valueErrorPaths = session.valueErrorPaths
    }
}

/// Expands paths: files as given, directories recursively (`*.yaml`, `*.yml`, sorted),
/// following symlinks once (loops are detected and reported).
enum ConfigFiles {
    static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var out: [String] = []
        var visited = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(at: nil, path: "", "\(path): no such file or directory"))
                continue
            }
            if isDir.boolValue {
                walk(path, into: &out, visited: &visited, depth: 0, diagnostics: &diagnostics)
            } else {
                out.append(path)
            }
        }
        return out
    }

    private static func walk(_ dir: String, into out: inout [String], visited: inout Set<String>, depth: Int, diagnostics: inout [Diagnostic]) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            diagnostics.append(Diagnostic(.warning, at: nil, path: "", "\(dir): directory already visited (symlink loop?); skipped"))
            return
        }
        guard depth < 64 else {
            diagnostics.append(Diagnostic(at: nil, path: "", "\(dir): directories nested deeper than 64 levels"))
            return
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            diagnostics.append(Diagnostic(at: nil, path: "", "\(dir): cannot list directory"))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let full = dir.hasSuffix("/") ? dir + entry : dir + "/" + entry
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(full, into: &out, visited: &visited, depth: depth + 1, diagnostics: &diagnostics)
            } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
                out.append(full)
            }
        }
    }
}
