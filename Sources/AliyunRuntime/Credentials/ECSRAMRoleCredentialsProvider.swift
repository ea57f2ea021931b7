import Foundation

/// The RAM role of the ECS instance the process runs on, from the instance metadata service.
///
/// IMDSv2 first: `PUT /latest/api/token` (header `X-aliyun-ecs-metadata-token-ttl-seconds`), then the
/// role's credentials with the token (`X-aliyun-ecs-metadata-token`) from
/// `/latest/meta-data/ram/security-credentials/ROLE`. When the token cannot be had, the same requests
/// without it (IMDSv1), unless `ALIBABA_CLOUD_IMDSV1_DISABLED` is `true`. The role is
/// `ALIBABA_CLOUD_ECS_METADATA`, else the one the service lists. Credentials are cached and refreshed
/// before they expire (``RefreshingCredentials``).
public struct ECSRAMRoleCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The metadata service: `http://100.100.100.200` on ECS; a loopback server in tests.
    public var endpoint: String
    /// The role, or nil to ask the service.
    public var roleName: String?
    /// Whether to refuse IMDSv1 when IMDSv2's token cannot be had.
    public var disablesIMDSv1: Bool
    private let cache: RefreshingCredentials

    /// The metadata service's timeouts: it is local, so a short wait tells that the process is not on ECS.
    static let timeouts = Timeouts(connect: .seconds(1), read: .seconds(5), total: .seconds(10))

    /// A provider reading `environment` for the role and the IMDSv1 switch.
    public init(
        roleName: String? = nil, endpoint: String = "http://100.100.100.200",
        environment: [String: String] = ProcessEnvironment.current,
        transport: any HTTPTransport = AsyncHTTPClientTransport.shared, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        let role = roleName ?? environment["ALIBABA_CLOUD_ECS_METADATA"].flatMap { $0.isEmpty ? nil : $0 }
        let disablesV1 = environment["ALIBABA_CLOUD_IMDSV1_DISABLED"]?.lowercased() == "true"
        self.roleName = role
        self.endpoint = endpoint
        self.disablesIMDSv1 = disablesV1
        let fetcher = Fetcher(endpoint: endpoint, roleName: role, disablesIMDSv1: disablesV1, transport: transport)
        cache = RefreshingCredentials(now: now, source: "the ECS metadata service at \(Redaction.location(endpoint))") {
            try await fetcher.fetch()
        }
    }

    /// The role's credentials, from the cache unless they expire soon.
    public func credentials() async throws -> Credentials {
        try await cache.credentials()
    }

    /// The endpoint and the role.
    public var sourceSummary: String {
        "ECS instance RAM role \(roleName ?? "(listed by the service)") at \(Redaction.location(endpoint))"
            + (disablesIMDSv1 ? ", IMDSv1 disabled" : "")
    }

    /// One fetch: token, role name, credentials.
    struct Fetcher: Sendable {
        var endpoint: String
        var roleName: String?
        var disablesIMDSv1: Bool
        var transport: any HTTPTransport

        static let credentialsPath = "/latest/meta-data/ram/security-credentials/"

        func fetch() async throws -> Credentials {
            let token = try await metadataToken()
            let headers = token.map { [(name: "X-aliyun-ecs-metadata-token", value: $0)] } ?? []
            let role: String
            if let roleName {
                role = roleName
            } else {
                let listed = try await get(Self.credentialsPath, headers: headers)
                guard let first = String(decoding: listed, as: UTF8.self).split(whereSeparator: \.isNewline).first
                else { throw CredentialsError("the ECS metadata service lists no RAM role for this instance") }
                role = String(first).trimmingCharacters(in: .whitespaces)
            }
            let body = try await get(Self.credentialsPath + role, headers: headers)
            return try TemporaryCredentialsJSON.decode(body, source: "the ECS metadata service (role \(role))")
        }

        /// IMDSv2's token, or nil to go on with IMDSv1 when that is allowed.
        private func metadataToken() async throws -> String? {
            let request = HTTPRequest(
                method: "PUT", url: endpoint + "/latest/api/token",
                headers: [(name: "X-aliyun-ecs-metadata-token-ttl-seconds", value: "21600")], body: [])
            do {
                let response = try await transport.send(request, timeouts: ECSRAMRoleCredentialsProvider.timeouts)
                if response.status == 200, !response.body.isEmpty {
                    return String(decoding: response.body, as: UTF8.self)
                }
                if disablesIMDSv1 {
                    throw CredentialsError(
                        "the ECS metadata service gave no IMDSv2 token (HTTP \(response.status)) and IMDSv1 is disabled"
                    )
                }
                return nil
            } catch let error as CredentialsError {
                throw error
            } catch {
                if disablesIMDSv1 {
                    throw CredentialsError(
                        "the ECS metadata service gave no IMDSv2 token (\(error)) and IMDSv1 is disabled")
                }
                return nil
            }
        }

        private func get(_ path: String, headers: [(name: String, value: String)]) async throws -> [UInt8] {
            let response = try await transport.send(
                HTTPRequest(method: "GET", url: endpoint + path, headers: headers, body: []),
                timeouts: ECSRAMRoleCredentialsProvider.timeouts)
            guard response.status == 200 else {
                throw CredentialsError("the ECS metadata service answered HTTP \(response.status) for \(path)")
            }
            return response.body
        }
    }
}
