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
        for file in files {
            config.files.append(file)
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(at: Mark(file: file, line: 1, column: 1), path: "", "cannot read file"))
                continue
            }
            let loaded: LoadedFile
            do {
                loaded = try YAMLLoader.load(data, file: file, limits: limits)
            } catch {
                diagnostics.append(Diagnostic(at: error.mark, path: "", error.message))
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
        case .sequence(let s): items = s.items
        case .scalar(let s) where s.isNull: items = []
        default:
            session.error(node.mark, FieldPath().key(section), "expected a list, got \(describe(node))")
            return
        }
        let nameKey = section == "taskDefinitions" ? "family" : "name"
        for (index, item) in items.enumerated() {
            var path = FieldPath().key(section)
            let name = item.mapping?[nameKey]?.scalar?.string
            path = name.map { path.label($0) } ?? path.index(index)
            let decoder = NodeDecoder(node: item, session: session, path: path)
            if let name, let mapping = item.mapping, let nameNode = mapping[nameKey] {
                if let first = seen[section, default: [:]][name] {
                    session.error(nameNode.mark, path.key(nameKey), "'\(name)' is defined twice; first definition at \(first)")
                    continue
                }
                seen[section, default: [:]][name] = nameNode.mark
            }
            do {
                switch section {
                case "clusters": config.clusters.append(Sourced(try decoder.decode(Cluster.self), node: item))
                case "taskDefinitions": config.taskDefinitions.append(Sourced(try decoder.decode(TaskDefinition.self), node: item))
                default: config.services.append(Sourced(try decoder.decode(Service.self), node: item))
                }
            } catch {
                // Already reported with its mark; the object is left out.
            }
        }
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
