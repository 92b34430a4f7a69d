import Foundation

/// `~/.aws/credentials` and `~/.aws/config`: sections of `key = value` lines.
/// An indented line under a key with no value is a sub-setting
/// (`s3 =` then `  addressing_style = path`), kept as `s3.addressing_style`.
enum INIFile {
    static func load(_ path: String) -> [String: [String: String]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        return parse(text)
    }

    static func parse(_ text: String) -> [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        var section: String?
        var parent: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                parent = nil
                continue
            }
            guard let section, let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            let indented = raw.first.map { $0 == " " || $0 == "\t" } ?? false
            if indented, let parent {
                out[section, default: [:]][parent + "." + key] = value
                continue
            }
            parent = value.isEmpty ? key : nil
            out[section, default: [:]][key] = value
        }
        return out
    }
}
