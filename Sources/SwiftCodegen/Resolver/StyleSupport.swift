import SpecIR

/// Which API styles the generator supports: the one rule `generate` applies before resolving anything.
///
/// RPC (parameters in the query or, for `in: formData`, a form body), ROA (a path and a method per operation;
/// path, query, header, form and JSON-body parameters), V3 and FC (each operation RPC or ROA, as the products'
/// official SDKs call them, signed with ACS3 as every call is by default; raw bodies both ways), OSS (the bucket in the
/// host, XML or raw bodies, OSS's signatures through `AliyunOSSRuntime`) and SLS (ROA operations with the project in the
/// host, Log Service's signature and bodies through `AliyunSLSRuntime`'s gateway), PDS (ROA through `PDSGateway`: the
/// legacy ROA signature or a bearer token) and AliGenie (ROA signed with ACS3, the access token a header) are supported. The server side (handler protocol and router) is
/// generated for RPC only, so asking for it from a spec of another style is refused, as is a generated command-line
/// client for OSS (`aliyun-oss` is its command line). Every other style of the metadata is refused with a located
/// error that names it, so that no client is generated that could not work.
enum StyleSupport {
    static let supported: Set<ServiceStyle> = [.rpc, .roa, .oss, .sls, .pds, .aliGenie, .v3, .fc]

    static func check(
        _ service: ServiceSpec, sources: [String], wantsServer: Bool = false, wantsCommand: Bool = false
    ) throws(UnsupportedStyleError) {
        let file = service.styleSource?.file ?? sources.first
        if !service.style.isRPC, wantsServer {
            throw UnsupportedStyleError(
                error: GenerationError(
                    "\(service.product) \(service.version) is an API of \(service.style) style; aliyun-codegen generates "
                        + "its client, but a server side for RPC-style APIs only: leave out the server output",
                    file: file, line: service.styleSource?.line))
        }
        if service.style == .oss, wantsCommand {
            throw UnsupportedStyleError(
                error: GenerationError(
                    "\(service.product) \(service.version) is an API of OSS style; aliyun-codegen generates its client, "
                        + "and `aliyun-oss` is its command line (cp, ls, rm, presign): leave out the command output",
                    file: file, line: service.styleSource?.line))
        }
        guard !supported.contains(service.style) else { return }
        throw UnsupportedStyleError(
            error: GenerationError(
                "\(service.product) \(service.version) is an API of the \(service.style) style (a gateway protocol of "
                    + "its own); aliyun-codegen generates RPC-, ROA-, V3-, FC-, OSS-, SLS-, PDS- and AliGenie-style APIs only, so it generates "
                    + "nothing rather than a client that could not work",
                file: file, line: service.styleSource?.line))
    }
}

/// A spec of a style the generator does not support (``StyleSupport``): `generate` stops with it,
/// `generate-package` leaves the spec out with it as a warning.
public struct UnsupportedStyleError: Error, Sendable, CustomStringConvertible {
    /// The located error, `path:line: error: …`.
    public var error: GenerationError

    /// `path:line: error: …`.
    public var description: String { error.description }
}
