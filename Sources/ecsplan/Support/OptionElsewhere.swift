import ArgumentParser
import Foundation

/// `ecsplan plan --auto-approve`: the parser says only "Unknown option" when the
/// option is real but belongs to another command; this names the commands that
/// take it.
enum OptionElsewhere {
    /// A hint line for an unknown long option in the parser's `message`, or nil.
    static func hint(for message: String, root: any ParsableCommand.Type) -> String? {
        let prefix = "Unknown option '--"
        guard message.hasPrefix(prefix), !message.contains("Did you mean"),
              let end = message.dropFirst(prefix.count).firstIndex(of: "'") else { return nil }
        let name = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<end])
        let owners = commands(taking: name, root: root)
        guard !owners.isEmpty else { return nil }
        let named = owners.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
        return "--\(name) is an option of " + named + (owners.count > 4 ? " and \(owners.count - 4) more" : "")
    }

    /// Every command path (`ecsplan apply`) with a long option `name`, from the parser's own description.
    static func commands(taking name: String, root: any ParsableCommand.Type) -> [String] {
        guard let data = root._dumpHelp().data(using: .utf8),
              let top = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let command = top["command"] as? [String: Any] else { return [] }
        var out: [String] = []
        func walk(_ c: [String: Any], _ path: String) {
            let arguments = c["arguments"] as? [[String: Any]] ?? []
            let takes = arguments.contains { argument in
                (argument["names"] as? [[String: Any]] ?? []).contains { $0["kind"] as? String == "long" && $0["name"] as? String == name }
            }
            if takes && !["help", "version"].contains(name) { out.append(path) }
            for sub in c["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + " " + (sub["commandName"] as? String ?? ""))
            }
        }
        walk(command, root._commandName)
        return out
    }
}
