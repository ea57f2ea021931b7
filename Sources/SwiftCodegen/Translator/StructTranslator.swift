import SpecIR
import SwiftSourceText

/// Translates a resolved struct into its declarations: the struct, for requests its query coding and
/// validation, and, recursively, its nested structs and enums.
enum StructTranslator {
    static func declarations(
        _ structure: ResolvedStruct, operation: OperationSpec, context: inout TranslationContext
    ) -> [PlacedDeclaration] {
        let qualified = structure.name.qualified
        let isNested = structure.name.parent != nil
        let memberIndent = isNested ? 8 : 4
        var properties = structure.members.map { member in
            property(
                member, docLines: FieldDocumentation.lines(for: member.field, member: member, indent: memberIndent),
                indent: memberIndent)
        }
        var codingKeys: Set<String> = []
        for (index, member) in structure.members.enumerated() where !codingKeys.insert(member.field.name).inserted {
            let key = member.field.place.namespace + "/" + member.field.name
            codingKeys.insert(key)
            properties[index].codingKeyLiteral = SwiftLiteral.string(key)
        }
        var model = StructViewModel(
            access: context.access, qualifiedName: qualified, name: structure.name.name, parent: structure.name.parent,
            docLines: docLines(structure, operation: operation), properties: properties,
            isResponse: structure.role != .request)
        if structure.role == .response, structure.members.count == 1, structure.members[0].field.place == .payload {
            model.payloadProperty = properties.first
        }
        let isROARequest = structure.role == .request && !isNested && operation.path != nil
        if isROARequest {
            model.queryProperties = zip(structure.members, properties)
                .filter { $0.0.field.place == .query }.map(\.1)
        }
        var placed = [
            PlacedDeclaration(stem: qualified, declaration: DeclarationViewModel(template: "struct", content: model))
        ]
        if structure.role != .response {
            placed.append(
                PlacedDeclaration(
                    stem: qualified + "+Query",
                    declaration: DeclarationViewModel(template: "query-coding", content: model)))
            if isROARequest {
                placed.append(
                    PlacedDeclaration(
                        stem: qualified + "+ROA",
                        declaration: DeclarationViewModel(
                            template: "roa-coding", content: ROATranslator.viewModel(structure, access: context.access))
                    ))
            }
            placed.append(
                PlacedDeclaration(
                    stem: qualified + "+Validation",
                    declaration: DeclarationViewModel(
                        template: "validation",
                        content: ValidationTranslator.viewModel(structure, operation: operation, context: &context))))
        }
        for declaration in structure.nested {
            switch declaration {
            case .structure(let nested):
                placed += declarations(nested, operation: operation, context: &context)
            case .openEnum(let openEnum):
                placed.append(
                    PlacedDeclaration(
                        stem: openEnum.name.qualified,
                        declaration: DeclarationViewModel(
                            template: "enum", content: EnumTranslator.viewModel(openEnum, access: context.access))))
            }
        }
        return placed
    }

    /// A member's view: names, types, coding and how its reads are laid out.
    ///
    /// - Parameters:
    ///   - member: The resolved member.
    ///   - docLines: Its documentation.
    ///   - indent: The columns of the struct's members; statements of its initialisers are 4 deeper.
    /// - Returns: The property's view model.
    private static func property(_ member: ResolvedMember, docLines: [String], indent: Int)
        -> StructViewModel.Property
    {
        let coding = member.coding ?? .json
        let decodeType: String
        switch (coding, member.type) {
        case (.list, .list(let element)), (.objectList, .list(let element)), (.joined, .list(let element)):
            decodeType = element.localSpelling
        default:
            decodeType = member.type.localSpelling
        }
        let wire = SwiftLiteral.string(member.field.name)
        let type = member.type.localSpelling
        return StructViewModel.Property(
            name: member.property, label: member.label, wireLiteral: wire, type: type,
            isOptional: member.isOptional, docLines: docLines, coding: coding.methodSuffix,
            encodeThrows: [.object, .objectList, .json].contains(coding), decodeType: decodeType,
            requireLayout: CallLayout(
                head: "\(member.label): try decoder.require(",
                arguments: [
                    "try decoder.decode\(coding.methodSuffix)(\(decodeType).self, forKey: \(wire))", "forKey: \(wire)",
                ],
                tail: ",", indent: 12),
            decodeLayout: CallLayout(
                head: "\(member.label): try decoder.decode\(coding.methodSuffix)(",
                arguments: ["\(decodeType).self", "forKey: \(wire)"], tail: ",", indent: 12),
            lenientLayout: CallLayout(
                head: "self.\(member.property) = container.decodeLeniently(",
                arguments: ["\(type).self", "forKey: .\(member.property)"], tail: "", indent: indent + 4))
    }

    private static func docLines(_ structure: ResolvedStruct, operation: OperationSpec) -> [String] {
        if let field = structure.field { return FieldDocumentation.lines(for: field, indent: 4) }
        let text: String
        switch structure.role {
        case .request:
            text =
                "The parameters of `\(operation.name)`\(operation.title.map { ": \($0)" } ?? "").\n\n"
                + "Generated from \(operation.source)."
        case .shared:
            text = "A type the API's operations share (`components.schemas`)."
        case .response:
            text =
                "The answer of `\(operation.name)`. Unknown keys are ignored and every field is optional; a field "
                + "that comes in another JSON type than documented (a number as a string) is read anyway, and one "
                + "that cannot be read is nil without losing the rest.\n\nGenerated from \(operation.source)."
        }
        return FieldDocumentation.comment(text, indent: 0)
    }
}
