/// The name of a generated type: its own name and the type it is nested in.
struct TypeName: Sendable, Hashable {
    /// `Features`.
    var name: String
    /// `ModifyImageAttributeRequest` for a nested type; nil at top level.
    var parent: String?

    /// `ModifyImageAttributeRequest.Features`.
    var qualified: String { parent.map { "\($0).\(name)" } ?? name }
    /// `ModifyImageAttributeRequest/Features`: the type's path in a DocC symbol link.
    var symbolPath: String { qualified.split(separator: ".").joined(separator: "/") }
}

/// The Swift type of a member, decided once by ``ServiceResolver`` and spelled from here everywhere.
indirect enum SwiftType: Sendable, Hashable {
    case string
    case int
    case int64
    case bool
    case double
    /// `JSONValue`: a free-form object, or a value of any type.
    case json
    /// An open enum of documented values.
    case openEnum(TypeName)
    /// A generated struct.
    case structure(TypeName)
    case list(SwiftType)
    /// `[String: Value]`: an object whose members are any names, each a scalar (`x-oss-meta-*`).
    case map(SwiftType)

    /// The spelling inside the struct that declares the member (nested types by their own name).
    var localSpelling: String { spelling(qualified: false) }

    /// The spelling anywhere else.
    var qualifiedSpelling: String { spelling(qualified: true) }

    private func spelling(qualified: Bool) -> String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int64: "Int64"
        case .bool: "Bool"
        case .double: "Double"
        case .json: "JSONValue"
        case .openEnum(let name), .structure(let name): qualified ? name.qualified : name.name
        case .list(let element): "[\(element.spelling(qualified: qualified))]"
        case .map(let value): "[String: \(value.spelling(qualified: qualified))]"
        }
    }

    /// The element type of a list; the type itself otherwise.
    var element: SwiftType {
        if case .list(let element) = self { return element }
        return self
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    var isOpenEnum: Bool {
        if case .openEnum = self { return true }
        return false
    }

    var isStructure: Bool {
        if case .structure = self { return true }
        return false
    }

    /// Text: a string or an open enum's raw value, which the text rules (length, characters, …) check.
    var isText: Bool { self == .string || isOpenEnum }

    /// A value that one query item or one command-line option carries: a number, a string, a boolean or
    /// an open enum.
    var isScalar: Bool {
        switch self {
        case .string, .int, .int64, .bool, .double, .openEnum: true
        case .json, .structure, .list, .map: false
        }
    }
}

/// How a request member travels in the RPC query, after its documented style.
public enum QueryCoding: String, Sendable {
    /// One item (`Name=value`).
    case scalar
    /// Members flattened with dots (`Name.Member=…`).
    case object
    /// Scalars numbered from 1 (`Name.1=…`).
    case list
    /// Objects numbered from 1 (`Name.1.Member=…`).
    case objectList
    /// Scalars joined with commas in one item (`simple` style).
    case joined
    /// The whole value as one JSON string.
    case json

    /// The `RPCQueryEncoder` / `RPCQueryDecoder` method suffix: `encode`/`decode` + this.
    var methodSuffix: String {
        switch self {
        case .scalar: ""
        case .object: "Object"
        case .list: "List"
        case .objectList: "ObjectList"
        case .joined: "Joined"
        case .json: "JSON"
        }
    }
}
