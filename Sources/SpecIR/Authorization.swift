/// One row of an operation's RAM authorization table.
public struct Authorization: Sendable, Equatable, Hashable, Codable {
    /// RAM action, e.g. `ecs:ModifyImageAttribute`.
    public var action: String
    /// Access level, e.g. `update`, `get`, `list`, `create`, `delete`.
    public var accessLevel: String?
    /// Resource types the action applies to.
    public var resourceTypes: [ResourceType]
    /// Condition keys; empty when the page says none.
    public var conditionKeys: [String]
    /// Operations that must also be authorized; empty when the page says none.
    public var associatedOperations: [String]

    /// Creates an authorization row.
    public init(
        action: String,
        accessLevel: String? = nil,
        resourceTypes: [ResourceType] = [],
        conditionKeys: [String] = [],
        associatedOperations: [String] = []
    ) {
        self.action = action
        self.accessLevel = accessLevel
        self.resourceTypes = resourceTypes
        self.conditionKeys = conditionKeys
        self.associatedOperations = associatedOperations
    }
}

/// A RAM resource type named by an authorization row.
public struct ResourceType: Sendable, Equatable, Hashable, Codable {
    /// Type name, e.g. `Image`.
    public var name: String
    /// Whether the resource must be given (the page marks it with `*`).
    public var required: Bool
    /// The ARN template, e.g. `acs:ecs:{#regionId}:{#accountId}:image/{#ImageId}`.
    public var arn: String?

    /// Creates a resource type.
    public init(name: String, required: Bool, arn: String? = nil) {
        self.name = name
        self.required = required
        self.arn = arn
    }
}
