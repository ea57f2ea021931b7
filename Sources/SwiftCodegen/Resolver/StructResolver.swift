import SpecIR

/// Resolves a list of fields into a struct: property names, nested type names, Swift types,
/// optionality and query coding, in source order.
struct StructResolver {
    /// Names the generated methods use for their parameters and locals; a property may not take them.
    static let reservedPropertyNames: Set<String> = [
        "validate", "encode", "init", "validator", "element", "index", "encoder", "decoder", "request",
        "container",
    ]

    /// Standard-library, runtime and protocol names a nested type may not shadow.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int64", "Int32", "Bool", "Float", "Double", "Array", "Optional", "Codable", "Sendable",
        "Hashable", "Equatable", "Error", "CodingKeys", "Self", "Type", "Decoder", "Encoder", "RPCQueryEncoder",
        "RPCQueryDecoder", "RequestValidator", "DocumentedRule", "Rules", "OpenEnum", "RequestValidationError",
        "RPCQueryDecodingError", "RPCQueryCodable", "ValidatableValue", "CallOptions", "Code", "DocumentedErrorRow",
        "ServiceError", "JSONValue", "KeyedDecodingContainer", "SchemaModel", "ModelSchema", "ModelField",
    ]

    /// Where a struct sits: the service's shared types, and the shared type it belongs to (nil in an
    /// operation's own types), reached through a list or not.
    struct Scope: Sendable {
        var shared: SharedTypeNames
        var owner: String?
        var throughList = false
        /// The inline components being expanded, so that one referring to itself becomes JSON.
        var inlining: Set<String> = []
    }

    let name: TypeName
    let role: ResolvedStruct.Role
    private var scope: Scope
    private var typeNames: NameAllocator
    private var nested: [ResolvedDeclaration] = []

    private init(name: TypeName, role: ResolvedStruct.Role, scope: Scope) {
        self.name = name
        self.role = role
        self.scope = scope
        typeNames = NameAllocator(reserved: Self.reservedTypeNames.union(scope.shared.reserved).union([name.name]))
    }

    static func resolve(
        _ name: TypeName, role: ResolvedStruct.Role, field: Field?, fields: [Field], scope: Scope
    ) -> ResolvedStruct {
        var resolver = StructResolver(name: name, role: role, scope: scope)
        let propertyNames = self.propertyNames(fields)
        var members: [ResolvedMember] = []
        for (field, property) in zip(fields, propertyNames) {
            let type = resolver.type(of: field, throughList: scope.throughList)
            // A path or host parameter is needed to build the URL, whatever the spec says.
            let isRequired = role == .request && (field.required || field.place == .path || field.place == .host)
            members.append(
                ResolvedMember(
                    field: field, property: property, label: SwiftIdentifier.bare(property), type: type,
                    isOptional: !isRequired, coding: coding(field, type: type)))
        }
        return ResolvedStruct(name: name, role: role, field: field, members: members, nested: resolver.nested)
    }

    /// Property names in source order. Names are handed out to current members first, then to members
    /// that are superseded, so that when two wire names differ only in case (`Key` and the older `key`,
    /// as real metadata has them) the current one gets the plain name (`key`) and the older one the
    /// variant (`key2`).
    static func propertyNames(_ fields: [Field]) -> [String] {
        var allocator = NameAllocator(reserved: reservedPropertyNames)
        var names = [String?](repeating: nil, count: fields.count)
        // Only names that clash without regard to case need the documentation read.
        var spellings: [String: Int] = [:]
        for field in fields { spellings[field.name.lowercased(), default: 0] += 1 }
        let superseded = fields.map {
            spellings[$0.name.lowercased(), default: 0] > 1 && isSuperseded($0, among: fields)
        }
        let order = fields.indices.filter { !superseded[$0] } + fields.indices.filter { superseded[$0] }
        for index in order { names[index] = allocator.allocate(SwiftIdentifier.lowerCamel(nameStem(fields[index]))) }
        return names.map { $0 ?? "_" }
    }

    /// The part of a field's wire name its Swift names are made from: the name, less the `x-oss-` that OSS's headers
    /// and a few of its query parameters carry (`x-oss-storage-class` is `storageClass`, its enum `StorageClass`;
    /// `x-oss-meta-*` is `meta`; the query's `x-oss-process` is `process`).
    static func nameStem(_ field: Field) -> String {
        let prefix = "x-oss-"
        guard field.name.lowercased().hasPrefix(prefix), field.name.count > prefix.count else { return field.name }
        return String(field.name.dropFirst(prefix.count))
    }

    /// A field is superseded when it is marked or described as deprecated (弃用 / 废弃 / deprecated), or
    /// when its description points to a member whose name differs from its own only in case
    /// (「建议您尽量使用Tag.N.Key参数」 on `key`).
    static func isSuperseded(_ field: Field, among fields: [Field]) -> Bool {
        let description = field.description.lowercased()
        if field.deprecated || ["弃用", "废弃", "deprecated"].contains(where: description.contains) { return true }
        return fields.contains { other in
            other.name != field.name && other.name.lowercased() == field.name.lowercased()
                && (field.description.contains("." + other.name) || field.description.contains("`" + other.name))
        }
    }

    /// The wire name an array element's enum is named after: the element's own name, else the list's.
    static func elementName(_ item: Field, of list: Field) -> String {
        item.name.isEmpty ? (list.name.isEmpty ? "Value" : list.name) : item.name
    }

    private mutating func type(of field: Field, wireName: String? = nil, throughList: Bool) -> SwiftType {
        if let reference = field.reference, let shared = scope.shared.names[reference] {
            let cycle = SharedTypeNames.Reference(from: scope.owner ?? "", to: reference)
            return !throughList && scope.shared.cyclicReferences.contains(cycle) ? .json : .structure(shared)
        }
        if let reference = field.reference, let component = scope.shared.inline(reference) {
            guard !scope.inlining.contains(reference) else { return .json }
            scope.inlining.insert(reference)
            defer { scope.inlining.remove(reference) }
            var copy = component
            copy.name = field.name
            return type(of: copy, wireName: wireName, throughList: throughList)
        }
        switch field.type {
        case .object where !field.children.isEmpty:
            let nestedName = allocate(wireName ?? Self.nameStem(field))
            var inner = scope
            inner.throughList = throughList
            nested.append(
                .structure(Self.resolve(nestedName, role: role, field: field, fields: field.children, scope: inner)))
            return .structure(nestedName)
        case .object where field.item != nil:
            // A map of scalars; a map of anything else stays free-form JSON.
            guard let value = field.item?.value else { return .json }
            let valueType = type(of: value, wireName: field.name, throughList: true)
            return valueType.isScalar && !valueType.isOpenEnum ? .map(valueType) : .json
        case .object, .any:
            return .json
        case .array:
            guard let item = field.item?.value else { return .list(.json) }
            let elementWireName = item.type == .object ? field.name : Self.elementName(item, of: field)
            return .list(type(of: item, wireName: elementWireName, throughList: true))
        case .string where !field.allowedValues.isEmpty:
            let enumName = allocate(wireName ?? Self.nameStem(field))
            nested.append(.openEnum(EnumResolver.resolve(enumName, field: field)))
            return .openEnum(enumName)
        case .string, .binary: return .string
        case .integer: return .int
        case .long: return .int64
        case .boolean: return .bool
        case .float, .double: return .double
        }
    }

    private mutating func allocate(_ wireName: String) -> TypeName {
        TypeName(name: typeNames.allocate(SwiftIdentifier.upperCamel(wireName)), parent: name.qualified)
    }

    /// The documented style, where the type can travel that way; anything else goes as JSON.
    private static func coding(_ field: Field, type: SwiftType) -> QueryCoding {
        if field.style == .json { return .json }
        switch type {
        case .string, .int, .int64, .bool, .double, .openEnum: return .scalar
        case .json, .map: return .json
        case .structure: return .object
        case .list(let element):
            if element.isScalar { return field.style == .simple ? .joined : .list }
            if element.isStructure, field.style != .simple { return .objectList }
            return .json
        }
    }
}

/// Resolves a field's documented values into open-enum cases.
enum EnumResolver {
    static func resolve(_ name: TypeName, field: Field) -> ResolvedEnum {
        var caseNames = NameAllocator(reserved: ["init", "rawValue", "documentedCases", "description"])
        let cases = field.allowedValues.map { value in
            ResolvedEnum.Case(name: caseNames.allocate(SwiftIdentifier.lowerCamel(value.value)), value: value)
        }
        return ResolvedEnum(name: name, field: field, cases: cases, otherCase: caseNames.allocate("undocumented"))
    }
}
