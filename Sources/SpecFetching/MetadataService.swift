import AliyunRuntime
import Foundation

/// Alibaba Cloud's public API metadata service (what api.aliyun.com's explorer reads): the product list at
/// `/meta/v1/products.json` and each product version's api-docs at
/// `/meta/v1/products/{Product}/versions/{Version}/api-docs.json`, both in the language asked for (`EN_US`,
/// `ZH_CN`). Answers are fetched with timeouts, and fetched again after a 5xx, a 429, a reset or a timeout, waiting
/// longer each time.
public struct MetadataService: Sendable {
    /// The service's address when none is configured.
    public static let defaultURL = "https://api.aliyun.com"
    /// The environment variable that names another address (a mirror, a loopback server in tests).
    public static let environmentVariable = "ALIYUN_METADATA_URL"

    /// The address, scheme and host (and port, and a path prefix if any), without a trailing `/`.
    public var baseURL: String
    /// The documents' language (`EN_US`, `ZH_CN`), or nil for the service's default (Chinese).
    public var language: String?
    /// Sends the requests.
    public var transport: any HTTPTransport
    /// Connect, read and total timeouts of each attempt.
    public var timeouts: Timeouts
    /// Attempts in all, the first included.
    public var attempts: Int
    /// The wait before the second attempt; each later one waits twice the one before.
    public var firstDelay: Duration
    /// Waits between attempts.
    public var sleeper: any Sleeper

    /// A service at `baseURL`.
    public init(
        baseURL: String = defaultURL, language: String? = nil,
        transport: any HTTPTransport = AsyncHTTPClientTransport.shared, timeouts: Timeouts = Timeouts(),
        attempts: Int = 4, firstDelay: Duration = .milliseconds(250), sleeper: any Sleeper = TaskSleeper()
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.language = language
        self.transport = transport
        self.timeouts = timeouts
        self.attempts = max(attempts, 1)
        self.firstDelay = firstDelay
        self.sleeper = sleeper
    }

    /// The address of the product list.
    public var productsURL: String { address("/meta/v1/products.json") }

    /// The address of a product version's api-docs.
    public func apiDocsURL(product: String, version: String) -> String {
        address("/meta/v1/products/\(Self.segment(product))/versions/\(Self.segment(version))/api-docs.json")
    }

    /// The product list, sorted by code.
    ///
    /// - Throws: ``MetadataError`` when the service cannot be reached or its answer is not a product list.
    public func products() async throws(MetadataError) -> [ProductEntry] {
        let url = productsURL
        let bytes = try await get(url)
        do {
            return try JSONDecoder().decode([ProductEntry].self, from: Data(bytes)).sorted {
                ($0.code.lowercased(), $0.code) < ($1.code.lowercased(), $1.code)
            }
        } catch {
            throw MetadataError("the answer of \(url) is not a product list (\(bytes.count) bytes): \(error)")
        }
    }

    /// A product version's api-docs, checked to be that document (``APIDocsCheck``).
    ///
    /// - Throws: ``MetadataError`` when the service cannot be reached or the answer is not that document.
    public func apiDocs(product: String, version: String) async throws(MetadataError) -> FetchedSpec {
        let url = apiDocsURL(product: product, version: version)
        let bytes = try await get(url)
        try APIDocsCheck.check(bytes, product: product, version: version, url: url)
        return FetchedSpec(product: product, version: version, url: url, bytes: bytes)
    }

    /// The body of a GET of `url`, after as many attempts as a 5xx, a 429 or a failure on the wire take: the
    /// runtime's retry rules for a call that may be repeated (``RetryPolicy``), its delays doubling from
    /// ``firstDelay``.
    private func get(_ url: String) async throws(MetadataError) -> [UInt8] {
        let policy = RetryPolicy(
            maxAttempts: attempts, baseDelay: firstDelay, maxDelay: firstDelay * (1 << min(attempts, 20)),
            maxTotalDelay: .seconds(3600))
        var attempt = 1
        while true {
            let failure: String
            do {
                let response = try await transport.send(
                    HTTPRequest(
                        method: "GET", url: url,
                        headers: [("accept", "application/json"), ("user-agent", "aliyun-codegen")], body: []),
                    timeouts: timeouts)
                if (200..<300).contains(response.status) { return response.body }
                let reply = RPCReply(status: response.status, headers: response.headers, body: response.body)
                guard RetryPolicy.isRetryable(reply, idempotent: true) else {
                    throw MetadataError(
                        "\(url) answered HTTP \(response.status)"
                            + (response.status == 404 ? " (no such product or version there)" : ""))
                }
                failure = "HTTP \(response.status)"
            } catch let error as MetadataError {
                throw error
            } catch is CancellationError {
                throw MetadataError("cancelled while fetching \(url)")
            } catch {
                guard RetryPolicy.isRetryable(error, idempotent: true) else {
                    throw MetadataError.unreachable(url, reason: "\(error)")
                }
                failure = "\(error)"
            }
            guard attempt < policy.maxAttempts else {
                throw MetadataError.unreachable(url, reason: "\(failure) (\(attempts) attempts)")
            }
            do {
                try await sleeper.sleep(for: policy.delay(afterAttempt: attempt, retryAfter: nil, random: 1))
            } catch {
                throw MetadataError("cancelled while fetching \(url)")
            }
            attempt += 1
        }
    }

    private func address(_ path: String) -> String {
        baseURL + path + (language.map { "?language=\(Self.segment($0))" } ?? "")
    }

    /// A path segment or query value: unreserved characters as they are, the rest percent-encoded.
    private static func segment(_ text: String) -> String {
        PercentEncoding.rfc3986(text)
    }
}

/// A downloaded api-docs document and where it came from.
public struct FetchedSpec: Sendable, Hashable {
    /// The product code, as the service spells it.
    public var product: String
    /// The API version.
    public var version: String
    /// The address it was fetched from.
    public var url: String
    /// The document's bytes, as they came.
    public var bytes: [UInt8]

    /// The hex SHA-256 of the bytes.
    public var sha256: String { V3Signer.payloadHash(bytes) }
}
