import AliyunRuntime
import EmulatorSupport

/// The resources made by calls, per product version and kind, in creation order; written to a state file after
/// every change when one is given.
public actor ResourceStore {
    private struct Table {
        var order: [String] = []
        var fields: [String: [String: JSONValue]] = [:]
        /// Each resource's fields' size as JSON, in bytes.
        var sizes: [String: Int] = [:]
    }

    private struct Key: Hashable {
        var product: String
        var version: String
        var kind: String
    }

    /// The tables and their totals, kept together so that every change updates both.
    private struct Contents {
        var tables: [Key: Table] = [:]
        var count = 0
        var bytes = 0

        /// Contents holding `state`'s resources.
        init(_ state: ResourceState = ResourceState()) {
            for resource in state.resources {
                insert(
                    Key(product: resource.product, version: resource.version, kind: resource.kind), resource.id,
                    resource.fields, size: ResourceStore.size(resource.fields))
            }
        }

        /// Adds a resource, or replaces the one of its identifier (keeping its place in the creation order).
        mutating func insert(_ key: Key, _ id: String, _ fields: [String: JSONValue], size: Int) {
            if tables[key, default: Table()].fields[id] == nil {
                tables[key, default: Table()].order.append(id)
                count += 1
            }
            bytes += size - (tables[key]?.sizes[id] ?? 0)
            tables[key, default: Table()].fields[id] = fields
            tables[key, default: Table()].sizes[id] = size
        }

        /// Removes the resources of these identifiers.
        mutating func remove(_ key: Key, ids: Set<String>) {
            guard var table = tables[key] else { return }
            for id in ids where table.fields.removeValue(forKey: id) != nil {
                count -= 1
                bytes -= table.sizes.removeValue(forKey: id) ?? 0
            }
            table.order.removeAll { ids.contains($0) }
            tables[key] = table
        }
    }

    private var contents: Contents
    private var tables: [Key: Table] { contents.tables }
    private let persist: (@Sendable (ResourceState) throws -> Void)?
    /// The most resources held; a create beyond it is refused (the emulator's memory stays bounded).
    public static var capacity: Int { 100_000 }
    /// The most bytes the resources' fields may take as JSON (64 MiB); a create or modify beyond it is refused.
    public static var byteCapacity: Int { 64 << 20 }

    /// A store starting from `state`, calling `persist` after every change.
    public init(_ state: ResourceState = ResourceState(), persist: (@Sendable (ResourceState) throws -> Void)? = nil) {
        self.persist = persist
        contents = Contents(state)
    }

    private static func size(_ fields: [String: JSONValue]) -> Int { JSONText.serialize(.object(fields)).utf8.count }

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
        contents = Contents(state)
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

    /// Adds or replaces resources; false, changing nothing, when the store would hold more than ``capacity``
    /// resources or ``byteCapacity`` bytes.
    func put(_ product: String, _ version: String, _ kind: String, _ resources: [(String, [String: JSONValue])]) throws
        -> Bool
    {
        let key = Key(product: product, version: version, kind: kind)
        let new = resources.filter { tables[key]?.fields[$0.0] == nil }.count
        let sizes = resources.map { Self.size($0.1) }
        let replaced = resources.reduce(0) { $0 + (tables[key]?.sizes[$1.0] ?? 0) }
        guard contents.count + new <= Self.capacity,
            contents.bytes - replaced + sizes.reduce(0, +) <= Self.byteCapacity
        else { return false }
        for ((id, fields), size) in zip(resources, sizes) { contents.insert(key, id, fields, size: size) }
        try persist?(state)
        return true
    }

    /// Removes resources.
    func remove(_ product: String, _ version: String, _ kind: String, ids: [String]) throws {
        contents.remove(Key(product: product, version: version, kind: kind), ids: Set(ids))
        try persist?(state)
    }
}
