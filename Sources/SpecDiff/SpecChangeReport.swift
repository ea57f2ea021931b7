import SpecIR

/// What changed between two specs of one product for the Swift API generated from them, and which changes break
/// source compatibility of the generated SDK.
public struct SpecChangeReport: Sendable, Hashable, Codable {
    /// The product code (`Ecs`); `Old → New` when the two specs name different products.
    public var product: String
    /// The old spec's API version.
    public var oldVersion: String
    /// The new spec's API version.
    public var newVersion: String
    /// Every change, sorted by operation, then kind (in ``SpecChange/Kind``'s order), then subject.
    public var changes: [SpecChange]

    /// A report of these changes, which it sorts.
    ///
    /// - Parameters:
    ///   - product: The product code.
    ///   - oldVersion: The old spec's API version.
    ///   - newVersion: The new spec's API version.
    ///   - changes: The changes, in any order.
    public init(product: String, oldVersion: String, newVersion: String, changes: [SpecChange]) {
        self.product = product
        self.oldVersion = oldVersion
        self.newVersion = newVersion
        self.changes = changes.sorted()
    }

    /// The changes that may stop code written against the old SDK from compiling against the new one.
    public var breaking: [SpecChange] { changes.filter(\.isBreaking) }

    /// Whether any change breaks source compatibility: the new SDK needs a new major version.
    public var isBreaking: Bool { changes.contains(where: \.isBreaking) }

    /// Compares two specs of one product, operations by name and fields by wire name; documentation alone
    /// (descriptions, titles, examples, source locations) is not a change.
    ///
    /// - Parameters:
    ///   - old: The spec the SDK was generated from.
    ///   - new: The newer spec.
    /// - Returns: The report, the same for the same specs.
    public static func compare(old: ServiceSpec, new: ServiceSpec) -> SpecChangeReport {
        let resolvers = (old: TypeResolver(old), new: TypeResolver(new))
        let oldOperations = Dictionary(old.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.operations.map(\.name))
        var changes: [SpecChange] = []
        var seen: Set<String> = []
        for operation in new.operations where seen.insert(operation.name).inserted {
            guard let before = oldOperations[operation.name] else {
                changes.append(
                    SpecChange(
                        operation: operation.name, kind: .operationAdded,
                        summary: "operation added: a new client method", isBreaking: false))
                continue
            }
            changes += OperationComparison.changes(old: before, new: operation, resolvers: resolvers)
        }
        for name in Set(oldOperations.keys).subtracting(newNames) {
            changes.append(
                SpecChange(
                    operation: name, kind: .operationRemoved,
                    summary: "operation removed: its client method and types disappear", isBreaking: true))
        }
        changes += SharedTypeComparison.changes(old: resolvers.old, new: resolvers.new)
        return SpecChangeReport(
            product: old.product == new.product ? new.product : "\(old.product) → \(new.product)",
            oldVersion: old.version, newVersion: new.version, changes: changes)
    }
}
