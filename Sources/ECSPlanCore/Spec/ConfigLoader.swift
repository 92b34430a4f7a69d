import Foundation
import YAML

/// Reads configuration files and directories into one `Config`, collecting
/// every problem (syntax, types, unknown keys, duplicates) as diagnostics.
public struct ConfigLoader: Sendable {
    public var interpolator: Interpolator
    public var limits: LoadLimits
    /// `validate` of a definition pasted alone: a service without name, cluster
    /// and task definition (ecspresso keeps them in its own config) is checked
    /// member by member and noted, not refused. Plans always need them.
    public var acceptsDefinitionsWithoutIdentity = false
    /// `validate`: each task definition and service is checked by this
    /// validator's own-object rules as it decodes, and only what the rules
    /// across objects need is kept (`Result.checked`); `Result.config` then
    /// holds no task definition or service, so a large configuration is never
    /// held whole. Pass the result to the same validator's `validate(_:checked:)`.
    public var checksObjects: Validator?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, allowMissingEnv: Bool = false, limits: LoadLimits = LoadLimits()) {
        self.interpolator = Interpolator(environment: environment, allowMissing: allowMissingEnv)
        self.limits = limits
    }

    public struct Result: Sendable {
        public var config: Config
        public var diagnostics: [Diagnostic]
        /// With `checksObjects`: the task definitions and services, checked.
        public var checked: CheckedObjects?
        public var hasErrors: Bool { diagnostics.hasErrors }

        /// "1 cluster, 2 task definitions, 3 services", whichever way they were kept.
        public var summary: String {
            guard let checked else { return config.summary }
            return Config.summary(clusters: config.clusters.count, taskDefinitions: checked.taskDefinitions.count, services: checked.services.count)
        }

        /// The files that hold at least one object.
        public var filesWithObjects: Set<String> {
            var files = Set(config.clusters.map(\.mark.file))
            if let checked {
                for t in checked.taskDefinitions { files.insert(t.mark.file) }
                for s in checked.services { files.insert(s.mark.file) }
            } else {
                for t in config.taskDefinitions { files.insert(t.mark.file) }
                for s in config.services { files.insert(s.mark.file) }
            }
            return files
        }
    }

    static let topLevelKeys = Section.allCases.map(\.key)

    /// Loads and decodes; does not run the semantic validation rules (see `Validator`).
    /// `progress` hears `(files loaded, files in all)` after each file, from any thread.
    public func load(paths: [String], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        let files = ConfigFiles.expand(paths, diagnostics: &diagnostics)
        var config = Config()
        var checked = CheckedObjects()  // stays empty unless `checksObjects`
        // Files parse and decode independently (all cores); results are used in order.
        let interpolator = self.interpolator, limits = self.limits, alone = acceptsDefinitionsWithoutIdentity
        let checking = checksObjects.map { ObjectChecking(validator: $0, sources: config.sources) }
        let loaded = FileCounter()
        let parsed = Parallel.map(files, minimumChunk: 1) { file in
            let result = ParsedFile(file, interpolator: interpolator, limits: limits, alone: alone, checking: checking)
            if let progress { progress(loaded.increment(), files.count) }
            return result
        }
        let session = DecodeSession(interpolator: interpolator)
        var seen: [Section: [String: Mark]] = [:]  // name → first definition
        for file in parsed {
            config.files.append(file.path)
            diagnostics += file.diagnostics
            config.decodeErrorPaths.formUnion(file.valueErrorPaths)
            if let kept = file.kept { config.sources.keep(kept) }
            add(file.objects, to: &config, checked: &checked, session: session, seen: &seen)
        }
        diagnostics += session.diagnostics
        config.decodeErrorPaths.formUnion(session.valueErrorPaths)
        return Result(config: config, diagnostics: diagnostics.sortedByPosition(), checked: checksObjects == nil ? nil : checked)
    }

    /// Adds one file's objects, but for those whose name an earlier object of
    /// their section already has (reported, and their own problems dropped).
    private func add(_ objects: FileObjects, to config: inout Config, checked: inout CheckedObjects, session: DecodeSession,
                     seen: inout [Section: [String: Mark]]) {
        var duplicates: [Section: Set<Int>] = [:]
        for entry in objects.entries {
            if let name = entry.name, let nameMark = entry.nameMark {
                // A service is one per cluster: `web` may run in prod and in staging.
                let identity = entry.cluster.map { $0 + "/" + name } ?? name
                if let first = seen[entry.section, default: [:]][identity] {
                    let what = entry.cluster.map { "'\(name)' in cluster '\($0)'" } ?? "'\(name)'"
                    session.error(nameMark, entry.path.key(entry.section.nameKey), "\(what) is defined twice; first definition at \(first)")
                    if entry.spec >= 0 { duplicates[entry.section, default: []].insert(Int(entry.spec)) }
                    continue
                }
                seen[entry.section, default: [:]][identity] = nameMark
            }
            if entry.problems >= 0 {
                let problems = objects.problems[Int(entry.problems)]
                config.decodeErrorPaths.formUnion(problems.valueErrorPaths)
                session.diagnostics += problems.diagnostics
            }
        }
        Self.append(objects.clusters, to: &config.clusters, except: duplicates[.clusters])
        Self.append(objects.taskDefinitions, to: &config.taskDefinitions, except: duplicates[.taskDefinitions])
        Self.append(objects.services, to: &config.services, except: duplicates[.services])
        Self.append(objects.checked.taskDefinitions, to: &checked.taskDefinitions, except: duplicates[.taskDefinitions])
        Self.append(objects.checked.services, to: &checked.services, except: duplicates[.services])
    }

    /// Appends without a copy in the usual case: one file, no duplicates.
    private static func append<T>(_ items: [T], to array: inout [T], except skipped: Set<Int>?) {
        if let skipped {
            array += items.enumerated().lazy.filter { !skipped.contains($0.offset) }.map(\.element)
        } else if array.isEmpty {
            array = items
        } else {
            array += items
        }
    }
}

