/// The text of `aliyun-emulator --explain <product>`: what inference made of a product, and why.
public enum ExplainReport {
    /// Counts of a service's placements.
    public struct Figures: Sendable, Equatable, Codable {
        /// Operations in all.
        public var operations = 0
        /// Stateful operations by role.
        public var stateful: [ResourceRole: Int] = [:]
        /// Resources found.
        public var resources = 0
        /// Operations that answer their documented example.
        public var exampleOnly = 0
        /// Operations with neither.
        public var unplaced = 0

        /// Stateful operations in all.
        public var statefulTotal: Int { stateful.values.reduce(0, +) }

        /// No operations: what sums over a corpus start from.
        public init() {}

        /// The counts of an inferred service.
        public init(_ service: InferredService) {
            operations = service.operations.count
            resources = service.resources.count
            for operation in service.operations {
                switch operation.placement {
                case .stateful(let placement): stateful[placement.role, default: 0] += 1
                case .exampleOnly: exampleOnly += 1
                case .unplaced: unplaced += 1
                }
            }
        }

        /// Sums figures (over a corpus).
        public static func + (lhs: Figures, rhs: Figures) -> Figures {
            var sum = lhs
            sum.operations += rhs.operations
            sum.resources += rhs.resources
            sum.exampleOnly += rhs.exampleOnly
            sum.unplaced += rhs.unplaced
            sum.stateful.merge(rhs.stateful, uniquingKeysWith: +)
            return sum
        }

        /// `347 operations: 40 stateful (10 create, 12 read, 9 modify, 9 delete) across 9 resources, 300
        /// example-only, 7 unplaced`.
        public var summary: String {
            let roles = ResourceRole.allCases.map { "\(stateful[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            return "\(operations) operations: \(statefulTotal) stateful (\(roles)) across \(resources) resources, "
                + "\(exampleOnly) example-only, \(unplaced) unplaced"
        }
    }

    /// The report: a header line of figures, a line per resource (kind, identifier, operations by role, NotFound
    /// code, paging), then the example-only and unplaced operations, each with its reason.
    public static func text(_ service: InferredService) -> String {
        var lines = ["\(service.product) \(service.version): \(Figures(service).summary)"]
        if !service.resources.isEmpty { lines.append("") }
        for resource in service.resources {
            let roles = ResourceRole.allCases.compactMap { role -> String? in
                let names = resource.operations(role)
                return names.isEmpty ? nil : "\(role.rawValue) \(names.joined(separator: ", "))"
            }
            let paging = resource.paging.map { "; paging \($0.summary)" } ?? ""
            lines.append(
                "resource \(resource.kind) (\(resource.identifier)): \(roles.joined(separator: "; "))"
                    + "; not found \(resource.notFoundCode ?? "(generic)")\(paging)")
        }
        for (title, wanted) in [("example-only", Placement.exampleOnly), ("unplaced", .unplaced)] {
            let operations = service.operations.filter { $0.placement == wanted }
            guard !operations.isEmpty else { continue }
            lines.append("")
            lines.append("\(title):")
            lines += operations.map { "  \($0.name): \($0.reason)" }
        }
        for problem in service.overrideProblems {
            lines.append("override problem: \(problem)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
