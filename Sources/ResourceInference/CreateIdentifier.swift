/// Where a create's answer carries the new resource's identifier.
struct CreateIdentifier: Equatable {
    /// The kind made: the operation's, until a loose identifier joins it to another kind's resource.
    var kind: String
    /// The identifier's wire name (`VpcId`, `cluster_id`; `InstanceId` for a list of them).
    var name: String
    /// Its path in the answer.
    var path: [String]
    /// Whether the path is a list of new identifiers.
    var isList: Bool
    /// How it was found, in words.
    var how: String
    /// Whether the name is not `<Kind>Id` of the kind (`<Suffix>Id`, or the single other `*Id`): such a create
    /// joins the resource whose identifier it is, if another create makes one.
    var isLoose = false

    /// Finds the identifier of a `kind` in a create's answer: a field named `<Kind>Id` (top level or in a
    /// top-level object), a list of them (`InstanceIdSets.InstanceIdSet`), `<Suffix>Id` of a trailing part of the
    /// kind (`CreateDefaultVpc` answers `VpcId`), or else the one `*Id` field that is not a request, task, order,
    /// region, zone, owner, host or resource-group id. With `named`, only that name is looked for.
    static func find(kind: String, in fields: OperationFields, named: String? = nil) -> Result<CreateIdentifier, Why> {
        let wanted = named ?? kind + "Id"
        let key = WireName.key(wanted)
        if let path = fields.response.scalarPath(keys: [key]), let last = path.last {
            return .success(.init(kind: kind, name: last, path: path, isList: false, how: "answers \(path.dotted)"))
        }
        if let path = fields.response.scalarListPath(namedLike: key) {
            return .success(
                .init(kind: kind, name: wanted, path: path, isList: true, how: "answers a list \(path.dotted)"))
        }
        if named != nil { return .failure(Why("its answer has no \(wanted)")) }
        for suffix in trailingWords(of: kind)
        where !WireName.nonResourceIdentifiers.contains(WireName.key(suffix + "Id")) {
            if let path = fields.response.scalarPath(keys: [WireName.key(suffix + "Id")]), let last = path.last {
                let how = "answers \(path.dotted), the id of a \(suffix)"
                return .success(.init(kind: kind, name: last, path: path, isList: false, how: how, isLoose: true))
            }
        }
        let others = fields.response.fields.filter { field in
            let name = WireName.key(field.name)
            return name.hasSuffix("id") && name.count > 2 && !WireName.nonResourceIdentifiers.contains(name)
                && fields.response.isScalar(field)
        }
        if others.count == 1, let only = others.first {
            return .success(
                .init(
                    kind: kind, name: only.name, path: [only.name], isList: false, how: "answers one id \(only.name)",
                    isLoose: true))
        }
        if others.isEmpty { return .failure(Why("its answer carries no identifier (\(wanted) or another *Id)")) }
        return .failure(
            Why("its answer carries several ids (\(others.map(\.name).joined(separator: ", "))) and no \(wanted)"))
    }

    /// The proper trailing camel-case parts of a kind, longest first: `DefaultVpc` → `Vpc`.
    static func trailingWords(of kind: String) -> [String] {
        let starts = kind.indices.dropFirst().filter {
            kind[$0].isUppercase && !kind[kind.index(before: $0)].isUppercase
        }
        return starts.map { String(kind[$0...]) }
    }
}

/// Why an operation could not be placed, in words.
struct Why: Error, Equatable {
    /// The words.
    var text: String

    init(_ text: String) { self.text = text }
}

extension Array where Element == String {
    /// A path as a dotted name, `Vpcs.Vpc`; `(answer)` for the whole answer.
    var dotted: String { isEmpty ? "(answer)" : joined(separator: ".") }
}
