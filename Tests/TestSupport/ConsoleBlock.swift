import Foundation

/// A ```` ```console ```` block of a Markdown document: `$ command` lines, each
/// followed by the output it prints. `DocsConsoleTests` runs every one.
///
/// How expected output is written, so that the docs stay readable and true:
/// - `[..]` in a line matches any text within that line;
/// - a line `...` matches any number of lines (none included);
/// - on both sides, before comparing, `ConsoleOutput.normalize` replaces what
///   changes from run to run: durations (`35 s`, `2 min 05 s`, `3m12s`, `1.5s`)
///   become `<duration>`, UUIDs `<uuid>`, a state's `serial 7` `serial <n>`,
///   and the sandbox's path `<sandbox>`;
///   trailing spaces are dropped.
/// An HTML comment right before the block, `<!-- console-setup: COMMAND -->`
/// (one or more), runs COMMAND first without showing it or its output: the
/// state a standalone example assumes.
public struct ConsoleBlock: Sendable {
    public struct Command: Sendable {
        public var text: String
        /// 1-based line of the `$ ` line in the document.
        public var line: Int
        public var expected: [String]
    }

    public var file: String
    public var line: Int
    public var setup: [String]
    public var commands: [Command]

    /// Every console block of a Markdown document, in order.
    public static func parse(_ markdown: String, file: String) -> [ConsoleBlock] {
        let lines = markdown.components(separatedBy: "\n")
        var blocks: [ConsoleBlock] = []
        var setup: [String] = []
        var i = 0
        while i < lines.count {
            let trimmed = lines[i].trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- console-setup:"), trimmed.hasSuffix("-->") {
                setup.append(String(trimmed.dropFirst("<!-- console-setup:".count).dropLast(3)).trimmingCharacters(in: .whitespaces))
                i += 1
                continue
            }
            guard trimmed == "```console" else {
                if !trimmed.isEmpty { setup = [] }
                i += 1
                continue
            }
            let indent = lines[i].prefix { $0 == " " }.count
            var block = ConsoleBlock(file: file, line: i + 1, setup: setup, commands: [])
            setup = []
            i += 1
            while i < lines.count, lines[i].trimmingCharacters(in: .whitespaces) != "```" {
                let text = String(lines[i].dropFirst(min(indent, lines[i].prefix { $0 == " " }.count)))
                if text.hasPrefix("$ ") {
                    block.commands.append(Command(text: String(text.dropFirst(2)), line: i + 1, expected: []))
                } else if !block.commands.isEmpty {
                    block.commands[block.commands.count - 1].expected.append(text)
                }
                i += 1
            }
            blocks.append(block)
            i += 1
        }
        return blocks
    }
}

/// Comparing a command's output with what a document says it prints.
public enum ConsoleOutput {
    static let volatile: [(NSRegularExpression, String)] = [
        (#"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"#, "<uuid>"),
        (#"\bserial \d+\b"#, "serial <n>"),
        (#"\b\d+ h \d+ min\b|\b\d+ min \d+ s\b|\b\d+(\.\d+)? ?(ms|s)\b|\b\d+m\d+s\b"#, "<duration>"),
    ].compactMap { pattern, replacement in (try? NSRegularExpression(pattern: pattern)).map { ($0, replacement) } }

    /// `text` with what changes from run to run replaced (see `ConsoleBlock`).
    public static func normalize(_ text: String, sandbox: String? = nil) -> [String] {
        var t = text
        if let sandbox, !sandbox.isEmpty { t = t.replacingOccurrences(of: sandbox, with: "<sandbox>") }
        for (regex, replacement) in volatile {
            t = regex.stringByReplacingMatches(in: t, range: NSRange(t.startIndex..., in: t), withTemplate: replacement)
        }
        var lines = t.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether `actual` is what `expected` describes, `[..]` and `...` included.
    public static func matches(expected: [String], actual: [String]) -> Bool {
        let patterns = expected.map { $0 == "..." ? nil : linePattern($0) }
        // memo[i][j]: expected from i matches actual from j.
        var memo = [[Bool?]](repeating: [Bool?](repeating: nil, count: actual.count + 1), count: patterns.count + 1)
        func match(_ i: Int, _ j: Int) -> Bool {
            if let known = memo[i][j] { return known }
            let result: Bool
            if i == patterns.count {
                result = j == actual.count
            } else if let pattern = patterns[i] {
                result = j < actual.count && pattern(actual[j]) && match(i + 1, j + 1)
            } else {
                result = match(i + 1, j) || (j < actual.count && match(i, j + 1))
            }
            memo[i][j] = result
            return result
        }
        return match(0, 0)
    }

    static func linePattern(_ line: String) -> (String) -> Bool {
        guard line.contains("[..]") else { return { $0 == line } }
        let body = line.components(separatedBy: "[..]").map(NSRegularExpression.escapedPattern(for:)).joined(separator: ".*")
        guard let regex = try? NSRegularExpression(pattern: "^" + body + "$") else { return { $0 == line } }
        return { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
    }
}
