/// How an API addresses its operations (api-docs `info.style`, a documentation page's `acs-api-style`): the
/// one place the style names are spelled. `RPC` (an action in the query), `ROA` (a method and a path per
/// operation) and `OSS` are the styles the generator supports; any other name (`OSS`, `SLS`, `FC`, …) is kept verbatim
/// so that it can be reported.
public struct ServiceStyle: SourceName {
    /// The name as the source spells it.
    public var rawValue: String

    /// A style by its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// An action and its parameters in the query string (or a form): what a source that names no style means.
    public static let rpc: ServiceStyle = "RPC"
    /// A method and a path per operation, parameters in the path, query, headers and a JSON body.
    public static let roa: ServiceStyle = "ROA"
    /// The products whose metadata says `V3` (ocr-api, ARMS, Cloud Control): each operation RPC (no path) or ROA (a
    /// path), every one signed with ACS3 (V3), as their official SDKs call them.
    public static let v3: ServiceStyle = "V3"
    /// Function Compute (3.0 and the 2021 API): ROA operations, signed with ACS3 as their official SDKs call them,
    /// raw bodies both ways (InvokeFunction).
    public static let fc: ServiceStyle = "FC"
    /// Log Service's gateway: ROA operations (a method and a path each) with the project in the host
    /// (`{project}.{endpoint}`), signed with Log Service's own signature (`LOG AccessKeyId:Signature`, HMAC-SHA256,
    /// `x-log-*` headers, `Content-MD5`), PutLogs's body a protobuf `LogGroup`, compressed; called through
    /// `AliyunSLSRuntime`'s gateway, as the official SDK calls it through `alibabacloud_gateway_sls`.
    public static let sls: ServiceStyle = "SLS"
    /// Drive and Photo Service (PDS): ROA operations signed with the legacy ROA signature (`acs AccessKeyId:Signature`,
    /// HMAC-SHA1) or sent with a bearer token, as the official SDK calls them through `alibabacloud_gateway_pds`.
    public static let pds: ServiceStyle = "PDS"
    /// AliGenie's APIs: ROA operations signed with ACS3, as the official SDKs call them, with the user's access token
    /// in `x-acs-aligenie-access-token` where the operation's security scheme asks for one.
    public static let aliGenie: ServiceStyle = "AliGenie"
    /// Object Storage's gateway: the bucket in the host, the object's key as the path, sub-resources in the
    /// query, parameters in headers, XML documents or raw bytes as bodies, and OSS's own signatures.
    public static let oss: ServiceStyle = "OSS"

    /// Whether each operation is RPC or ROA by whether it has a path, as the official SDKs of the V3 and FC products
    /// call them (every call signed with ACS3).
    public var isPerOperation: Bool { self == .v3 || self == .fc || self == .aliGenie }

    /// Whether operations have paths to read (ROA, OSS, and the per-operation styles).
    public var hasPaths: Bool { self == .roa || self == .oss || self == .sls || self == .pds || isPerOperation }

    /// Whether parameters the spec places in the host go there (OSS's bucket, Log Service's project); elsewhere the
    /// official SDKs send them nowhere (the endpoint carries them: Function Compute 2021's account id).
    public var placesHostParameters: Bool { self == .oss || self == .sls }

    /// Whether the style is RPC, whatever the case of its spelling (the readers' parameter defaults apply).
    public var isRPC: Bool { rawValue.uppercased() == Self.rpc.rawValue }
}
