import AliyunRuntime
import EmulatorSupport

/// The resources made by calls, per product version and kind, in creation order; written to a state file after
/// every change when one is given.
public actor ResourceStore {
    private struct Table {
        var order: [String] = []
        var fields: [String: [String: JSONValue]] = [:]
    }

    private struct Key: Hashable {
        var product: String
        var version: String
        var kind: String
    }

    private var tables: [Key: Table] = [:]
    private let persist: (@Sendable (ResourceState) throws -> Void)?
    /// The most resources held; a create beyond it is refused (the emulator's memory stays bounded).
    public static let capacity = 100_000
    private var count = 0

    /// A store starting from `state`, calling `persist` after every change.
    public init(_ state: ResourceState = ResourceState(), persist: (@Sendable (ResourceState) throws -> Void)? = nil) {
        self.persist = persist
        (tables, count) = Self.tables(of: state)
    }

    private static func tables(of state: ResourceState) -> ([Key: Table], Int) {
        var tables: [Key: Table] = [:]
        var count = 0
        for resource in state.resources {
            let key = Key(product: resource.product, version: resource.version, kind: resource.kind)
            if tables[key, default: Table()].fields[resource.id] == nil {
                tables[key, default: Table()].order.append(resource.id)
                count += 1
            }
            tables[key, default: Table()].fields[resource.id] = resource.fields
        }
        return (tables, count)
    }

    /// Everything held.
    public var state: ResourceState {
        ResourceState(
            resources: tables.keys.sorted {
                [$0.product, $0.version, $0.kind].lexicographicallyPrecedes([$1.product, $1.version, $1.kind])
            }
            .flatMap { key in
                let table = tables[key] ?? Table()
                return table.order.map { id in
                    ResourceState.Resource(
                        product: key.product, version: key.version, kind: key.kind, id: id,
                        fields: table.fields[id] ?? [:])
                }
            })
    }

    /// Replaces everything (`PUT /_emulator/state`).
    public func replace(with state: ResourceState) throws {
        (tables, count) = Self.tables(of: state)
        try persist?(self.state)
    }

    /// The fields of a resource; nil when there is none.
    func fields(_ product: String, _ version: String, _ kind: String, id: String) -> [String: JSONValue]? {
        tables[Key(product: product, version: version, kind: kind)]?.fields[id]
    }

    /// The resources of a kind, in creation order.
    func all(_ product: String, _ version: String, _ kind: String) -> [(id: String, fields: [String: JSONValue])] {
        guard let table = tables[Key(product: product, version: version, kind: kind)] else { return [] }
        return table.order.compactMap { id in table.fields[id].map { (id, $0) } }
    }

    /// Adds or replaces resources; false, changing nothing, when the store would hold more than ``capacity``.
    func put(_ product: String, _ version: String, _ kind: String, _ resources: [(String, [String: JSONValue])]) throws
        -> Bool
    {
        let key = Key(product: product, version: version, kind: kind)
        let new = resources.filter { tables[key]?.fields[$0.0] == nil }.count
        guard count + new <= Self.capacity else { return false }
        for (id, fields) in resources {
            if tables[key, default: Table()].fields[id] == nil {
                tables[key, default: Table()].order.append(id)
                count += 1
            }
            tables[key, default: Table()].fields[id] = fields
        }
        try persist?(state)
        return true
    }

    /// Removes resources.
    func remove(_ product: String, _ version: String, _ kind: String, ids: [String]) throws {
        let key = Key(product: product, version: version, kind: kind)
        let gone = Set(ids)
        guard var table = tables[key] else { return }
        for id in gone where table.fields.removeValue(forKey: id) != nil { count -= 1 }
        table.order.removeAll { gone.contains($0) }
        tables[key] = table
        try persist?(state)
    }
}
