import SpecIR

/// How every request of a service travels and what it must satisfy, exactly as the generated code decides it:
/// each member's wire name, place, query coding, value type, optionality and checks. Servers that answer a
/// product from its IR at run time (the emulator) decode and check requests with it, so they agree with the
/// generated clients and validators without compiling them. Built by ``RequestPlanner``.
public struct ServicePlan: Sendable {
    /// Product code, e.g. `Ecs`.
    public var product: String
    /// API version, e.g. `2014-05-26`.
    public var version: String
    /// The operations' plans, by wire name.
    public var operations: [String: OperationPlan]
    /// The members of each object a request holds, by the generated type's qualified name
    /// (``PlannedValue/structure(_:)`` names one).
    public var structures: [String: [PlannedMember]]
}

/// One operation's request.
public struct OperationPlan: Sendable {
    /// The wire name, e.g. `CreateVpc`.
    public var name: String
    /// The request's members, in source order.
    public var members: [PlannedMember]
}

/// One member of a request or of an object in it.
public struct PlannedMember: Sendable {
    /// The wire name (`Tag`, `cluster_id`).
    public var wireName: String
    /// Its key in the generated type's JSON form: the wire name, or `path/cluster_id` for a second member of one
    /// name in another place.
    public var jsonKey: String
    /// Where it travels.
    public var place: FieldPlace
    /// How it travels in a query (or a form body); meaningful for ``place`` `query`.
    public var coding: QueryCoding
    /// Its type.
    public var value: PlannedValue
    /// Whether it may be absent (a required member, and a path parameter, may not).
    public var isOptional: Bool
    /// Checks on its value, or on a list as a whole (its count, that it is not empty).
    public var checks: [PlannedCheck]
    /// Checks on each element of a list of scalars.
    public var elementChecks: [PlannedCheck]
    /// A value the documentation gives for it: its example, else its default, else its first documented value.
    public var sample: String?
}

/// The type of a planned member, as the generated Swift type is.
public indirect enum PlannedValue: Sendable, Hashable {
    /// `String`.
    case string
    /// `Int`.
    case integer
    /// `Int64`.
    case int64
    /// `Bool`.
    case boolean
    /// `Double`.
    case double
    /// A free-form JSON value.
    case json
    /// An open enum: text, whose documented values a ``PlannedCheck/Kind/documentedValue(_:)`` check lists.
    case openEnum
    /// An object: the members are ``ServicePlan/structures`` under this name.
    case structure(String)
    /// A list of these.
    case list(PlannedValue)
    /// A map of names to these.
    case map(PlannedValue)
}
