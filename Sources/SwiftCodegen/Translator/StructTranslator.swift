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
        let isROARequest = structure.role == .request && !isNested && operation.path != nil
        var properties = structure.members.map { member in
            property(
                member, docLines: FieldDocumentation.lines(for: member.field, member: member, indent: memberIndent),
                inQuery: !isROARequest || member.field.place == .query, isResponse: structure.role == .response,
                indent: memberIndent)
        }
        for (index, (member, key)) in zip(structure.members, jsonKeys(structure.members)).enumerated()
        where key != member.field.name {
            properties[index].jsonKeyLiteral = SwiftLiteral.string(key)
        }
        var model = StructViewModel(
            access: context.access, qualifiedName: qualified, name: structure.name.name, parent: structure.name.parent,
            docLines: docLines(structure, operation: operation), properties: properties,
            isResponse: structure.role != .request, isQueryCoded: structure.role != .response)
        if structure.role == .response, structure.members.count == 1, structure.members[0].field.place == .payload {
            model.payloadProperty = properties.first
        }
        var placed = [
            PlacedDeclaration(stem: qualified, declaration: DeclarationViewModel(template: "struct", content: model))
        ]
        if structure.role != .response {
            if isROARequest {
                placed.append(
                    PlacedDeclaration(
                        stem: qualified + (context.style == .oss ? "+OSS" : "+ROA"),
                        declaration: DeclarationViewModel(
                            template: "roa-coding",
                            content: ROATranslator.viewModel(
                                structure, access: context.access, style: context.style))
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

    /// Each member's key in the type's JSON object: its wire name, or, for a second member of that name (in
    /// another place: a header and a body member both `ETag`), the place's namespace and the name (`header/ETag`).
    static func jsonKeys(_ members: [ResolvedMember]) -> [String] {
        var taken: Set<String> = []
        return members.map { member in
            if taken.insert(member.field.name).inserted { return member.field.name }
            let key = member.field.place.namespace + "/" + member.field.name
            taken.insert(key)
            return key
        }
    }

    /// A member's view: names, type, and its row in the schema table.
    ///
    /// - Parameters:
    ///   - member: The resolved member.
    ///   - docLines: Its documentation.
    ///   - inQuery: Whether the member travels in the RPC query or form (not in a ROA path, header or body).
    ///   - isResponse: Whether the member belongs to an answer's type, which is coded as JSON only.
    ///   - indent: The columns of the struct's members; the table's rows are 8 deeper.
    /// - Returns: The property's view model.
    private static func property(
        _ member: ResolvedMember, docLines: [String], inQuery: Bool, isResponse: Bool, indent: Int
    )
        -> StructViewModel.Property
    {
        let wire = SwiftLiteral.string(member.field.name)
        let kind =
            isResponse
            ? (member.isOptional ? "member" : "requiredMember")
            : fieldKind(inQuery ? member.coding ?? .json : nil, isOptional: member.isOptional)
        return StructViewModel.Property(
            name: member.property, label: member.label, wireLiteral: wire, type: member.type.localSpelling,
            isOptional: member.isOptional, docLines: docLines, fieldKind: kind,
            placeholder: placeholder(member.type), rowIndent: indent + 8)
    }

    /// The runtime's `ModelField` function for a query coding (nil: a ROA member outside the query).
    private static func fieldKind(_ coding: QueryCoding?, isOptional: Bool) -> String {
        switch coding {
        case .scalar: isOptional ? "value" : "requiredValue"
        case .object: isOptional ? "object" : "requiredObject"
        case .list: isOptional ? "list" : "requiredList"
        case .joined: isOptional ? "joined" : "requiredJoined"
        case .objectList: isOptional ? "objects" : "requiredObjects"
        case .json: isOptional ? "json" : "requiredJSON"
        case nil: isOptional ? "unqueried" : "requiredUnqueried"
        }
    }

    /// A value of the type that a required member holds in the schema's `blank` until it is read.
    private static func placeholder(_ type: SwiftType) -> String {
        switch type {
        case .string: "\"\""
        case .int, .int64, .double: "0"
        case .bool: "false"
        case .json: ".null"
        case .openEnum: ".init(rawValue: \"\")"
        case .structure(let name): "\(name.name).schema.blank"
        case .list: "[]"
        case .map: "[:]"
        }
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
