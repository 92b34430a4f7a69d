import CYAMLBench
import ECSPlanCore
import Foundation
import YAML
import Yams

/// The same fields as ecsplan's config, decoded by Yams' Codable decoder.
struct YamsConfig: Decodable {
    var clusters: [Cluster]?
    var taskDefinitions: [TaskDefinition]?
    var services: [Service]?
}

enum YAMLBench {
    /// (a) The floor: libyaml's event parser, counting events, nothing kept.
    static func bareEventCount(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return -1 }
        defer { yaml_parser_delete(&parser) }
        var count = 0
        bytes.withUnsafeBufferPointer { buf in
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { break }
            }
        }
        return count
    }

    /// (b') Nodes as configuration files are loaded: the items of the top-level
    /// lists streamed in batches to a sink (here one that counts them).
    static func streamedItemCount(_ bytes: [UInt8], file: String) throws -> Int {
        var items = 0
        let stream = ItemStream(sections: ["clusters", "taskDefinitions", "services"]) { batch in items += batch.items.count }
        _ = try YAMLLoader.load(bytes, file: file, stream: stream)
        return items
    }

    static func run(sizes: [Int], runs: Int, report: Report, tmp: String) throws {
        for size in sizes {
            let (text, services) = Generate.config(bytes: size)
            let bytes = Array(text.utf8)
            let file = tmp + "/config-\(size).yaml"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let label = mb(bytes.count)
            // Alternated, and repeated to about 8 MB a sample (a 1 MB load is ~20 ms).
            let (a, b) = try measurePair(runs: runs, repeats: max(1, (8 << 20) / bytes.count),
                                         { _ = bareEventCount(bytes) }, { _ = try YAMLLoader.load(bytes, file: file) })
            let (a2, streamed) = try measurePair(runs: runs, repeats: max(1, (8 << 20) / bytes.count),
                                                 { _ = bareEventCount(bytes) }, { _ = try streamedItemCount(bytes, file: file) })
            var checked = 0
            let c = measure(runs: runs) {
                let r = ConfigLoader(environment: [:]).load(paths: [file])
                checked = r.config.services.count + (Validator().validate(r.config).hasErrors ? 1_000_000 : 0)
            }
            precondition(checked == services, "ecsplan loaded \(checked) services, expected \(services)")
            let dCompose = try measure(runs: max(3, runs / 2)) { _ = try Yams.compose(yaml: text) }
            var yamsServices = 0
            let dDecode = try measure(runs: max(3, runs / 2)) {
                let decoded = try YAMLDecoder().decode(YamsConfig.self, from: text)
                yamsServices = decoded.services?.count ?? 0
            }
            precondition(yamsServices == services, "Yams decoded \(yamsServices) services, expected \(services)")
            let throughputRatio = a.median / b.median
            report.add("yaml \(label): nodes vs bare libyaml (throughput)", throughputRatio, "x", target: "≥ 0.80×", pass: throughputRatio >= 0.8,
                       "libyaml \(fmt(a.median)), ecsplan nodes \(fmt(b.median)) (one document of the whole file)")
            let streamedRatio = a2.median / streamed.median
            report.add("yaml \(label): streamed nodes vs bare libyaml", streamedRatio, "x", target: "≥ 0.80×", pass: streamedRatio >= 0.8,
                       "libyaml \(fmt(a2.median)), ecsplan nodes in batches \(fmt(streamed.median)) (as config files load)")
            let speedup = dDecode.median / c.median
            report.add("yaml \(label): typed+validated vs Yams YAMLDecoder", speedup, "x", target: "≥ 3×", pass: speedup >= 3,
                       "ecsplan \(fmt(c.median)), Yams decode \(fmt(dDecode.median)), Yams compose \(fmt(dCompose.median))")
            // Peak memory of (c) in a fresh process, relative to the input size.
            let rss = try childRSS(file)
            let rssRatio = Double(rss) / Double(bytes.count)
            report.add("yaml \(label): peak RSS of typed load / input", rssRatio, "x", target: "≤ 3×", pass: rssRatio <= 3,
                       "\(mb(rss)) above the process's idle RSS for \(mb(bytes.count)) of YAML")
        }
    }

    /// Runs `ecsplan-bench --rss-load FILE` and reads the RSS it grew by.
    static func childRSS(_ file: String) throws -> Int {
        try runSelf(["--rss-load", file]).flatMap { Int($0) } ?? -1
    }

    static func profile(mode: String, file: String, times: Int) {
        guard let bytes = FileManager.default.contents(atPath: file).map(Array.init) else { return print("cannot read \(file)") }
        var total = 0
        for _ in 0..<times {
            switch mode {
            case "bare": total += bareEventCount(bytes)
            case "nodes": total += (try? YAMLLoader.load(bytes, file: file).documents.count) ?? 0
            case "validated":
                let config = ConfigLoader(environment: [:]).load(paths: [file]).config
                total += config.services.count + Validator().validate(config).count
            default: total += ConfigLoader(environment: [:]).load(paths: [file]).config.services.count
            }
        }
        print(total)
    }

    /// Peak RSS growth of a typed, validated load of `file`, after a warm-up
    /// load of a 16 KB config of the same shape: the first load pages in the
    /// loader's code and the runtime's metadata (~5 MB whatever the input),
    /// which is not memory the input costs.
    static func rssLoad(_ file: String) {
        let warmUp = NSTemporaryDirectory() + "/ecsplan-bench-warmup-\(getpid()).yaml"
        try? Generate.config(bytes: 16 << 10).text.write(toFile: warmUp, atomically: false, encoding: .utf8)
        var loaded = ConfigLoader(environment: [:]).load(paths: [warmUp])
        var diagnostics = Validator().validate(loaded.config)
        try? FileManager.default.removeItem(atPath: warmUp)
        let before = currentRSSBytes()
        loaded = ConfigLoader(environment: [:]).load(paths: [file])
        diagnostics = Validator().validate(loaded.config)
        let peak = peakRSSBytes()
        print(max(0, peak - before))
        if diagnostics.count > 1_000_000 { print(loaded.config.services.count) }
    }
}
