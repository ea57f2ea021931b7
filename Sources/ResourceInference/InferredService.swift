/// The resources and operation placements inferred for one product version; sorted, so equal inputs give equal
/// values.
public struct InferredService: Sendable, Equatable, Codable {
    /// Product code, e.g. `Ecs`.
    public var product: String
    /// API version, e.g. `2014-05-26`.
    public var version: String
    /// Resources, by kind.
    public var resources: [InferredResource]
    /// Every operation of the service, by name.
    public var operations: [InferredOperation]
    /// Problems with the overrides given (an operation the spec does not have, a kind no create makes).
    public var overrideProblems: [String]

    /// Creates an inferred service.
    public init(
        product: String, version: String, resources: [InferredResource], operations: [InferredOperation],
        overrideProblems: [String] = []
    ) {
        self.product = product
        self.version = version
        self.resources = resources
        self.operations = operations
        self.overrideProblems = overrideProblems
    }

    /// The resource of a kind.
    public func resource(_ kind: String) -> InferredResource? { resources.first { $0.kind == kind } }

    /// The operation of a name.
    public func operation(_ name: String) -> InferredOperation? { operations.first { $0.name == name } }
}

/// A kind of resource some operation creates, with the operations that touch it.
public struct InferredResource: Sendable, Equatable, Codable {
    /// The kind, from the create operation's name (`Vpc`, `Instance`, `Cluster`).
    public var kind: String
    /// The identifier's wire name as the create answers it (`VpcId`, `cluster_id`).
    public var identifier: String
    /// Operations by role, each list sorted by name.
    public var creates: [String]
    /// Operations that return the resource.
    public var reads: [String]
    /// Operations that change its fields.
    public var modifies: [String]
    /// Operations that remove it.
    public var deletes: [String]
    /// The documented code a call on a missing identifier answers; nil when none is documented.
    public var notFoundCode: String?
    /// How ``notFoundCode`` was chosen, in words.
    public var notFoundReason: String
    /// How its list reads page, from the first list read (by name) that pages.
    public var paging: Paging?

    /// Creates a resource.
    public init(
        kind: String, identifier: String, creates: [String] = [], reads: [String] = [], modifies: [String] = [],
        deletes: [String] = [], notFoundCode: String? = nil, notFoundReason: String = "", paging: Paging? = nil
    ) {
        self.kind = kind
        self.identifier = identifier
        self.creates = creates
        self.reads = reads
        self.modifies = modifies
        self.deletes = deletes
        self.notFoundCode = notFoundCode
        self.notFoundReason = notFoundReason
        self.paging = paging
    }

    /// The operations of a role.
    public func operations(_ role: ResourceRole) -> [String] {
        switch role {
        case .create: creates
        case .read: reads
        case .modify: modifies
        case .delete: deletes
        }
    }
}
