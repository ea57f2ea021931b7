import SpecIR

/// What a style's generated module stands on beyond `AliyunRuntime`: the one place that says which runtime module a
/// style's client imports (and its package depends on) and which gateway its client calls through.
struct StyleRuntime: Sendable, Equatable {
    /// The runtime library the module imports besides `AliyunRuntime`; nil when its gateway is in `AliyunRuntime`.
    var module: String?
    /// The `RequestGateway` type the client's `RPCClient` is created with; nil for the common gateway (or none:
    /// OSS's client has a caller of its own).
    var gateway: String?
    /// The package manifest's name for the list of such modules.
    var manifestList: String
    /// What the manifest says of them.
    var manifestSummary: String

    /// The runtime a style needs beyond `AliyunRuntime`; nil when that is all it needs.
    static func of(_ style: ServiceStyle) -> StyleRuntime? {
        switch style {
        case .oss:
            StyleRuntime(
                module: "AliyunOSSRuntime", gateway: nil, manifestList: "ossModules",
                manifestSummary: "The products of OSS style, on the OSS runtime as well (signatures, addressing, "
                    + "streaming, CRC-64).")
        case .sls:
            StyleRuntime(
                module: "AliyunSLSRuntime", gateway: "SLSGateway", manifestList: "slsModules",
                manifestSummary: "The products of SLS style, on the Log Service runtime as well (its signature, "
                    + "protobuf and compressed bodies).")
        case .pds:
            StyleRuntime(
                module: nil, gateway: "PDSGateway", manifestList: "modules", manifestSummary: "")
        default: nil
        }
    }
}
