import SpecIR
import SwiftSourceText

/// Translates a list of fields into a struct and, recursively, its nested structs and enums.
///
/// Request structs also get query coding and validation; response structs get JSON decoding only.
struct StructTranslator {
    var context: TranslationContext
    /// The operation's directory in the output, e.g. `ModifyImageAttribute`.
    let directory: String
    let isRequest: Bool
    let operation: OperationSpec

    /// Translates one struct; `parent` is nil for the top-level request or response.
    mutating func translate(
        name: String, parent: String?, fields: [Field], docLines: [String]
    ) {
        let qualified = parent.map { "\($0).\(name)" } ?? name
        var propertyNames = NameAllocator(reserved: Self.reservedPropertyNames)
        var typeNames = NestedTypeNames(owner: name)
        var properties: [PropertyViewModel] = []
        var validation = ValidationBuilder(qualifiedName: qualified, operation: operation)
        for (index, field) in fields.enumerated() {
            let propertyName = propertyNames.allocate(SwiftIdentifier.lowerCamel(field.name))
            let mapping = map(field, in: qualified, typeNames: &typeNames)
            let optional = !(isRequest && field.required)
            properties.append(
                PropertyViewModel(
                    name: propertyName,
                    label: SwiftIdentifier.bare(propertyName),
                    wireLiteral: SwiftLiteral.string(field.name),
                    codingKey: propertyName,
                    type: mapping.swiftType,
                    declaredType: mapping.swiftType + (optional ? "?" : ""),
                    initParameter: "\(propertyName): \(mapping.swiftType)" + (optional ? "? = nil" : ""),
                    docLines: FieldDocumentation.lines(for: field, indent: parent == nil ? "    " : "        "),
                    encodeMethod: mapping.encodeMethod,
                    encodeTry: mapping.encodeThrows ? "try " : "",
                    decodeExpression: decodeExpression(mapping, field: field, optional: optional),
                    isLast: index == fields.count - 1,
                    deprecated: field.deprecated,
                    isRequired: !optional))
            if isRequest { validation.add(field, property: propertyName, mapping: mapping, optional: optional) }
        }
        let model = StructViewModel(
            header: context.header, access: context.access, qualifiedName: qualified, name: name, parent: parent,
            indent: parent == nil ? "" : "    ", docLines: docLines, properties: properties,
            initOrder: Self.initOrder(properties),
            hasProperties: !properties.isEmpty, isRequest: isRequest)
        context.add("\(directory)/\(qualified).swift", parent == nil ? "struct" : "nested-struct", model)
        if isRequest {
            context.add("\(directory)/\(qualified)+Query.swift", "query-coding", model)
            context.add(
                "\(directory)/\(qualified)+Validation.swift", "validation",
                validation.viewModel(header: context.header, access: context.access, isRequest: parent == nil))
        }
    }

    /// Names the generated methods use for their parameters and locals; a property may not take them.
    static let reservedPropertyNames: Set<String> = [
        "validate", "encode", "init", "prefix", "validator", "element", "index", "encoder", "decoder", "request",
    ]

    /// Required properties first, each group in source order; `isLast` marks the final one.
    static func initOrder(_ properties: [PropertyViewModel]) -> [PropertyViewModel] {
        var ordered = properties.filter(\.isRequired) + properties.filter { !$0.isRequired }
        for index in ordered.indices { ordered[index].isLast = index == ordered.count - 1 }
        return ordered
    }

    private mutating func map(_ field: Field, in owner: String, typeNames: inout NestedTypeNames) -> TypeMapping {
        let asJSON = field.style == .json
        switch field.type {
        case .object where !field.children.isEmpty:
            let name = typeNames.allocate(forWireName: field.name)
            translate(
                name: name, parent: owner, fields: field.children,
                docLines: FieldDocumentation.lines(for: field, indent: "    "))
            return TypeMapping(
                swiftType: name, encodeMethod: asJSON ? "encodeJSON" : "encodeObject",
                decodeMethod: asJSON ? "decodeJSON" : "decodeObject", decodeType: "\(name).self", encodeThrows: true)
        case .array:
            let item = field.item?.value ?? Field(name: "", type: .string, source: field.source)
            let element: String
            if item.type == .object, !item.children.isEmpty {
                element = typeNames.allocate(forWireName: field.name)
                translate(
                    name: element, parent: owner, fields: item.children,
                    docLines: FieldDocumentation.lines(for: item, indent: "    "))
                return TypeMapping(
                    swiftType: "[\(element)]", encodeMethod: asJSON ? "encodeJSON" : "encodeObjectList",
                    decodeMethod: asJSON ? "decodeJSON" : "decodeObjectList",
                    decodeType: asJSON ? "[\(element)].self" : "\(element).self", encodeThrows: true)
            }
            element = scalarType(
                item, in: owner, typeNames: &typeNames, wireName: NestedTypeNames.elementName(item, of: field))
            return TypeMapping(
                swiftType: "[\(element)]", encodeMethod: asJSON ? "encodeJSON" : "encodeList",
                decodeMethod: asJSON ? "decodeJSON" : "decodeList",
                decodeType: asJSON ? "[\(element)].self" : "\(element).self", encodeThrows: asJSON)
        default:
            let type = scalarType(field, in: owner, typeNames: &typeNames)
            return TypeMapping(
                swiftType: type, encodeMethod: "encode", decodeMethod: "decode", decodeType: "\(type).self",
                encodeThrows: false)
        }
    }

    /// A scalar's type; a string with documented values becomes an open enum nested in `owner`.
    private mutating func scalarType(
        _ field: Field, in owner: String, typeNames: inout NestedTypeNames, wireName: String? = nil
    ) -> String {
        guard field.type == .string, !field.allowedValues.isEmpty else { return ScalarType.name(field.type) }
        let name = typeNames.allocate(forWireName: wireName ?? field.name)
        context.add(
            "\(directory)/\(owner).\(name).swift", "enum",
            EnumTranslator.viewModel(field, name: name, parent: owner, header: context.header, access: context.access))
        return name
    }

    private func decodeExpression(_ mapping: TypeMapping, field: Field, optional: Bool) -> String {
        let wire = SwiftLiteral.string(field.name)
        let read = "try decoder.\(mapping.decodeMethod)(\(mapping.decodeType), forKey: \(wire))"
        return optional ? read : "try decoder.require(\(read), forKey: \(wire))"
    }
}
