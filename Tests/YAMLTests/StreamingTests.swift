import Foundation
import Testing
@testable import YAML

/// `ItemStream`: items of top-level lists handed out in batches, then dropped.
@Suite struct StreamingTests {
    /// What a sink saw of one item, read while its nodes were valid.
    struct Seen: Equatable {
        var section: String
        var position: Int
        var name: String?
        var cpu: String?
        var extra: String?
        var line: Int
    }

    func stream(_ text: String, sections: Set<String> = ["services"], batchNodes: Int = 64) throws(YAMLError) -> (LoadedFile, [Seen], batches: Int) {
        var seen: [Seen] = []
        var batches = 0
        let stream = ItemStream(sections: sections, batchNodes: batchNodes) { batch in
            batches += 1
            for (offset, item) in batch.items.enumerated() {
                let m = item.mapping
                seen.append(Seen(section: batch.section, position: batch.firstPosition + offset, name: m?["name"]?.scalar?.string,
                                 cpu: m?["cpu"]?.scalar?.string, extra: m?["extra"]?.mapping?["k"]?.scalar?.string, line: item.mark.line))
            }
        }
        let file = try YAMLLoader.load(Array(text.utf8), file: "s.yaml", stream: stream)
        return (file, seen, batches)
    }

    @Test func itemsArriveInOrderInBatchesAndLeaveTheDocument() throws {
        var text = "x-base: &base {cpu: 256}\nservices:\n"
        for i in 0..<300 {
            switch i {
            case 10: text += "  - {<<: *base, name: s10, extra: &e {k: shared}}\n"  // defines an anchor: its batch stays
            case 250: text += "  - {<<: *base, name: s250, extra: *e}\n"  // many batches later
            default: text += "  - {<<: *base, name: s\(i)}\n"
            }
        }
        text += "other: [1, 2]\n"
        let (file, seen, batches) = try stream(text)
        #expect(batches > 10)
        #expect(seen.map(\.position) == Array(0..<300))
        #expect(seen.map(\.name) == (0..<300).map { "s\($0)" })
        #expect(seen.allSatisfy { $0.section == "services" && $0.cpu == "256" })
        #expect(seen.map(\.line) == Array(3..<303))
        #expect(seen[10].extra == "shared" && seen[250].extra == "shared")
        // The list reads as empty; the rest of the document is whole.
        let root = try #require(file.documents.first?.mapping)
        #expect(root["services"]?.sequence?.items.count == 0)
        #expect(root["other"]?.sequence?.items.count == 2)
        #expect(root["x-base"]?.mapping?["cpu"]?.scalar?.string == "256")
    }

    /// `keepsItems`: batches read after the load has returned, when the
    /// loader's buffers have long been reused, still read as they were parsed.
    @Test func keptBatchesOwnTheirNodes() throws {
        var text = "services:\n"
        for i in 0..<400 { text += "  - {name: s\(i), cpu: '\(i * 2)'}\n" }
        var kept: [StreamedItems] = []
        let stream = ItemStream(sections: ["services"], batchNodes: 32, keepsItems: true) { kept.append($0) }
        _ = try YAMLLoader.load(Array(text.utf8), file: "s.yaml", stream: stream)
        #expect(kept.count > 10 && kept.allSatisfy(\.owned))
        let read = kept.flatMap { batch in
            batch.items.enumerated().map { "\(batch.firstPosition + $0.offset)=\($0.element.mapping?["name"]?.scalar?.string ?? "")/\($0.element.mapping?["cpu"]?.scalar?.string ?? "")" }
        }
        #expect(read == (0..<400).map { "\($0)=s\($0)/\($0 * 2)" })
    }

    /// Nodes kept before a batch (every item defines an anchor) would make each
    /// copy hold them all again: such batches are lent, not copied.
    @Test func batchesAfterManyKeptNodesAreLentNotCopied() throws {
        var text = "services:\n"
        for i in 0..<200 { text += "  - {name: &n\(i) s\(i)}\n" }
        var owned: [Bool] = []
        let stream = ItemStream(sections: ["services"], batchNodes: 16, keepsItems: true) { owned.append($0.owned) }
        _ = try YAMLLoader.load(Array(text.utf8), file: "s.yaml", stream: stream)
        #expect(owned.first == true)
        #expect(owned.last == false)
    }

    @Test func anchoredTaggedAndNestedListsAreNotStreamed() throws {
        let text = """
            services: &all
              - {name: a}
            clusters: !!seq
              - {name: b}
            x-nested:
              services:
                - {name: c}
            again: *all
            """
        let (file, seen, _) = try stream(text, sections: ["services", "clusters"])
        #expect(seen.isEmpty)
        let root = try #require(file.documents.first?.mapping)
        #expect(root["services"]?.sequence?.items.count == 1)
        #expect(root["clusters"]?.sequence?.items.count == 1)
        #expect(root["again"]?.sequence?.items.first?.mapping?["name"]?.scalar?.string == "a")
    }

