import Foundation
import Testing

/// Paths inside the repository, found from this file's location.
public enum Repo {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    public static var fixtures: String { path("Tests/Fixtures") }
}

/// Compares `actual` with a golden file. Run with `UPDATE_GOLDEN=1` to rewrite
/// the files after a deliberate change, then review the diff in git.
public func assertGolden(_ actual: String, _ relative: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = Repo.path("Tests/Fixtures/golden/" + relative)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("golden file \(relative) is missing; run with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var firstDiff = 0
        while firstDiff < min(a.count, e.count), a[firstDiff] == e[firstDiff] { firstDiff += 1 }
        let exp = firstDiff < e.count ? String(e[firstDiff]) : "<end>"
        let act = firstDiff < a.count ? String(a[firstDiff]) : "<end>"
        Issue.record("golden \(relative) differs at line \(firstDiff + 1):\n  expected: \(exp)\n  actual:   \(act)\n(UPDATE_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
    }
}

/// A fresh temporary directory, removed by the caller with `cleanup()`.
public struct TempDir: Sendable {
    public let path: String
    public init() {
        path = NSTemporaryDirectory() + "ecsplan-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    public func file(_ name: String) -> String { path + "/" + name }
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let p = file(name)
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }
    public func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}
