/// One API product version as its documentation describes it: the root of the IR.
public struct ServiceSpec: Sendable, Equatable, Codable {
    /// Product code as the API metadata spells it, e.g. `Ecs`.
    public var product: String
    /// API version, e.g. `2014-05-26`.
    public var version: String
    /// API style: `RPC` or `ROA`.
    public var style: ServiceStyle
    /// Regional endpoints in source order (region id → host).
    public var endpoints: [Endpoint]
    /// Operations in source order.
    public var operations: [OperationSpec]
    /// The named schemas operations refer to (api-docs `components.schemas`), each a field named
    /// after its key, in source order.
    public var sharedTypes: [Field] = []
    /// Where the source states the style (api-docs `info.style`); nil when it does not (documentation pages).
    public var styleSource: SourceLocation?

    /// Creates a service.
    public init(
        product: String,
        version: String,
        style: ServiceStyle,
        endpoints: [Endpoint] = [],
        operations: [OperationSpec] = []
    ) {
        self.product = product
        self.version = version
        self.style = style
        self.endpoints = endpoints
        self.operations = operations
    }
}

/// A region's documented host.
public struct Endpoint: Sendable, Equatable, Hashable, Codable {
    /// Region id, e.g. `cn-hangzhou`.
    public var regionId: String
    /// Host name without scheme, e.g. `ecs-cn-hangzhou.aliyuncs.com`.
    public var host: String

    /// Creates an endpoint.
    public init(regionId: String, host: String) {
        self.regionId = regionId
        self.host = host
    }
}
