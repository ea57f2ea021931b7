extension SpecChangeReport {
    /// The report for people: a header line (`Ecs 2014-05-26 → 2014-05-26: 3 operations added, 1 removed,
    /// 5 changed; 12 changes, 2 breaking`, or `…: no changes`), then one line per change in the report's order,
    /// grouped by operation, breaking ones marked: `  BREAKING RunInstances: parameter ImageId is now required…`.
    /// No trailing newline.
    public var text: String {
        ([header] + changes.map(Self.line)).joined(separator: "\n")
    }

    private var header: String {
        let title = "\(product) \(oldVersion) → \(newVersion)"
        guard !changes.isEmpty else { return "\(title): no changes" }
        let added = changes.filter { $0.kind == .operationAdded }.count
        let removed = changes.filter { $0.kind == .operationRemoved }.count
        let wholeKinds: Set<SpecChange.Kind> = [.operationAdded, .operationRemoved]
        let changed = Set(changes.filter { !wholeKinds.contains($0.kind) && !$0.kind.isSharedType }.map(\.operation))
        let sharedTypes = Set(changes.filter(\.kind.isSharedType).map(\.operation))
        var counts = [
            Self.count(added, "operation") + " added", "\(removed) removed", "\(changed.count) changed",
        ]
        if !sharedTypes.isEmpty { counts.append(Self.count(sharedTypes.count, "shared type") + " changed") }
        let total = Self.count(changes.count, "change")
        return "\(title): \(counts.joined(separator: ", ")); \(total), \(breaking.count) breaking"
    }

    private static func line(_ change: SpecChange) -> String {
        let mark = change.isBreaking ? "  BREAKING " : "           "
        let owner = change.kind.isSharedType ? "shared type \(change.operation)" : change.operation
        return "\(mark)\(owner): \(change.summary)"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension SpecChange.Kind {
    /// Whether the change is of a shared type rather than of an operation.
    var isSharedType: Bool {
        switch self {
        case .sharedTypeAdded, .sharedTypeRemoved, .sharedTypeFieldAdded, .sharedTypeFieldRemoved,
            .sharedTypeFieldRetyped:
            true
        default:
            false
        }
    }
}
