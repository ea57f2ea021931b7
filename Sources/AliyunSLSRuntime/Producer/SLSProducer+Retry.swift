import AliyunRuntime

extension SLSProducer {
    /// The error codes worth another attempt whatever their status: Log Service's write quotas (HTTP 403), which
    /// pass as the shard's or project's load does, and its busy and timeout answers.
    public static let retryableErrorCodes: Set<String> = [
        "WriteQuotaExceed", "ShardWriteQuotaExceed", "ExceedQuota", "QuotaExceed", "ServerBusy", "RequestTimeout",
        "InternalServerError",
    ]

    /// Whether a PutLogs answer of this status and error code is worth another attempt: 5xx, 429, throttling
    /// (`Throttling…`) and ``retryableErrorCodes``; not any other client error (4xx: a wrong signature, a missing
    /// logstore, a malformed group), which would only fail again.
    public static func isRetryable(status: Int, code: String?) -> Bool {
        if status >= 500 || status == 429 { return true }
        guard let code else { return false }
        return retryableErrorCodes.contains(code) || code.hasPrefix("Throttling")
    }

    /// Whether a failure to get an answer is worth another attempt: transport failures (a refused or broken
    /// connection), timeouts and credentials that could not be had; not redirects nor calls that cannot be built.
    public static func isRetryable(_ error: any Error) -> Bool {
        switch error {
        case let error as TransportError: error.kind != .redirect
        case is TimeoutError, is CredentialsError: true
        default: false
        }
    }
}
