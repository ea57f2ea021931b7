import SpecIR
import SwiftSourceText

/// Translates a field's documented values into an open enum.
enum EnumTranslator {
    static func viewModel(
        _ field: Field, name: String, parent: String, header: HeaderViewModel, access: String
    ) -> EnumViewModel {
        var caseNames = NameAllocator(reserved: ["init", "rawValue", "documentedCases", "description"])
        var cases: [EnumViewModel.Case] = []
        for value in field.allowedValues {
            let caseName = caseNames.allocate(SwiftIdentifier.lowerCamel(value.value))
            let text = value.description.isEmpty ? "`\(value.value)`" : "`\(value.value)`: \(value.description)"
            cases.append(
                EnumViewModel.Case(
                    name: caseName, rawLiteral: SwiftLiteral.string(value.value),
                    docLines: FieldDocumentation.comment(text, indent: "        ")))
        }
        return EnumViewModel(
            header: header, access: access, qualifiedName: "\(parent).\(name)", name: name, parent: parent,
            docLines: FieldDocumentation.comment(
                "The documented values of `\(field.name)`, and any other value the server may add.\n\n"
                    + "Generated from \(field.source).", indent: "    "),
            cases: cases,
            documentedCasesLiteral: listLiteral(
                cases.map { ".\($0.name)" }, indent: "        ",
                declaration: "\(access) static let documentedCases: [Self] = "),
            otherCase: caseNames.allocate("undocumented"))
    }

    /// `[a, b]` when it fits on the declaration's line (120 columns), else one element per line with
    /// trailing commas, as swift-format lays collections out.
    static func listLiteral(_ elements: [String], indent: String, declaration: String) -> String {
        let inline = "[" + elements.joined(separator: ", ") + "]"
        guard indent.count + declaration.count + inline.count > 120, !elements.isEmpty else { return inline }
        return "[\n" + elements.map { "\(indent)    \($0),\n" }.joined() + "\(indent)]"
    }
}
