/// Diagnostics as GitHub Actions workflow commands
/// (`::error file=app.yaml,line=14,col=9,title=…::message`), which the runner
/// turns into annotations on the pull request's files.
public enum GitHubAnnotations {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedByPosition().map(line).joined()
    }

    static func line(_ d: Diagnostic) -> String {
        let command: String
        switch d.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [String] = []
        if let mark = d.mark {
            properties += ["file=" + property(mark.file), "line=\(mark.line)", "col=\(mark.column)"]
        }
        properties.append("title=" + property(d.path.isEmpty ? "ecsplan" : "ecsplan: " + d.path))
        return "::\(command) \(properties.joined(separator: ","))::\(data(d.message))\n"
    }

    /// The escaping the runner undoes in a command's message.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape their separators.
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
