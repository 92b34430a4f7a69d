import ArgumentParser
import ECSPlanCore
import Foundation
import LocalBackend

/// Shell completion of addresses (`--target`, `state show`) from the local state.
enum AddressCompletion {
    static func addresses(prefix: String) async -> [String] {
        let path = Env.string("state") ?? ".ecsplan/state.db"
        guard FileManager.default.fileExists(atPath: path), let store = try? StateDatabase.open(path: path),
              let world = try? await SimulatedECSProvider(database: store).readWorld() else { return [] }
        var out = world.clusters.map { Address.cluster($0.name).description }
        out += Set(world.taskDefinitions.map(\.family)).sorted().map { Address.taskDefinition($0).description }
        out += world.services.filter { $0.status == "ACTIVE" }.map { Address.service(cluster: $0.cluster, name: $0.name).description }
        return out.filter { $0.hasPrefix(prefix) }
    }

    static let kind = CompletionKind.custom { @Sendable (_: [String], _: Int, prefix: String) async -> [String] in
        await addresses(prefix: prefix)
    }
}
