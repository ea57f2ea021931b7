/// The small INI dialect of `~/.alibabacloud/credentials`: `[section]` headers, `key = value`
/// lines, `#` and `;` comments.
enum INIFile {
    static func parse(_ text: String, path: String) throws -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw CredentialsError("\(path):\(index + 1): malformed section header")
                }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                current = name
                sections[name, default: [:]] = sections[name] ?? [:]
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw CredentialsError("\(path):\(index + 1): expected key = value")
            }
            guard let section = current else {
                throw CredentialsError("\(path):\(index + 1): key outside any [section]")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            sections[section]?[key] = value
        }
        return sections
    }
}
