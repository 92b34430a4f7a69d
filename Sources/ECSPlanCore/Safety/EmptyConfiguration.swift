/// A configuration path that holds no objects: an empty directory, a file of
/// comments, a path mistyped into the wrong folder. Planned with `--prune`, such
/// a configuration would delete everything ecsplan manages, so it is an error.
public enum EmptyConfiguration {
    /// A diagnostic for every path that holds none of `filesWithObjects`
    /// (`ConfigLoader.Result.filesWithObjects`): it contributed no cluster, task
    /// definition or service.
    public static func diagnostics(paths: [String], filesWithObjects files: Set<String>) -> [Diagnostic] {
        paths.filter { path in !files.contains { holds(path, $0) } }.map { path in
            Diagnostic(at: nil, path: "", "no configuration found in \(path): it defines no clusters, task definitions or services")
        }
    }

    /// Whether `file`, as the loader named it, is `path` or lies under it.
    static func holds(_ path: String, _ file: String) -> Bool {
        if file == path { return true }
        let directory = path.hasSuffix("/") ? path : path + "/"
        return file.hasPrefix(directory)
    }
}
