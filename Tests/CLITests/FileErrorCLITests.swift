import Foundation
import Testing
import TestSupport

/// Failures of the file system in words: the path, the problem and what to do,
/// never a Foundation or SQLite dump, and never a partial file.
@Suite struct FileErrorCLITests {
    static let config = """
        clusters: [{name: c}]
        taskDefinitions: [{family: app, containerDefinitions: [{name: app, image: "app:${TAG:-1}", memory: 128}]}]
        services: [{name: app, cluster: c, taskDefinition: app, desiredCount: 1}]

        """

    static func project() -> TempDir {
        let dir = TempDir()
        dir.write("c.yaml", config)
        return dir
    }

    static func expectWords(_ r: CLIResult, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("SQLite error"), "\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func outIntoAMissingDirectoryNamesItBeforeAnyWork() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        let r = try CLI.run(["plan", "c.yaml", "--out", "missing-dir/p.json", "--state", dir.file("state.db")], cwd: dir.path)
        Self.expectWords(r, "ecsplan: missing-dir/p.json: cannot write the plan file: the directory missing-dir does not exist\n"
                            + "  hint: create it (mkdir -p missing-dir) or choose another path\n")
        #expect(r.stdout.isEmpty, "no plan is made that cannot be saved")
    }

    @Test func aPlanPathThatIsADirectoryIsRefusedForWritingAndReading() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        try FileManager.default.createDirectory(atPath: dir.file("plans"), withIntermediateDirectories: true)
        var r = try CLI.run(["plan", "c.yaml", "--out", "plans", "--state", dir.file("state.db")], cwd: dir.path)
        Self.expectWords(r, "ecsplan: plans: cannot write the plan file: it is a directory\n  hint: name a file, such as plans/plan.json\n")
        r = try CLI.run(["apply", "--plan", "plans", "--state", dir.file("state.db")], cwd: dir.path)
        Self.expectWords(r, "ecsplan: plans: cannot read the plan file: it is a directory\n")
        r = try CLI.run(["show", "nowhere.json"], cwd: dir.path)
        Self.expectWords(r, "ecsplan: nowhere.json: cannot read the plan file: no such file\n")
    }

    /// An error from Foundation (here creating `import --out`'s directory) is worded too.
    @Test func aFoundationFileErrorIsWorded() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "c.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["import", "--out", "c.yaml/imported", "--state", "state.db"], cwd: dir.path)
        Self.expectWords(r, "ecsplan: c.yaml/imported: cannot write the file: a part of the path is not a directory\n  hint: check the path\n")
    }

    /// `chmod` means nothing to root: as root, the binary runs as nobody.
    static let unprivileged: String? = getuid() != 0 ? "" :
        (FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") ? "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups" : nil)

    @Test(.enabled(if: unprivileged != nil, "permissions do not apply to root, and setpriv is missing"))
    func readOnlyFilesAndDirectoriesAreNamed() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        dir.write("plan.json", "old")
        chmod(dir.file("plan.json"), 0o444)
        try FileManager.default.createDirectory(atPath: dir.file("locked"), withIntermediateDirectories: true)
        chmod(dir.file("locked"), 0o555)
        chmod(dir.path, 0o777)
        let r = try Shell.run("""
            $AS "$BIN" plan c.yaml --out plan.json --state s.db >/dev/null
            $AS "$BIN" plan c.yaml --out locked/p.json --state s.db >/dev/null
            $AS "$BIN" apply c.yaml --auto-approve --state locked/s.db >/dev/null
            """, cwd: dir.path, env: ["AS": Self.unprivileged ?? ""])
        #expect(r.stderr == """
            ecsplan: plan.json: cannot write the plan file: the file is read-only
              hint: make it writable (chmod u+w plan.json) or choose another path
            ecsplan: locked/p.json: cannot write the plan file: permission denied
              hint: make locked writable for this user, or choose another path
            ecsplan: locked/s.db: cannot open the state file: permission denied
              hint: check that locked exists and this user may read and write it and the file, or point --state elsewhere

            """)
        #expect(try String(contentsOfFile: dir.file("plan.json"), encoding: .utf8) == "old")
    }

    /// Another program holding the state file open for writing (SQLite waits 10 s for it).
    @Test func aStateFileLockedByAnotherProgramIsNamed() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        var r = try CLI.run(["apply", "c.yaml", "--auto-approve", "--state", "state.db"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        let hold = """
            import sqlite3, sys, time
            c = sqlite3.connect("state.db", isolation_level=None)
            c.execute("BEGIN EXCLUSIVE"); c.execute("UPDATE meta SET value = value")
            print("held", flush=True); time.sleep(15)
            """
        r = try Shell.run("""
            python3 -c '\(hold)' > held & P=$!
            while [ ! -s held ]; do sleep 0.1; done
            "$BIN" apply c.yaml --auto-approve --state state.db; echo "exit $?" >&2
            kill $P
            """, cwd: dir.path, env: ["TAG": "2"])
        #expect(r.stderr.contains("ecsplan: state.db: the state file is locked by another program\n"), "\(r.stderr)")
        #expect(r.stderr.contains("exit 1"))
    }

    // MARK: A small file system of its own (tmpfs in a private mount namespace)

    /// Runs `script` with a small tmpfs (16 KiB) at $FS, where the test can fill the disk
    /// or make it read-only. Needs root and unshare; elsewhere the test is skipped.
    static let canMount: Bool = (try? Shell.run(
        "d=$(mktemp -d) && unshare -m sh -c \"mount -t tmpfs -o size=16k tmpfs $d\"; r=$?; rmdir \"$d\"; exit $r", cwd: "/tmp").status) == 0

    static func inSmallFileSystem(_ dir: TempDir, _ script: String, env: [String: String] = [:], size: String = "16k") throws -> CLIResult {
        try FileManager.default.createDirectory(atPath: dir.file("fs"), withIntermediateDirectories: true)
        return try Shell.run("unshare -m sh -c 'mount -t tmpfs -o size=\(size) tmpfs \"$FS\" && \(script)'", cwd: dir.path,
                             env: env.merging(["FS": dir.file("fs")]) { $1 })
    }

    @Test(.enabled(if: canMount, "needs unshare and tmpfs (root)"))
    func aFullDiskLeavesTheOldPlanFileWholeAndNoTemporaryFile() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        let r = try Self.inSmallFileSystem(dir, """
            echo old > "$FS/plan.json"; dd if=/dev/zero of="$FS/filler" bs=4096 count=3 2>/dev/null
            "$BIN" plan c.yaml --out "$FS/plan.json" --state state.db >/dev/null; echo "exit $?" >&2
            cat "$FS/plan.json" >&2; ls -a "$FS" >&2
            """.replacingOccurrences(of: "'", with: "'\\''"))
        #expect(r.stderr.contains("/fs/plan.json: cannot write the plan file: no space left on the device\n  hint: free some space and run again; nothing was written"),
                "\(r.stderr)")
        #expect(r.stderr.contains("exit 1\nold\n"), "the old plan is whole: \(r.stderr)")
        #expect(!r.stderr.contains(".tmp"), "no temporary file is left: \(r.stderr)")
    }

    @Test(.enabled(if: canMount, "needs unshare and tmpfs (root)"))
    func aFullDiskDuringApplyLosesNothingAndTheNextApplyFinishes() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        let r = try Self.inSmallFileSystem(dir, """
            "$BIN" apply c.yaml --auto-approve --state "$FS/state.db" >/dev/null; echo "created $?" >&2
            dd if=/dev/zero of="$FS/filler" bs=4096 2>/dev/null
            TAG=2 "$BIN" apply c.yaml --auto-approve --state "$FS/state.db" >/dev/null; echo "full $?" >&2
            rm "$FS/filler"
            TAG=2 "$BIN" apply c.yaml --auto-approve --state "$FS/state.db" >/dev/null; echo "again $?" >&2
            TAG=2 "$BIN" plan c.yaml --detailed-exitcode --state "$FS/state.db" >/dev/null; echo "replan $?" >&2
            """.replacingOccurrences(of: "'", with: "'\\''"), size: "1m")
        #expect(r.stderr.hasPrefix("created 0\n"), "\(r.stderr)")
        #expect(r.stderr.contains("state.db: no space left on the device while writing the state\n"), "\(r.stderr)")
        #expect(r.stderr.contains("full 1\n"))
        #expect(r.stderr.contains("again 0\n") && r.stderr.contains("replan 0\n"), "the state is consistent and the work resumes: \(r.stderr)")
    }

    @Test(.enabled(if: canMount, "needs unshare and tmpfs (root)"))
    func aReadOnlyFileSystemIsNamed() throws {
        let dir = Self.project()
        defer { dir.cleanup() }
        let r = try Self.inSmallFileSystem(dir, """
            "$BIN" apply c.yaml --auto-approve --state "$FS/state.db" >/dev/null && mount -o remount,ro "$FS"
            "$BIN" plan c.yaml --out "$FS/p.json" --state "$FS/state.db" >/dev/null
            TAG=2 "$BIN" apply c.yaml --auto-approve --state "$FS/state.db" >/dev/null
            """.replacingOccurrences(of: "'", with: "'\\''"), size: "1m")
        #expect(r.stderr.contains("/fs/p.json: cannot write the plan file: the file system is read-only\n"), "\(r.stderr)")
        #expect(r.stderr.contains("state.db: the state file cannot be written") || r.stderr.contains("state.db: cannot open the state file"), "\(r.stderr)")
        #expect(!r.stderr.contains("SQLite error") && !r.stderr.contains("NSCocoaErrorDomain"))
    }
}

/// `/bin/sh -c SCRIPT` with `$BIN` set to the built binary.
enum Shell {
    static func run(_ script: String, cwd: String, env: [String: String] = [:]) throws -> CLIResult {
        try CLI.run(["-c", script], cwd: cwd, env: env.merging(["BIN": CLI.binary]) { $1 }, executable: "/bin/sh")
    }
}
