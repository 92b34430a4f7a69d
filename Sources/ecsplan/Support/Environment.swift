import Foundation

/// `ECSPLAN_<FLAG>` lookups, so every flag can be set by a pipeline.
enum Env {
    static func string(_ flag: String) -> String? {
        let key = "ECSPLAN_" + flag.uppercased().replacingOccurrences(of: "-", with: "_")
        guard let v = ProcessInfo.processInfo.environment[key], !v.isEmpty else { return nil }
        return v
    }

    static func bool(_ flag: String) -> Bool {
        guard let v = string(flag)?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(v)
    }

    static func list(_ flag: String) -> [String] {
        guard let v = string(flag) else { return [] }
        return v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Writes to standard error without buffering surprises.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String, newline: Bool = true) {
        let line = !newline || text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
}
