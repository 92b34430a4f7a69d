import Testing
@testable import ECSPlanCore

/// On a terminal each line is painted by what it says; without the colour codes
/// it is the plain text, byte for byte.
@Suite struct TextRendererColorTests {
    static func plan() -> Plan {
        var drifted = FieldChange(path: FieldPath().key("desiredCount"), before: .int(3), after: .int(4))
        drifted.drift = true
        var update = Change(address: .service(cluster: "prod", name: "web"), action: .update, reason: "scale",
                            fields: [drifted, FieldChange(path: FieldPath().key("tags").label("team"),
                                                          before: .string("a"), after: nil)])
        update.ignored = ["taskDefinition (keeps web:3; ignoreChanges)"]
        var revision = Change(address: .taskDefinition("web"), action: .newRevision,
                              fields: [FieldChange(path: FieldPath().key("environment").label("DB_PASSWORD"),
                                                   before: .string("a"), after: .string("b")),
                                       FieldChange(path: FieldPath().key("image"), before: nil,
                                                   after: .list([.string("x"), .int(1)]))],
                              revisionFrom: "web:3", revisionTo: "web:4")
        revision.deregister = ["web:1"]
        var p = Plan(backend: "local", lineage: "l", serial: 1, configDigest: "d", configPaths: [], targets: [],
                     prune: false, changes: [revision, update], rollouts: [], errors: [], notes: [], fingerprints: [:])
        p.summary = p.computeSummary()
        return p
    }

    static func stripped(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let esc = rest.firstIndex(of: "\u{1B}") {
            out += rest[..<esc]
            rest = rest[esc...].drop { $0 != "m" }.dropFirst()
        }
        return out + rest
    }

    @Test func eachLineIsPaintedByWhatItSaysAndTheTextIsThePlainOne() {
        let colored = TextRenderer(color: true).render(Self.plan())
        let plain = TextRenderer(color: false).render(Self.plan())
        #expect(Self.stripped(colored) == plain)
        let lines = colored.split(separator: "\n").map(String.init)
        let expected = [
            "  \u{1B}[33m~ task-definition/web\u{1B}[0m (new revision web:3 → web:4)",
            "      \u{1B}[33m~ environment[DB_PASSWORD]: (sensitive, changed)\u{1B}[0m",
            "      \u{1B}[32m+ image: [\"x\", 1]\u{1B}[0m",
            "      \u{1B}[31m- deregister web:1\u{1B}[0m",
            "  \u{1B}[33m~ service/prod/web\u{1B}[0m (update in place (scale))\u{1B}[36m  [drift]\u{1B}[0m",
            "      \u{1B}[33m~ desiredCount: 3 → 4\u{1B}[0m\u{1B}[36m  (drift: changed outside ecsplan)\u{1B}[0m",
            "      \u{1B}[31m- tags[team]: \"a\"\u{1B}[0m",
            "      \u{1B}[2m# taskDefinition (keeps web:3; ignoreChanges)\u{1B}[0m",
        ]
        for line in expected { #expect(lines.contains(line), "missing: \(line.debugDescription)\nin:\n\(colored)") }
    }
}