/// The three lists of a configuration file.
enum Section: Sendable, Hashable, CaseIterable {
    case clusters, taskDefinitions, services

    init?(key: String) {
        guard let section = Section.allCases.first(where: { $0.key == key }) else { return nil }
        self = section
    }

    var key: String {
        switch self {
        case .clusters: return "clusters"
        case .taskDefinitions: return "taskDefinitions"
        case .services: return "services"
        }
    }

    /// The field that names an object of this section.
    var nameKey: String { self == .taskDefinitions ? "family" : "name" }
}

/// One file, parsed and decoded on its own. Items of the top-level lists are
/// decoded in batches while the file is parsed and their nodes dropped
/// (`ItemStream`), so a large file never exists as one document alongside
/// the specs decoded from it; the file's bytes are read in small chunks.
private struct ParsedFile: Sendable {
    var path: String
    var objects = FileObjects(checking: nil)
    /// Problems with the file itself: syntax, duplicate keys, top-level keys.
    var diagnostics: [Diagnostic] = []
    var valueErrorPaths: Set<String> = []
    /// A file that cannot be read a second time (a pipe, `<(sops -d …)`) is
    /// loaded whole and its nodes kept, for diagnostics' positions.
    var kept: LoadedFile?

    /// `alone`: see `ConfigLoader.acceptsDefinitionsWithoutIdentity`.
    let alone: Bool
    /// See `ConfigLoader.checksObjects`.
    let checking: ObjectChecking?

    init(_ path: String, interpolator: Interpolator, limits: LoadLimits, alone: Bool, checking: ObjectChecking?) {
        var info = stat()
        // A path that cannot be stat'ed gets its error from the streaming load.
        let regularFile = stat(path, &info) != 0 || info.st_mode & S_IFMT == S_IFREG
        if regularFile {
            self.init(streaming: path, interpolator: interpolator, limits: limits, alone: alone, checking: checking)
        } else {
            self.init(whole: path, interpolator: interpolator, limits: limits, alone: alone, checking: checking)
        }
    }

