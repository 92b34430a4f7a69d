import Foundation

/// `ecsplan validate FILE` as users run it, a whole process, against the
/// floor: `libyaml-floor`, a C program running libyaml's event loop over the
/// same file. Both are built beside this binary (`swift build -c release
/// --package-path Benchmarks --product ecsplan`, and `--product libyaml-floor`).
enum ValidateBench {
    static let measurer = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/measure_process.py").path

    /// The path of `product`, built beside this runner.
    static func sibling(_ product: String) throws -> String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let binary = here.appendingPathComponent(product).path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) is missing; build it first: swift build -c release --package-path Benchmarks --product \(product)")
        }
        return binary
    }

    static func run(bytes: Int, runs: Int, report: Report, tmp: String) throws {
        let ecsplan = try sibling("ecsplan"), floor = try sibling("libyaml-floor")
        let file = tmp + "/validate-\(bytes).yaml"
        try Generate.config(bytes: bytes).text.write(toFile: file, atomically: true, encoding: .utf8)
        let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? bytes
        let tiny = tmp + "/validate-idle.yaml"
        try "clusters:\n  - name: idle\n".write(toFile: tiny, atomically: true, encoding: .utf8)
        let idle = try process([ecsplan, "validate", tiny]).peakBytes

        // Alternated, so a burst of load on the machine hits both sides; one warm-up each.
        var floorTimes: [Double] = [], ecsplanTimes: [Double] = [], peaks: [Int] = []
        for round in 0...runs {
            let f = try process([floor, file])
            let e = try process([ecsplan, "validate", file])
            guard round > 0 else { continue }
            floorTimes.append(f.seconds)
            ecsplanTimes.append(e.seconds)
            peaks.append(e.peakBytes)
        }
        let label = mb(size)
        let floorMedian = median(floorTimes), ecsplanMedian = median(ecsplanTimes)
        let ratio = ecsplanMedian / floorMedian
        report.add("validate \(label), whole process vs C libyaml floor", ratio, "x", target: "≤ 3×", pass: ratio <= 3,
                   "ecsplan validate \(fmt(ecsplanMedian)), libyaml-floor \(fmt(floorMedian))")
        let peak = peaks.sorted()[peaks.count / 2]
        let rssRatio = Double(peak) / Double(size)
        report.add("validate \(label), whole process: peak RSS / input", rssRatio, "x", target: "≤ 4×", pass: rssRatio <= 4,
                   "\(mb(peak)) peak for \(label) of YAML; an idle ecsplan validate peaks at \(mb(idle))")
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// One run of `command` through measure_process.py: wall seconds and peak RSS.
    static func process(_ command: [String]) throws -> (seconds: Double, peakBytes: Int) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", measurer] + command
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard p.terminationStatus == 0, fields.count == 2, let seconds = Double(fields[0]),
              let kib = Int(fields[1].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("\(command.joined(separator: " ")) failed (see its error above)")
        }
        return (seconds, kib * 1024)
    }
}
