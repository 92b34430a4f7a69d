import Foundation

/// Writes to standard error without buffering surprises.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func warning(_ text: String) {
        error("ecsplan: warning: " + text)
    }

    static func out(_ text: String, newline: Bool = true) {
        let line = !newline || text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// The terminal's width (for lines rewritten in place, which must not wrap); 80 when unknown.
    static var columns: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
