/// What a stateful operation does to its resource.
public enum ResourceRole: String, Sendable, Equatable, Hashable, Codable, CaseIterable, Comparable {
    /// Makes a resource (`Create*`, `Allocate*`, `Run*`, `Add*`).
    case create
    /// Returns resources (`Describe*`, `List*`, `Get*`, `Query*`).
    case read
    /// Changes the fields of the same name (`Modify*`, `Update*`, `Set*`).
    case modify
    /// Removes a resource (`Delete*`, `Release*`, `Remove*`).
    case delete

    /// Orders roles as a resource's life does: create, read, modify, delete.
    public static func < (lhs: ResourceRole, rhs: ResourceRole) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The operation-name verbs that mean this role.
    public var verbs: [String] {
        switch self {
        case .create: ["Create", "Allocate", "Run", "Add"]
        case .read: ["Describe", "List", "Get", "Query"]
        case .modify: ["Modify", "Update", "Set"]
        case .delete: ["Delete", "Release", "Remove"]
        }
    }
}

/// Roles key JSON objects by their names (``ExplainReport/Figures/stateful``).
extension ResourceRole: CodingKeyRepresentable {}
