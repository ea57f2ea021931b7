import AliyunRuntime
import ResourceInference
import SpecIR

/// Builds answers in the shape a response schema documents, from a resource's fields: each documented field takes
/// the field of the same name (in any spelling: `cluster_id` is `ClusterId`), converted to the documented type;
/// fields the resource lacks are left out, as the generated client's optional members allow.
struct AnswerShape {
    /// The service's shared types by name.
    let sharedTypes: [String: Field]

    /// The field with its shared type's members and item, when it refers to one.
    func resolved(_ field: Field) -> Field { field.resolvingReference(in: sharedTypes) }

    /// The answer's top-level fields: a whole-body field (a ROA answer that is a list or a shared type) stands for
    /// its members.
    func topLevel(_ response: Response) -> [Field] {
        if let reference = response.reference, let shared = sharedTypes[reference] { return shared.children }
        return response.fields.flatMap { field in
            field.placement == .payload && resolved(field).type == .object ? resolved(field).children : [field]
        }
    }

    /// An object of `fields`, each from the field of the same name in `data`.
    func object(_ fields: [Field], from data: [String: JSONValue]) -> [String: JSONValue] {
        let byKey = Dictionary(data.map { (WireName.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        var answer: [String: JSONValue] = [:]
        for field in fields where !field.name.isEmpty {
            guard let value = byKey[WireName.key(field.name)], let converted = convert(value, to: field) else {
                continue
            }
            answer[field.name] = converted
        }
        return answer
    }

    /// A value as the field's documented type; nil when it cannot be one.
    func convert(_ value: JSONValue, to field: Field) -> JSONValue? {
        let field = resolved(field)
        switch (field.type, value) {
        case (_, .null): return nil
        case (.any, _): return value
        case (.string, .string), (.binary, .string): return value
        case (.string, .integer(let number)): return .string(String(number))
        case (.string, .number(let number)): return .string(String(number))
        case (.string, .bool(let flag)): return .string(String(flag))
        case (.integer, .integer), (.long, .integer), (.boolean, .bool), (.float, .number), (.double, .number):
            return value
        case (.float, .integer(let number)), (.double, .integer(let number)): return .number(Double(number))
        case (.integer, .string(let text)), (.long, .string(let text)): return Int64(text).map(JSONValue.integer)
        case (.integer, .number(let number)), (.long, .number(let number)):
            return Int64(exactly: number).map(JSONValue.integer)
        case (.float, .string(let text)), (.double, .string(let text)): return Double(text).map(JSONValue.number)
        case (.boolean, .string(let text)): return Bool(text.lowercased()).map(JSONValue.bool)
        case (.object, .object(let members)):
            if !field.children.isEmpty { return .object(object(field.children, from: members)) }
            guard let item = field.item?.value else { return value }
            return .object(members.compactMapValues { convert($0, to: item) })
        case (.array, .array(let elements)):
            guard let item = field.item?.value else { return value }
            return .array(elements.compactMap { convert($0, to: item) })
        case (.array, _):
            // One value where a list is documented: a list of it.
            guard let item = field.item?.value, let element = convert(value, to: item) else { return nil }
            return .array([element])
        default:
            return nil
        }
    }

    /// `members` with each documented field in its documented type, undocumented ones kept as they are; a value the
    /// type cannot hold is left out.
    func conformed(_ members: [String: JSONValue], to fields: [Field]) -> [String: JSONValue] {
        var result = members
        for field in fields where !field.name.isEmpty {
            guard let value = members[field.name] else { continue }
            result[field.name] = conformed(value, to: field)
        }
        return result
    }

    /// A value in the field's documented type, objects and lists member by member; nil when it cannot be one.
    func conformed(_ value: JSONValue, to field: Field) -> JSONValue? {
        let field = resolved(field)
        switch (field.type, value) {
        case (.object, .object(let members)) where !field.children.isEmpty:
            return .object(conformed(members, to: field.children))
        case (.array, .array(let elements)):
            guard let item = field.item?.value else { return value }
            return .array(elements.compactMap { conformed($0, to: item) })
        case (.object, .object), (.any, _), (_, .null):
            return value
        default:
            return convert(value, to: field)
        }
    }

    /// The field at a path of wire names below `fields` (a whole-body field is passed through).
    func field(at path: [String], in fields: [Field]) -> Field? {
        guard let first = path.first else { return nil }
        guard let found = fields.first(where: { $0.name == first }) else { return nil }
        let rest = Array(path.dropFirst())
        if rest.isEmpty { return resolved(found) }
        let next = resolved(found)
        let children = next.item.map { resolved($0.value).children } ?? next.children
        return field(at: rest, in: children)
    }

    /// The whole-body field of an answer that is documented as a list (a ROA answer `[…]`); nil for an object.
    func listBody(of response: Response) -> Field? {
        response.fields.first { $0.placement == .payload && resolved($0).type == .array }
    }

    /// The list's item field at `path` (`Vpcs.Vpc`'s item); an empty path is the answer itself, when it is a list.
    func item(ofList path: [String], in response: Response) -> Field? {
        if path.isEmpty {
            let body = listBody(of: response) ?? response.fields.first
            return body.flatMap { resolved($0).item?.value }.map(resolved)
        }
        return field(at: path, in: topLevel(response))?.item.map { resolved($0.value) }
    }
}

extension JSONValue {
    /// The value at a path of object keys; nil when a step is missing.
    func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        guard case .object(let members) = self, let next = members[first] else { return nil }
        return next.value(at: Array(path.dropFirst()))
    }

    /// This value with `value` at a path of object keys, making the objects on the way; an empty path replaces it.
    func setting(_ value: JSONValue, at path: [String]) -> JSONValue {
        guard let first = path.first else { return value }
        var members: [String: JSONValue] = [:]
        if case .object(let existing) = self { members = existing }
        members[first] = (members[first] ?? .object([:])).setting(value, at: Array(path.dropFirst()))
        return .object(members)
    }

    /// The text of a scalar (numbers and booleans as written).
    var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .bool(let flag): String(flag)
        default: nil
        }
    }
}
