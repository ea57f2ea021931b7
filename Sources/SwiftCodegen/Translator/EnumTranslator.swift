import SpecIR
import SwiftSourceText

/// Translates a resolved enum into its view model.
enum EnumTranslator {
    static func viewModel(_ openEnum: ResolvedEnum, access: String) -> EnumViewModel {
        let cases = openEnum.cases.map { enumCase in
            let value = enumCase.value
            let text = value.description.isEmpty ? "`\(value.value)`" : "`\(value.value)`: \(value.description)"
            return EnumViewModel.Case(
                name: enumCase.name, rawLiteral: SwiftLiteral.string(value.value),
                docLines: FieldDocumentation.comment(text, indent: 8))
        }
        return EnumViewModel(
            access: access, name: openEnum.name.name, parent: openEnum.name.parent ?? "",
            docLines: FieldDocumentation.comment(
                "The documented values of `\(openEnum.field.name)`, and any other value the server may add.\n\n"
                    + "Generated from \(openEnum.field.source).", indent: 4),
            cases: cases,
            documentedCases: ListLiteralViewModel(
                cases.map { ".\($0.name)" }, indent: "        ",
                declaration: "\(access) static let documentedCases: [Self] = "),
            otherCase: openEnum.otherCase)
    }
}
