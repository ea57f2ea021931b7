import SpecIR

/// Turns an api-docs `schema` object into a ``Field``, recursively.
///
/// Types: `integer` is `long` with format `int64`, `number` is `double` with format `double` and
/// `float` otherwise; `string` with format `binary` is raw bytes. A schema without `type` is read as `object` when it has `properties` and as
/// `string` otherwise, with a warning. Allowed values merge the description's list with `enum`
/// (listed order first, then enum-only values) and take `enumValueTitles` as descriptions where
/// the list gave none. A structured `default` wins over one found in prose.
struct APIDocsSchemaReader {
    static let maximumDepth = 32

    var context: APIDocsContext

    mutating func field(
        name: String, schema: JSONNode, position: TextPosition, depth: Int
    ) throws(DiagnosticError) -> Field {
        guard depth <= Self.maximumDepth else {
            throw context.error("schema nested deeper than \(Self.maximumDepth) levels", at: position)
        }
        _ = try context.object(schema, "schema of \"\(name)\"")
        if let reference = schema["$ref"] { return self.reference(name: name, schema: schema, node: reference) }
        let facts = DescriptionFacts(markdown: schema["description"]?.text ?? "")
        var field = Field(
            name: name,
            type: try fieldType(schema, name: name, position: position),
            required: schema["required"]?.bool ?? false,
            description: facts.text,
            example: schema["example"]?.text,
            allowedValues: facts.allowedValues,
            defaultValue: schema["default"]?.text ?? facts.defaultValue,
            deprecated: schema["deprecated"]?.bool ?? false,
            limits: limits(schema),
            source: context.location(position)
        )
        if let documented = schema["docRequired"]?.bool, documented != field.required {
            context.warn(
                "\"\(name)\" is \(field.required ? "" : "not ")required in its schema but docRequired says"
                    + " otherwise; the schema's \"required\" is kept",
                at: position)
        }
        field.descriptionSource = schema["description"].map { context.location($0.position) }
        mergeEnum(schema, into: &field)
        if let properties = schema["properties"] {
            for property in try context.object(properties, "properties of \"\(name)\"") {
                field.children.append(
                    try self.field(
                        name: property.key, schema: property.value, position: property.position, depth: depth + 1))
            }
        }
        if let items = schema["items"] {
            field.item = Indirect(try self.field(name: "", schema: items, position: items.position, depth: depth + 1))
        } else if field.type == .object, field.children.isEmpty, let values = schema["additionalProperties"],
            values.members != nil
        {
            field.item = Indirect(
                try self.field(name: "", schema: values, position: values.position, depth: depth + 1))
        }
        return field
    }

    /// A `$ref` to `#/components/schemas/NAME`: an object of the shared type NAME. A reference
    /// elsewhere, or to a schema that does not exist, is read as any JSON value, with a warning.
    private mutating func reference(name: String, schema: JSONNode, node: JSONNode) -> Field {
        let prefix = "#/components/schemas/"
        let target = node.text ?? ""
        var field = Field(
            name: name, type: .object, required: schema["required"]?.bool ?? false,
            description: DescriptionFacts(markdown: schema["description"]?.text ?? "").text,
            source: context.location(node.position))
        if target.hasPrefix(prefix), context.componentNames.contains(String(target.dropFirst(prefix.count))) {
            field.reference = String(target.dropFirst(prefix.count))
        } else {
            field.type = .any
            context.warn(
                "\"\(name)\" refers to \(target), which is not a schema of components.schemas; it is read as any JSON value",
                at: node.position)
        }
        return field
    }

    private mutating func fieldType(_ schema: JSONNode, name: String, position: TextPosition) throws(DiagnosticError)
        -> FieldType
    {
        guard let type = schema["type"]?.text else {
            let guess: FieldType = schema["properties"] == nil ? .string : .object
            context.warn("schema of \"\(name)\" has no type; read as \(guess.rawValue)", at: position)
            return guess
        }
        let format = schema["format"]?.text
        switch type {
        case "integer":
            return format == "int64" ? .long : .integer
        case "number":
            return format == "double" ? .double : .float
        case "string" where format == "binary":
            return .binary
        default:
            if let known = FieldType(rawValue: type) { return known }
            throw context.error("unknown type \"\(type)\" of \"\(name)\"", at: schema["type"]?.position ?? position)
        }
    }

    private func limits(_ schema: JSONNode) -> SchemaLimits {
        let keys = [
            "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "enum",
            "enumValueTitles",
        ]
        var locations: [String: SourceLocation] = [:]
        for member in schema.members ?? [] where keys.contains(member.key) {
            locations[member.key] = context.location(member.position)
        }
        return SchemaLimits(
            minLength: schema["minLength"]?.int,
            maxLength: schema["maxLength"]?.int,
            pattern: schema["pattern"]?.text,
            minimum: schema["minimum"]?.text,
            maximum: schema["maximum"]?.text,
            minItems: schema["minItems"]?.int,
            maxItems: schema["maxItems"]?.int,
            keyLocations: locations)
    }

    private mutating func mergeEnum(_ schema: JSONNode, into field: inout Field) {
        let titles = schema["enumValueTitles"]?.members ?? []
        var enumValues = (schema["enum"]?.elements ?? []).compactMap(\.text)
        if enumValues.isEmpty { enumValues = titles.map(\.key) }
        let listed = field.allowedValues.map(\.value)
        if !listed.isEmpty, !enumValues.isEmpty, Set(listed) != Set(enumValues) {
            // The permissive side: a value either source lists passes (the merged list below).
            let enumPosition = schema["enum"]?.position ?? schema["enumValueTitles"]?.position ?? schema.position
            let description = schema["description"].map { context.location($0.position).position } ?? "?"
            context.warn(
                "\"\(field.name)\": the description (at \(description)) lists the values \(listed.joined(separator: ", "))"
                    + " but the schema's enum (at \(context.location(enumPosition).position)) lists"
                    + " \(enumValues.joined(separator: ", ")); a value either lists passes",
                at: enumPosition)
        }
        for value in enumValues {
            if (field.type == .integer || field.type == .long) && Int(value) == nil {
                context.diagnostics.append(
                    Diagnostic(
                        .warning, "enum value \"\(value)\" of integer \"\(field.name)\" is not an integer",
                        at: field.source))
            }
            let title = titles.first(where: { $0.key == value })?.value.text ?? ""
            if let index = field.allowedValues.firstIndex(where: { $0.value == value }) {
                if field.allowedValues[index].description.isEmpty { field.allowedValues[index].description = title }
            } else {
                field.allowedValues.append(AllowedValue(value: value, description: title))
            }
        }
    }
}
