/// An operation name split into its leading verb and the kind of thing it names (`DescribeVpcs` → `Describe`, `Vpc`).
struct OperationName: Equatable {
    /// The leading capitalised word, e.g. `Describe`.
    var verb: String
    /// The rest of the name, e.g. `Vpcs`.
    var noun: String

    /// Splits `name` after its leading capital and lower-case letters.
    init(_ name: String) {
        let capitalised = name.prefix(1).uppercased() + name.dropFirst()
        let rest = capitalised.dropFirst()
        let end = rest.firstIndex(where: { !$0.isLowercase }) ?? rest.endIndex
        verb = String(capitalised[..<end])
        noun = String(capitalised[end...])
    }

    /// The role the verb means, if it is a resource verb.
    var role: ResourceRole? { ResourceRole.allCases.first { $0.verbs.contains(verb) } }

    /// The kind the noun names: without a version (`V1`), an `Attribute(s)`/`Info`/`Detail(s)` suffix, and plural.
    var kind: String { Self.kind(of: noun) }

    /// The singular kind of a noun.
    static func kind(of noun: String) -> String {
        var word = noun
        if let v = word.lastIndex(of: "V"), word.index(after: v) < word.endIndex,
            word[word.index(after: v)...].allSatisfy(\.isNumber), v != word.startIndex
        {
            word = String(word[..<v])
        }
        for suffix in ["Attributes", "Attribute", "Details", "Detail", "Infos", "Info"]
        where word.hasSuffix(suffix) && word.count > suffix.count {
            word = String(word.dropLast(suffix.count))
            break
        }
        return singular(word)
    }

    /// English singular of the last word: `Policies` → `Policy`, `Addresses` → `Address`, `Vpcs` → `Vpc`.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "shes", "ches", "xes"] where word.hasSuffix(suffix) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("sis"), word.count > 1 {
            return String(word.dropLast())
        }
        return word
    }
}
