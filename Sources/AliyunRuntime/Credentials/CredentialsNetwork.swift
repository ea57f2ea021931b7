import Foundation

/// How the credential sources that call a service reach it: STS for RAM and OIDC roles, the ECS
/// metadata service for an instance's role, and the transport they send through. Every endpoint is
/// injectable so that tests run each source against a loopback server.
public struct CredentialsNetwork: Sendable {
    /// STS, when it is not chosen as the official libraries choose it (``STSEndpoint``); an emulator in tests.
    public var stsEndpoint: ServiceEndpoint?
    /// The ECS metadata service: `http://100.100.100.200` on ECS.
    public var metadataEndpoint: String
    /// Sends the sources' requests.
    public var transport: any HTTPTransport
    /// The clock expirations are compared with.
    public var now: @Sendable () -> Date

    /// The real endpoints, through the shared transport.
    public init(
        stsEndpoint: ServiceEndpoint? = nil, metadataEndpoint: String = "http://100.100.100.200",
        transport: any HTTPTransport = AsyncHTTPClientTransport.shared, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.stsEndpoint = stsEndpoint
        self.metadataEndpoint = metadataEndpoint
        self.transport = transport
        self.now = now
    }
}

/// Where the role providers call STS, as credentials-go and the Python `alibabacloud-credentials` choose it:
/// an explicit endpoint; else `sts.REGION.aliyuncs.com` for a region (the profile's `sts_region`, else
/// `ALIBABA_CLOUD_STS_REGION`), `sts-vpc.REGION.aliyuncs.com` when the VPC endpoint is asked for (the
/// profile's `enable_vpc`, else `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`); else `sts.aliyuncs.com`.
public enum STSEndpoint {
    /// The endpoint to call.
    public static func resolve(
        explicit: ServiceEndpoint?, region: String? = nil, vpc: Bool? = nil, environment: [String: String]
    ) -> ServiceEndpoint {
        if let explicit { return explicit }
        let region =
            region.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["ALIBABA_CLOUD_STS_REGION"].flatMap { $0.isEmpty ? nil : $0 }
        guard let region else { return ServiceEndpoint(host: "sts.aliyuncs.com") }
        let useVPC = vpc ?? (environment["ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED"]?.lowercased() == "true")
        return ServiceEndpoint(host: "\(useVPC ? "sts-vpc" : "sts").\(region).aliyuncs.com")
    }
}