    /// Anything but a regular file: read once, whole, and its nodes kept.
    private init(whole path: String, interpolator: Interpolator, limits: LoadLimits, alone: Bool, checking: ObjectChecking?) {
        self.path = path
        self.alone = alone
        self.checking = checking
        do throws(YAMLError) {
            // Into memory first: a reader error (bad UTF-8) is placed by its byte
            // offset, and a pipe cannot be read back to count lines up to it.
            guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() else {
                throw YAMLError(.unreadable, at: Mark(file: path, line: 1, column: 1), "cannot read the file")
            }
            let loaded = try YAMLLoader.load(data, file: path, limits: limits)
            kept = loaded
            // Checked objects' diagnostics find fields' positions as they decode.
            checking?.sources.keep(loaded)
            decode(loaded, streamed: FileObjects(checking: checking), interpolator: interpolator, shared: SharedDecodes())
        } catch {
            diagnostics.append(Diagnostic(at: error.mark, path: "", error.message))
        }
    }

    /// A regular file: its lists' items are decoded as they stream.
    private init(streaming path: String, interpolator: Interpolator, limits: LoadLimits, alone: Bool, checking: ObjectChecking?) {
        self.path = path
        self.alone = alone
        self.checking = checking
        let shared = SharedDecodes()
        let decoder = BatchDecoder(interpolator: interpolator, shared: shared, checking: checking)
        let stream = ItemStream(sections: Set(ConfigLoader.topLevelKeys), keepsItems: true) { batch in
            guard let section = Section(key: batch.section) else { return }
            decoder.submit(batch.items, section: section, firstPosition: batch.firstPosition, owned: batch.owned)
        }
        let loaded: LoadedFile
        do throws(YAMLError) {
            loaded = try YAMLLoader.load(contentsOf: path, limits: limits, stream: stream)
        } catch {
            _ = decoder.finish()  // nothing decoded is kept, but no batch outlives the load
            diagnostics.append(Diagnostic(at: error.mark, path: "", error.message))
            return
        }
        decode(loaded, streamed: decoder.finish(), interpolator: interpolator, shared: shared)
    }

    /// Decodes what was not streamed (top-level keys, and lists that were not:
    /// anchored, tagged, not lists, or all of them when nothing streamed).
    private mutating func decode(_ loaded: LoadedFile, streamed: FileObjects, interpolator: Interpolator, shared: SharedDecodes) {
        var streamed = streamed
        for dup in loaded.duplicateKeys {
            diagnostics.append(Diagnostic(at: dup.mark, path: dup.key, "duplicate key (first defined at line \(dup.firstMark.line), column \(dup.firstMark.column))"))
        }
        let session = DecodeSession(interpolator: interpolator, shared: shared)
        let streamedCount = streamed.entries.count
        for document in loaded.documents { Self.decodeDocument(document, into: &streamed, session: session, alone: alone) }
        if streamed.entries.count > streamedCount { streamed.sortIntoDocumentOrder() }
        objects = streamed
        diagnostics += session.diagnostics
        valueErrorPaths = session.valueErrorPaths
    }

    private static func decodeDocument(_ document: Node, into objects: inout FileObjects, session: DecodeSession, alone: Bool) {
        switch document {
        case .scalar(let s) where s.isNull:
            return  // an empty document is fine
        case .mapping(let m):
            // Pasted API output or input (describe-task-definition,
            // create-service --cli-input-json, an ecspresso definition) is one object.
            if let section = pastedObjectSection(m) {
                objects.decode([document], section: section, firstPosition: 0, session.interpolator, session.shared, alone: alone)
                return
            }
            for pair in m.pairs {
                guard let key = pair.keyString else {
                    session.error(pair.key.mark, FieldPath(), "top-level keys must be strings")
                    continue
                }
                if key.hasPrefix("x-") { continue }
                if key == "failures" || key == "nextToken" {
                    session.note(pair.key.mark, FieldPath().key(key), "part of describe output; ignored")
                    continue
                }
                guard let section = Section(key: key) else {
                    var message = "unknown top-level key '\(key)' (expected clusters, taskDefinitions or services; keys starting with x- are ignored)"
                    if let s = nearest(to: key, in: ConfigLoader.topLevelKeys) { message = "unknown top-level key '\(key)'; did you mean '\(s)'?" }
                    session.error(pair.key.mark, FieldPath(), message)
                    continue
                }
                switch pair.value {
                case .sequence(let s): objects.decode(Array(s.items), section: section, firstPosition: 0, session.interpolator, session.shared)
                case .scalar(let s) where s.isNull: break
                default: session.error(pair.value.mark, FieldPath().key(key), "expected a list, got \(describe(pair.value))")
                }
            }
        default:
            session.error(document.mark, FieldPath(), "a configuration document must be a mapping with clusters, taskDefinitions and services; got \(describe(document))")
        }
    }

