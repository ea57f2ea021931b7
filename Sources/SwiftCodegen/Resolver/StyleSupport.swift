import SpecIR

/// Which API styles the generator supports: the one rule `generate` applies before resolving anything.
///
/// RPC is supported (parameters in the query or, for `in: formData`, a form body). Every other style of the
/// metadata is refused with a located error that names it, so that no client is generated that could not
/// work: ROA (a path per operation, path, header and JSON-body parameters), and the product styles `FC`,
/// `SLS`, `OSS`, `PDS`, `AliGenie` and `V3`, each with a gateway protocol of its own.
enum StyleSupport {
    static let supported: Set<String> = ["RPC"]

    static func check(_ service: ServiceSpec, sources: [String]) throws(UnsupportedStyleError) {
        guard !supported.contains(service.style) else { return }
        let what =
            service.style == "ROA"
            ? "ROA style (a path per operation; path, header and JSON-body parameters)"
            : "the \(service.style) style (a gateway protocol of its own)"
        throw UnsupportedStyleError(
            error: GenerationError(
                "\(service.product) \(service.version) is an API of \(what); aliyun-codegen generates RPC-style "
                    + "APIs only so far, so it generates nothing rather than a client that could not work",
                file: service.styleSource?.file ?? sources.first, line: service.styleSource?.line))
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
