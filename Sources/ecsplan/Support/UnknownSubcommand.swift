import ArgumentParser
import ECSPlanCore

/// `ecsplan pln`: the argument parser would say only "Unexpected argument";
/// this names the nearest command instead. Options already get a suggestion
/// from the parser itself.
enum UnknownSubcommand {
    /// A message for the first word that names no subcommand of a command that
    /// takes only subcommands, or nil when the words are fine (or are options).
    static func message(for arguments: [String], root: any ParsableCommand.Type) -> String? {
        var command = root
        var path = [root._commandName]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            // Options, `help`, and commands that take arguments of their own are the parser's business.
            guard !subcommands.isEmpty, !word.hasPrefix("-"), word != "help", command.configuration.defaultSubcommand == nil else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word || $0.configuration.aliases.contains(word) }) {
                command = next
                path.append(word)
                continue
            }
            let names = subcommands.map { $0._commandName }
            let where_ = path.joined(separator: " ")
            let suggestion = Suggestions.nearest(to: word, in: names).map { "; did you mean '\(where_) \($0)'?" } ?? ""
            return "'\(word)' is not a command of \(where_)\(suggestion)\n  commands: \(names.joined(separator: ", ")); see '\(where_) --help'"
        }
        return nil
    }
}
