import AliyunRuntime
import ArgumentParser
import Foundation

/// The options every subcommand of a generated command-line client takes.
public struct GlobalOptions: ParsableArguments {
    /// `--endpoint URL`.
    @Option(help: "The endpoint URL, e.g. https://ecs.cn-hangzhou.aliyuncs.com or http://127.0.0.1:8080.")
    public var endpoint: String?

    /// `--region ID`.
    @Option(help: "The region id; defaults to the request's RegionId.")
    public var region: String?

    /// `--profile NAME`.
    @Option(help: "The credentials profile (~/.alibabacloud/credentials or ~/.aliyun/config.json).")
    public var profile: String?

    /// `--signature-version v3|v1`.
    @Option(help: "The signature version: v3 (default) or v1.")
    public var signatureVersion: String = "v3"

    /// `--no-validate`.
    @Flag(name: .customLong("no-validate"), help: "Send without checking the documented rules first.")
    public var noValidate = false

    /// `--verbose`.
    @Flag(help: "Print each attempt to standard error.")
    public var verbose = false

    /// Creates the options with their defaults.
    public init() {}

    /// Whether requests are checked against their documented rules before sending.
    public var validatesRequests: Bool { !noValidate }

    /// The client configuration these options describe; credentials come from the default chain.
    ///
    /// - Parameter fallback: The region when `--region` is absent: the request's `RegionId`, if any.
    /// - Returns: The configuration.
    /// - Throws: `ValidationError` for a malformed `--signature-version` or `--endpoint`.
    public func configuration(region fallback: String?) throws -> RPCClientConfiguration {
        guard let version = SignatureVersion(rawValue: signatureVersion) else {
            throw ValidationError("--signature-version must be v3 or v1, not \(signatureVersion)")
        }
        var resolvedEndpoint: ServiceEndpoint?
        if let endpoint {
            guard let parsed = ServiceEndpoint(endpoint) else {
                throw ValidationError("--endpoint must be a URL such as https://host or http://host:port")
            }
            resolvedEndpoint = parsed
        }
        var log: (@Sendable (String) -> Void)?
        if verbose {
            log = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        return RPCClientConfiguration(
            region: region ?? fallback,
            endpoint: resolvedEndpoint,
            credentials: DefaultCredentialsChain(profile: profile),
            signatureVersion: version,
            log: log)
    }
}