    /// The section of a document that is one object rather than a
    /// configuration: a task definition (`containerDefinitions`, or describe
    /// output's `taskDefinition: {…}`), a service (`serviceName`, or only
    /// CreateService's members, as ecspresso writes them) or a cluster
    /// (`clusterName`). Nil for a configuration with section lists.
    private static func pastedObjectSection(_ m: Node.Mapping) -> Section? {
        let keys = m.pairs.compactMap(\.keyString)
        if keys.contains(where: { Section(key: $0) != nil && $0 != "services" }) { return nil }
        if keys.contains("services") {
            // describe-services output is `{services: [...], failures: [...]}`: a section.
            return nil
        }
        if keys.contains("containerDefinitions") || m["taskDefinition"]?.mapping != nil { return .taskDefinitions }
        if keys.contains("serviceName") { return .services }
        if keys.contains("clusterName") { return .clusters }
        let serviceMembers = Set(ECS.CreateServiceRequest.CodingKeys.allCases.map(\.stringValue))
        let objectKeys = keys.filter { !$0.hasPrefix("x-") }
        if !objectKeys.isEmpty, objectKeys.allSatisfy({ serviceMembers.contains($0) || Service.readOnlyFields.contains($0) }) {
            return .services
        }
        return nil
    }
}

/// A file's decoded objects by section, and one entry per item in document
/// order: its name (duplicates are found across files) and its problems.
struct FileObjects: Sendable {
    var clusters: [Sourced<Cluster>] = []
    var taskDefinitions: [Sourced<TaskDefinition>] = []
    var services: [Sourced<Service>] = []
    /// With `checking`, task definitions and services go here instead.
    var checked = CheckedObjects()
    var entries: [Entry] = []
    let checking: ObjectChecking?

    init(checking: ObjectChecking?) { self.checking = checking }

    /// The problems objects had, for the few that had any (an empty array and
    /// set in each of 20 000 entries cost more than the rest of the entry).
    var problems: [(diagnostics: [Diagnostic], valueErrorPaths: Set<String>)] = []

    struct Entry: Sendable {
        var section: Section
        /// Position in its list, which names it in paths when it has no name.
        var position: Int32
        /// Index in its section's array; -1 when it did not decode.
        var spec: Int32 = -1
        /// Index in `problems`; -1 when it had none.
        var problems: Int32 = -1
        var name: String?
        var nameMark: Mark?
        var mark: Mark
        /// A service's cluster, as written: part of its identity.
        var cluster: String?

        var path: FieldPath {
            let list = FieldPath().key(section.key)
            return name.map { list.label($0) } ?? list.index(Int(position))
        }
    }

    /// Names in order, on this thread; then the objects, which are independent,
    /// decoded on all cores, each into its own session.
    mutating func decode(_ items: [Node], section: Section, firstPosition: Int, _ interpolator: Interpolator, _ shared: SharedDecodes?,
                         alone: Bool = false) {
        let jobs = items.enumerated().map { offset, item -> (item: Node, entry: Entry) in
            let nameNode = item.mapping?[section.nameKey]
            let name = nameNode?.scalar?.string
            let cluster = section == .services ? item.mapping?["cluster"]?.scalar?.string : nil
            return (item, Entry(section: section, position: Int32(clamping: firstPosition + offset), name: name,
                                nameMark: name == nil ? nil : nameNode?.mark, mark: item.mark, cluster: cluster))
        }
        let checking = self.checking
        let decoded = Parallel.map(jobs, minimumChunk: 16) { job in
            DecodedObject(section: section, job.item, job.entry, interpolator, shared, alone: alone, checking: checking)
        }
        for (job, result) in zip(jobs, decoded) {
            var entry = job.entry
            if !result.diagnostics.isEmpty || !result.valueErrorPaths.isEmpty {
                entry.problems = Int32(problems.count)
                problems.append((result.diagnostics, result.valueErrorPaths))
            }
            switch result.spec {
            case .cluster(let c): entry.spec = append(Sourced(c, mark: entry.mark), to: &clusters)
            case .taskDefinition(let t): entry.spec = append(Sourced(t, mark: entry.mark), to: &taskDefinitions)
            case .service(let s): entry.spec = append(Sourced(s, mark: entry.mark), to: &services)
            case .checkedTaskDefinition(let t): entry.spec = append(t, to: &checked.taskDefinitions)
            case .checkedService(let s): entry.spec = append(s, to: &checked.services)
            case nil: break  // already reported with its mark; the object is left out
            }
            entries.append(entry)
        }
    }

