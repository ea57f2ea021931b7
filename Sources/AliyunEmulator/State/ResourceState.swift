import AliyunRuntime
import EmulatorSupport

/// Every resource the emulator holds, as `GET /_emulator/state` gives it and `--state FILE` reads it:
///
/// ```json
/// {"resources": [{"product": "Vpc", "version": "2016-04-28", "kind": "Vpc", "id": "vpc-1",
///                 "fields": {"VpcId": "vpc-1", "VpcName": "web", "RegionId": "cn-hangzhou"}}]}
/// ```
public struct ResourceState: StateDocument, Equatable {
    /// One resource: whose, which kind, its identifier and its fields by wire name.
    public struct Resource: Sendable, Codable, Equatable {
        /// Product code, e.g. `Vpc`.
        public var product: String
        /// API version.
        public var version: String
        /// Kind, e.g. `Vpc`.
        public var kind: String
        /// Identifier, e.g. `vpc-bp1…`.
        public var id: String
        /// Fields by wire name, as the create's request sent them and later modifies changed them.
        public var fields: [String: JSONValue]

        /// Creates a resource.
        public init(product: String, version: String, kind: String, id: String, fields: [String: JSONValue]) {
            self.product = product
            self.version = version
            self.kind = kind
            self.id = id
            self.fields = fields
        }
    }

    /// The resources, by product, version, kind, then creation.
    public var resources: [Resource]

    /// Creates a state.
    public init(resources: [Resource] = []) {
        self.resources = resources
    }

    /// A repeated identifier of one kind, or an empty one.
    public var problems: [String] {
        var seen: Set<[String]> = []
        var problems: [String] = []
        for (index, resource) in resources.enumerated() {
            if resource.id.isEmpty { problems.append("resources[\(index)]: the id is empty") }
            if !seen.insert([resource.product.lowercased(), resource.version, resource.kind, resource.id]).inserted {
                problems.append("resources[\(index)]: \(resource.kind) \(resource.id) is there twice")
            }
        }
        return problems
    }
}
