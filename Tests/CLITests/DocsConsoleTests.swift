import Foundation
import Testing
import TestSupport

/// Every ```` ```console ```` block in README.md and docs/ is run against the
/// built binary and its output compared with the document, so the docs cannot
/// drift from what ecsplan does. The rules for writing expected output (`[..]`,
/// `...`, what is normalized) are in Tests/TestSupport/ConsoleBlock.swift.
///
/// Each document runs in a sandbox of its own (a temporary directory holding a
/// copy of examples/, `ecsplan` first on PATH, HOME inside it): its blocks in
/// order, in one shell, so a later block sees the state and the directory an
/// earlier one left, as a reader following along would.
@Suite struct DocsConsoleTests {
    static var documents: [String] {
        var found = ["README.md"]
        let docs = Repo.path("docs")
        for case let path as String in FileManager.default.enumerator(atPath: docs)?.allObjects ?? [] where path.hasSuffix(".md") {
            found.append("docs/" + path)
        }
        return found.sorted()
    }

    @Test func theDocumentsHaveConsoleBlocks() throws {
        let blocks = try Self.documents.flatMap { try ConsoleBlock.parse(String(contentsOfFile: Repo.path($0), encoding: .utf8), file: $0) }
        #expect(blocks.count >= 5, "console blocks: \(blocks.map { "\($0.file):\($0.line)" })")
        for block in blocks {
            #expect(!block.commands.isEmpty, "\(block.file):\(block.line): a console block with no `$ ` command")
        }
    }

    /// The comparison itself: wildcards match what they say and nothing more.
    @Test func expectedOutputMatchesOnlyWhatItDescribes() {
        let actual = ConsoleOutput.normalize("Plan: 1 to create\nservice/demo/web: 4/4 tasks on web:1, done in 3 s\nApply complete.\n")
        #expect(actual[1] == "service/demo/web: 4/4 tasks on web:1, done in <duration>")
        #expect(ConsoleOutput.matches(expected: ["Plan: 1 to create", "...", "Apply complete."], actual: actual))
        #expect(ConsoleOutput.matches(expected: ["Plan: [..] to create", "service/demo/web: 4/4 tasks on web:1, done in 12 s", "Apply complete."]
                                        .flatMap { ConsoleOutput.normalize($0) }, actual: actual))
        #expect(!ConsoleOutput.matches(expected: ["Plan: 1 to create", "Apply complete."], actual: actual))
        #expect(!ConsoleOutput.matches(expected: ["Plan: [..] to delete", "..."], actual: actual))
        #expect(!ConsoleOutput.matches(expected: ["...", "Plan: 1 to create"], actual: actual))
        let block = ConsoleBlock.parse("<!-- console-setup: ecsplan apply x -->\n```console\n$ ecsplan plan\nNo changes.\n```\n", file: "x.md")
        #expect(block.first?.setup == ["ecsplan apply x"])
        #expect(block.first?.commands.first?.expected == ["No changes."])
    }

    @Test(arguments: documents) func consoleBlocksPrintWhatTheySay(_ document: String) throws {
        let blocks = ConsoleBlock.parse(try String(contentsOfFile: Repo.path(document), encoding: .utf8), file: document)
        guard !blocks.isEmpty else { return }
        let sandbox = TempDir()
        defer { sandbox.cleanup() }
        try FileManager.default.copyItem(atPath: Repo.path("examples"), toPath: sandbox.file("examples"))
        try FileManager.default.createDirectory(atPath: sandbox.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.file("bin/ecsplan"), withDestinationPath: CLI.binary)

        // One shell for the whole document; a marker line before each command's output.
        let marker = "@@docs-console-output@@"
        var script = "cd '\(sandbox.path)'\n"
        var commands: [ConsoleBlock.Command] = []
        for block in blocks {
            for setup in block.setup { script += "{\n\(setup)\n} >/dev/null 2>&1 || echo '\(marker) setup failed: \(setup)'\n" }
            for command in block.commands {
                script += "echo '\(marker)'\n{\n\(command.text)\n} 2>&1\n"
                commands.append(command)
            }
        }
        let path = sandbox.file("bin") + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try CLI.run(["-c", script], cwd: sandbox.path, env: ["PATH": path, "HOME": sandbox.path, "COLUMNS": "100"], executable: "/bin/sh")
        #expect(!r.stdout.contains("\(marker) setup failed"), "\(document): \(r.stdout)")

        let outputs = r.stdout.components(separatedBy: marker + "\n").dropFirst()
        #expect(outputs.count == commands.count, "\(document): \(r.stdout)\(r.stderr)")
        for (command, output) in zip(commands, outputs) {
            let actual = ConsoleOutput.normalize(output, sandbox: sandbox.path)
            let expected = ConsoleOutput.normalize(command.expected.joined(separator: "\n"))
            #expect(ConsoleOutput.matches(expected: expected, actual: actual), """
                \(document):\(command.line): `$ \(command.text)` printed:
                \(actual.joined(separator: "\n"))
                but the document says:
                \(expected.joined(separator: "\n"))
                """)
        }
    }
}
