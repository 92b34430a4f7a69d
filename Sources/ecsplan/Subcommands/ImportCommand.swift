import ArgumentParser
import ECSPlanCore
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write YAML for clusters, services and task definitions that already exist.",
        discussion: "For adoption: read-only fields are dropped and defaults elided, so `ecsplan plan` on the written files shows no changes."
    )

    @Option(name: .customLong("cluster"), help: ArgumentHelp("Only this cluster (repeatable). Default: every cluster. (ECSPLAN_CLUSTER, comma-separated)", valueName: "name"))
    var clusters: [String] = []

    @Option(help: ArgumentHelp("Directory to write CLUSTER.yaml files into; without it, YAML goes to standard output.", valueName: "dir"))
    var out: String?

    @OptionGroup var global: GlobalOptions

    mutating func validate() throws {
        if clusters.isEmpty { clusters = Env.list("cluster") }
    }

    func run() async throws {
        try await reportingErrors(state: global.state) {
            guard let backend = try global.openBackend(create: false) else { throw CLIError("no state at \(global.state)") }
            let world = try await backend.provider.readWorld(ReadScope(clusters: clusters.isEmpty ? nil : clusters, families: []))
            let missing = clusters.filter { name in !world.clusters.contains { $0.name == name } }
            if !missing.isEmpty { throw CLIError("no such cluster: \(missing.joined(separator: ", "))") }
            let files = Importer.files(world: world, clusters: clusters.isEmpty ? nil : clusters, includeCapacity: global.backend == .local)
            guard let out else {
                Console.out(files.map(\.text).joined(separator: "---\n"))
                return
            }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for f in files {
                let path = (out as NSString).appendingPathComponent(f.name)
                if FileManager.default.fileExists(atPath: path) { throw CLIError("\(path) already exists; not overwriting it") }
                try AtomicFile.write(Data(f.text.utf8), to: path, what: "the imported configuration")
                Console.out("Wrote \(path)")
            }
        }
    }
}
