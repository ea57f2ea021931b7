/// Where a parameter travels, decided from ``Field/placement`` in this one place.
public enum FieldPlace: String, Sendable, Hashable {
    /// The query, or a form body (`formData`), which RPC reads with the query.
    case query
    case path
    /// The host name (OSS's bucket).
    case host
    case header
    /// A member of the JSON body object.
    case bodyMember
    /// The whole body.
    case payload

    /// The place names share: a path parameter and a body member of one name are different values,
    /// a body member and the whole body are not.
    public var namespace: String {
        switch self {
        case .query: "query"
        case .path: "path"
        case .host: "host"
        case .header: "header"
        case .bodyMember, .payload: "body"
        }
    }
}

extension Field {
    /// Where the parameter travels: `path`, `header`, `body` (a body member) and `payload` (the whole
    /// body) as placed; anything else (`query`, `formData`, none) with the query.
    public var place: FieldPlace {
        switch placement {
        case .path?: .path
        case .host?: .host
        case .header?: .header
        case .body?: .bodyMember
        case .payload?: .payload
        default: .query
        }
    }
}

extension Field {
    /// This schema as the one member, `body`, that holds a whole body or answer which is not an object
    /// with properties (a list, a scalar): the rule the reader and the resolver share.
    public var asWholeBody: Field {
        var body = self
        body.name = "body"
        body.placement = .payload
        return body
    }
}
