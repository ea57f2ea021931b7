/// What inference made of one operation, and why.
public struct InferredOperation: Sendable, Equatable, Codable {
    /// The operation's wire name, e.g. `DescribeVpcs`.
    public var name: String
    /// Where the operation falls.
    public var placement: Placement
    /// Why, in words (for `--explain`).
    public var reason: String

    /// Creates an inferred operation.
    public init(name: String, placement: Placement, reason: String) {
        self.name = name
        self.placement = placement
        self.reason = reason
    }
}

/// Where an operation falls: on a resource's state, on its documented example, or nowhere.
public enum Placement: Sendable, Equatable, Codable {
    /// It creates, reads, modifies or deletes a resource.
    case stateful(StatefulPlacement)
    /// It answers its documented example.
    case exampleOnly
    /// It has neither a resource nor a documented example.
    case unplaced

    /// The stateful placement, if it is one.
    public var stateful: StatefulPlacement? {
        if case .stateful(let placement) = self { placement } else { nil }
    }
}

/// How a stateful operation touches its resource. Paths are wire names from the top of the request or answer;
/// an empty path is the whole answer (a ROA answer that is itself a list).
public struct StatefulPlacement: Sendable, Equatable, Codable {
    /// What the operation does.
    public var role: ResourceRole
    /// The resource kind, e.g. `Vpc`.
    public var kind: String
    /// The request parameter carrying the identifier (`VpcId`, `InstanceIds`, the path's `ClusterId`); nil when
    /// the request takes none (a list that returns everything).
    public var requestIdentifier: [String]?
    /// Whether ``requestIdentifier`` holds a list of identifiers (`InstanceIds`) rather than one.
    public var requestIdentifierIsList: Bool
    /// Where the answer carries the identifier: a create's new identifier (`VpcId`, or a list such as
    /// `InstanceIdSets.InstanceIdSet` when ``responseIdentifierIsList``), a single read's `VpcId`; nil otherwise.
    public var responseIdentifier: [String]?
    /// Whether ``responseIdentifier`` is a list of new identifiers (`RunInstances`).
    public var responseIdentifierIsList: Bool
    /// For a list read: the list whose items are the resources (`Vpcs.Vpc`); nil for other roles and single reads.
    public var list: [String]?
    /// For a list read: where an item carries the identifier (`VpcId`, `nodepool_info.nodepool_id`).
    public var itemIdentifier: [String]?
    /// For a list read: how it pages.
    public var paging: Paging?
    /// The request fields that stand for a resource field of another name (request wire name → resource field), from
    /// the product's overrides; nil when every field keeps its name.
    public var renamedFields: [String: String]?

    /// Creates a placement.
    public init(
        role: ResourceRole, kind: String, requestIdentifier: [String]? = nil, requestIdentifierIsList: Bool = false,
        responseIdentifier: [String]? = nil, responseIdentifierIsList: Bool = false, list: [String]? = nil,
        itemIdentifier: [String]? = nil, paging: Paging? = nil
    ) {
        self.role = role
        self.kind = kind
        self.requestIdentifier = requestIdentifier
        self.requestIdentifierIsList = requestIdentifierIsList
        self.responseIdentifier = responseIdentifier
        self.responseIdentifierIsList = responseIdentifierIsList
        self.list = list
        self.itemIdentifier = itemIdentifier
        self.paging = paging
    }
}