    private func append<T>(_ item: T, to array: inout [T]) -> Int32 {
        array.append(item)
        return Int32(array.count - 1)
    }

    /// Entries and objects back in document order, once lists that were not
    /// streamed have been decoded after those that were (names' "first
    /// definition" depends on the order).
    mutating func sortIntoDocumentOrder() {
        let sorted = entries.enumerated().sorted { a, b in
            let x = a.element.mark, y = b.element.mark
            return (x.line, x.column, a.offset) < (y.line, y.column, b.offset)
        }.map(\.element)
        var reordered = FileObjects(checking: checking)
        reordered.problems = problems
        for var entry in sorted {
            let spec = Int(entry.spec)
            if spec >= 0 {
                switch (entry.section, checking) {
                case (.clusters, _): entry.spec = reordered.append(clusters[spec], to: &reordered.clusters)
                case (.taskDefinitions, nil): entry.spec = reordered.append(taskDefinitions[spec], to: &reordered.taskDefinitions)
                case (.services, nil): entry.spec = reordered.append(services[spec], to: &reordered.services)
                case (.taskDefinitions, _?): entry.spec = reordered.append(checked.taskDefinitions[spec], to: &reordered.checked.taskDefinitions)
                case (.services, _?): entry.spec = reordered.append(checked.services[spec], to: &reordered.checked.services)
                }
            }
            reordered.entries.append(entry)
        }
        self = reordered
    }
}

/// `ConfigLoader.checksObjects`, with the sources its diagnostics find positions in.
struct ObjectChecking: Sendable {
    var validator: Validator
    var sources: SourceFiles
}

/// One configuration object decoded on its own, with the problems it had.
private struct DecodedObject: Sendable {
    enum Spec: Sendable {
        case cluster(Cluster), taskDefinition(TaskDefinition), service(Service)
        case checkedTaskDefinition(Sourced<TaskDefinitionFacts>), checkedService(Sourced<ServiceReferences>)
    }
    var spec: Spec?
    var diagnostics: [Diagnostic]
    var valueErrorPaths: Set<String>

    init(section: Section, _ node: Node, _ entry: FileObjects.Entry, _ interpolator: Interpolator, _ shared: SharedDecodes?, alone: Bool,
         checking: ObjectChecking?) {
        let session = DecodeSession(interpolator: interpolator, shared: shared)
        session.identityElsewhere = alone
        let decoder = NodeDecoder(node: node, session: session, path: entry.path)
        switch (section, checking) {
        case (.clusters, _): spec = (try? decoder.shape(Cluster.self)).map(Spec.cluster)
        case (.taskDefinitions, nil): spec = (try? decoder.shape(TaskDefinition.self)).map(Spec.taskDefinition)
        case (.services, nil): spec = (try? decoder.shape(Service.self)).map(Spec.service)
        case (.taskDefinitions, let c?):
            spec = (try? decoder.shape(TaskDefinition.self)).map { .checkedTaskDefinition(c.validator.check(taskDefinition: Sourced($0, mark: entry.mark), sources: c.sources)) }
        case (.services, let c?):
            spec = (try? decoder.shape(Service.self)).map { .checkedService(c.validator.check(service: Sourced($0, mark: entry.mark), sources: c.sources)) }
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

/// Files loaded so far, counted from the loading threads.
private final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() -> Int { lock.withLock { count += 1; return count } }
}
