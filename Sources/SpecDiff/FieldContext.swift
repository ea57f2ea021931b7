/// Where compared fields sit, which decides what their changes mean to the generated Swift.
enum FieldContext: Sendable {
    /// An operation's request: required members are non-optional initializer arguments; rules are validated.
    case request
    /// An operation's response: every member is optional; nothing is validated.
    case response
    /// A shared struct (`components.schemas`): every member is optional; rules are validated where a request
    /// carries it.
    case shared

    /// The word for a member, in summaries.
    var noun: String {
        switch self {
        case .request: "parameter"
        case .response: "response field"
        case .shared: "field"
        }
    }

    var added: SpecChange.Kind {
        switch self {
        case .request: .parameterAdded
        case .response: .responseFieldAdded
        case .shared: .sharedTypeFieldAdded
        }
    }

    var removed: SpecChange.Kind {
        switch self {
        case .request: .parameterRemoved
        case .response: .responseFieldRemoved
        case .shared: .sharedTypeFieldRemoved
        }
    }

    var retyped: SpecChange.Kind {
        switch self {
        case .request: .parameterRetyped
        case .response: .responseFieldRetyped
        case .shared: .sharedTypeFieldRetyped
        }
    }

    /// Whether members can be required (only a request's initializer takes required arguments).
    var hasRequiredMembers: Bool { self == .request }

    /// Whether the generated code validates the members' rules (responses are decoded as they come).
    var validatesRules: Bool { self != .response }
}
