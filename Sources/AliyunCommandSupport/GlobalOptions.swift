import AliyunRuntime
import ArgumentParser
import Foundation
import Logging

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

    /// `--validation MODE`.
    @Option(
        name: .customLong("validation"),
        help: ArgumentHelp(
            "How requests are checked before sending: enforce, enforceStable, warn or off.",
            discussion: "enforceStable (the default) stops only on rules that cannot go stale (a missing"
                + " parameter, a malformed identifier); warn sends anyway and prints each broken rule to"
                + " standard error."))
    public var validationMode: String?

    /// `--no-validate`.
    @Flag(
        name: .customLong("no-validate"), help: "Send without checking the documented rules first (--validation off).")
    public var noValidate = false

    /// `--verbose`.
    @Flag(help: "Print each attempt to standard error.")
    public var verbose = false

    /// Creates the options with their defaults.
    public init() {}

    /// How requests are checked before sending: `--validation`, else `--no-validate`, else `defaultMode`;
    /// what is let through is printed to standard error as `warning: …`.
    ///
    /// - Throws: `ValidationError` for an unknown mode.
    public func validation(default defaultMode: ValidationMode) throws -> ValidationPolicy {
        var mode = noValidate ? ValidationMode.off : defaultMode
        if let validationMode {
            guard !noValidate else { throw ValidationError("give --validation or --no-validate, not both") }
            guard let named = ValidationMode(rawValue: validationMode) else {
                throw ValidationError(
                    "--validation must be one of \(ValidationMode.names)")
            }
            mode = named
        }
        return ValidationPolicy(
            mode: mode, logger: Logger(label: "aliyun.validation") { _ in StandardErrorLogHandler() })
    }

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
