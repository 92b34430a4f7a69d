import Foundation

/// Runs `python3` (test-only helpers: boto3 scripts, the schema checker) from the repository root.
public enum Python {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Standard output of `python3 ARGS…`; a non-zero exit throws with its standard error.
    public static func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        p.currentDirectoryURL = Repo.root
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let (data, errData) = readToEnd(out, err)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Failure(description: "python3 \(args.first ?? "") failed: \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
