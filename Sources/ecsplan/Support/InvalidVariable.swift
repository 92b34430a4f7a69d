/// An environment variable whose value would be rejected as a flag's: named,
/// with what it holds and what is allowed, so a pipeline fails loudly instead
/// of running with a default it did not ask for.
struct InvalidVariable: Error, CustomStringConvertible {
    var variable: String
    var value: String
    /// The flag it stands for (`backend`), or nil for a variable that is not a flag (`AWS_RETRY_MODE`).
    var flag: String?
    var expected: String

    var description: String {
        let shown = value.count > 60 ? String(value.prefix(57)) + "…" : value
        let standsFor = flag.map { " (as for --\($0))" } ?? ""
        return "\(variable)=\(shown) is not valid: expected \(expected)\(standsFor)\n  hint: fix the value or unset \(variable)"
    }
}