    @Test func everyDocumentAndEverySectionStreams() throws {
        let text = "services:\n  - {name: a}\nclusters:\n  - {name: b}\n---\nservices:\n  - {name: c}\n  - {name: d}\n"
        let (file, seen, _) = try stream(text, sections: ["services", "clusters"], batchNodes: 1)
        #expect(file.documents.count == 2)
        #expect(seen.map { "\($0.section)[\($0.position)]=\($0.name ?? "")" } == ["services[0]=a", "clusters[0]=b", "services[0]=c", "services[1]=d"])
    }

    @Test func duplicateKeysInStreamedItemsAreReported() throws {
        var text = "services:\n"
        for i in 0..<50 { text += "  - {name: s\(i), cpu: 1\(i == 40 ? ", cpu: 2" : "")}\n" }
        let (file, _, _) = try stream(text, batchNodes: 8)
        #expect(file.duplicateKeys.count == 1)
        let dup = try #require(file.duplicateKeys.first)
        #expect(dup.key == "cpu")
        #expect(dup.mark.line == 42 && dup.firstMark.line == 42 && dup.firstMark.column < dup.mark.column)
    }

    @Test func aNodeKeptPastItsBatchStaysValid() throws {
        var kept: [Node] = []
        var text = "services:\n"
        for i in 0..<200 { text += "  - {name: service-number-\(i), image: \"registry.example.com/app:\(i)\"}\n" }
        let stream = ItemStream(sections: ["services"], batchNodes: 16) { batch in
            if kept.isEmpty, let first = batch.items.first { kept.append(first) }  // the sink breaks the rule
        }
        _ = try YAMLLoader.load(Array(text.utf8), file: "k.yaml", stream: stream)
        // Many batches have reused the loader's buffers since; the kept node has its own copy.
        let node = try #require(kept.first?.mapping)
        #expect(node["name"]?.scalar?.string == "service-number-0")
        #expect(node["image"]?.scalar?.string == "registry.example.com/app:0")
        #expect(node.mark.line == 2)
    }

    @Test func loadingAFileMatchesLoadingItsBytes() throws {
        let dir = NSTemporaryDirectory() + "ecsplan-stream-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = "x: &x {a: 1}\nlist:\n"
        for i in 0..<2_000 { text += "  - {<<: *x, n: \(i), s: 'quoted \(i)'}\n" }
        let path = dir + "/f.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fromFile = try #require(try YAMLLoader.load(contentsOf: path).documents.first?.mapping?["list"]?.sequence)
        let fromBytes = try #require(try YAMLLoader.load(Array(text.utf8), file: path).documents.first?.mapping?["list"]?.sequence)
        #expect(fromFile.items.count == 2_000)
        for i in [0, 999, 1_999] {
            let a = try #require(fromFile.items[i].mapping), b = try #require(fromBytes.items[i].mapping)
            #expect(a["s"]?.scalar?.string == b["s"]?.scalar?.string)
            #expect(a["a"]?.scalar?.string == "1")
            #expect(a.mark == b.mark && a["s"]?.mark == b["s"]?.mark)
        }
        // A reader error in a file is placed by reading the file back.
        try (Data("a: ok\nb: ".utf8) + Data([0xC3, 0x28])).write(to: URL(fileURLWithPath: dir + "/bad.yaml"))
        #expect { try YAMLLoader.load(contentsOf: dir + "/bad.yaml") } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax && error.mark.line == 2 && error.message.contains("UTF-8")
        }
        #expect { try YAMLLoader.load(contentsOf: dir + "/missing.yaml") } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .unreadable && error.message.contains("No such file")
        }
        #expect { try YAMLLoader.load(contentsOf: dir) } throws: { error in (error as? YAMLError)?.message.contains("directory") ?? false }
    }

    @Test func nodesInAnchoredBlocksAreMarkedShared() throws {
        let root = try #require(try YAMLLoader.load("a: &a {b: {c: 1}}\nd: {e: 2}\nf: *a\n").documents.first?.mapping)
        #expect(root["a"]?.sharedID != nil)
        #expect(root["a"]?.mapping?["b"]?.sharedID != nil)
        #expect(root["f"]?.sharedID == root["a"]?.sharedID)
        #expect(root["d"]?.sharedID == nil)
        #expect(root.mark.line == 1 && Node.mapping(root).sharedID == nil)
    }
}
