import Foundation

/// A product's corrections to inference, read from a small JSON file:
///
/// ```json
/// { "operations": {
///     "CreateImage": { "role": "create", "kind": "Image", "identifier": "ImageId" },
///     "DescribeImages": { "role": "read", "kind": "Image", "list": "Images.Image" },
///     "CopyImage": "example" },
///   "fields": { "ModifyCluster": { "cluster_name": "name" } },
///   "handlers": ["ecs-images"] }
/// ```
///
/// An operation named here is placed as it says, whatever the rules make of it. `fields` maps, per operation, a
/// request field onto the resource field it stands for when the names differ (CS's `ModifyCluster` sends
/// `cluster_name` for the cluster's `name`): a create stores it, a modify changes it and a list read filters by it
/// under the resource's name. `handlers` names hand-written handler sets that serve some of the product's operations
/// instead (the emulator knows them by name: ECS's image store is `ecs-images`). Unknown keys are an error.
public struct InferenceOverrides: Sendable, Equatable, Codable {
    /// The placement forced on each operation named, by operation name.
    public var operations: [String: OperationOverride]
    /// Per operation, the request fields that stand for a resource field of another name: request wire name →
    /// resource field.
    public var fields: [String: [String: String]]
    /// The hand-written handler sets that serve some of the product's operations, by name.
    public var handlers: [String]

    /// Creates overrides.
    public init(
        operations: [String: OperationOverride] = [:], fields: [String: [String: String]] = [:],
        handlers: [String] = []
    ) {
        self.operations = operations
        self.fields = fields
        self.handlers = handlers
    }

    /// No overrides: inference alone.
    public static let none = InferenceOverrides()

    /// Reads an override file's bytes.
    ///
    /// - Throws: `DecodingError` for malformed JSON, an unknown key or an unknown role.
    public static func decode(_ json: Data) throws -> InferenceOverrides {
        try JSONDecoder().decode(InferenceOverrides.self, from: json)
    }

    private enum CodingKeys: String, CodingKey {
        case operations, fields, handlers
    }

    /// Decodes `{ "operations": { … }, "fields": { … }, "handlers": [ … ] }`, refusing other keys.
    public init(from decoder: any Decoder) throws {
        try OverrideKey.refuseUnknown(in: decoder, allowed: ["operations", "fields", "handlers"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        operations = try container.decodeIfPresent([String: OperationOverride].self, forKey: .operations) ?? [:]
        fields = try container.decodeIfPresent([String: [String: String]].self, forKey: .fields) ?? [:]
        handlers = try container.decodeIfPresent([String].self, forKey: .handlers) ?? []
    }
}

/// What an override says of one operation: `"example"`, `"unplaced"`, or an object naming its role and kind.
public enum OperationOverride: Sendable, Equatable, Codable {
    /// Answer the documented example.
    case example
    /// Leave it unplaced.
    case unplaced
    /// Place it on a resource: its role, the kind, and optionally the identifier's wire name (for a create:
    /// the answer's field; for the others: the request's parameter) and, for a list read, the list's dotted path.
    case stateful(role: ResourceRole, kind: String, identifier: String?, list: String?)

    private enum CodingKeys: String, CodingKey {
        case role, kind, identifier, list
    }

    /// Decodes a bare string or an object with `role`, `kind`, `identifier`, `list`, refusing other keys.
    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            switch word {
            case "example": self = .example
            case "unplaced": self = .unplaced
            default:
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "expected \"example\", \"unplaced\" or an object, found \"\(word)\""))
            }
            return
        }
        try OverrideKey.refuseUnknown(in: decoder, allowed: ["role", "kind", "identifier", "list"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .stateful(
            role: try container.decode(ResourceRole.self, forKey: .role),
            kind: try container.decode(String.self, forKey: .kind),
            identifier: try container.decodeIfPresent(String.self, forKey: .identifier),
            list: try container.decodeIfPresent(String.self, forKey: .list))
    }

    /// Encodes as the file writes it.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .example:
            var container = encoder.singleValueContainer()
            try container.encode("example")
        case .unplaced:
            var container = encoder.singleValueContainer()
            try container.encode("unplaced")
        case .stateful(let role, let kind, let identifier, let list):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(role, forKey: .role)
            try container.encode(kind, forKey: .kind)
            try container.encodeIfPresent(identifier, forKey: .identifier)
            try container.encodeIfPresent(list, forKey: .list)
        }
    }
}

/// Any key of a JSON object, to refuse the ones an override file does not know.
struct OverrideKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws when the object being decoded has a key outside `allowed`.
    static func refuseUnknown(in decoder: any Decoder, allowed: Set<String>) throws {
        let container = try decoder.container(keyedBy: OverrideKey.self)
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [OverrideKey(stringValue: unknown)],
                    debugDescription: "unknown key \"\(unknown)\"; expected one of \(allowed.sorted())"))
        }
    }
}
