import SpecIR

/// The configuration's word on whether operations may be retried after a failure once sent, which
/// replaces what the metadata and the operation's name say (``RetrySafety``).
///
/// ```yaml
/// retrySafe: [QuerySendDetails]   # retried after 5xx and timeouts, whatever its access level and name say
/// neverRetry: [SendSms]           # never retried once sent, even with a ClientToken
/// ```
public struct RetryOverrides: Sendable, Equatable {
    /// Operations retried after a failure once sent.
    public var retrySafe: Set<String>
    /// Operations never retried after a failure once sent.
    public var neverRetry: Set<String>

    /// Creates overrides; none by default.
    public init(retrySafe: Set<String> = [], neverRetry: Set<String> = []) {
        self.retrySafe = retrySafe
        self.neverRetry = neverRetry
    }
}

extension GeneratorConfig {
    /// The retry settings as the generator uses them.
    public var retryOverrides: RetryOverrides {
        RetryOverrides(retrySafe: Set(retrySafe), neverRetry: Set(neverRetry))
    }

    /// Checks that every operation the retry settings name is one of the service's, and none is in both
    /// lists.
    ///
    /// - Parameter service: The service as read, before `operations` keeps some of it.
    /// - Throws: ``GenerationError`` at the setting's line in the config file.
    public func checkRetryOverrides(against service: ServiceSpec) throws(GenerationError) {
        try checkRetryListsDisjoint()
        let known = Set(service.operations.map(\.name))
        for (key, names) in [(ConfigKey.retrySafe, retrySafe), (.neverRetry, neverRetry)] {
            for name in names where !known.contains(name) {
                throw GenerationError(
                    "\(key) names \(name), which is not an operation of \(service.product) \(service.version)",
                    file: file, line: retryLines[name] ?? lines[key])
            }
        }
    }

    /// Checks that no operation is under both `retrySafe` and `neverRetry`.
    ///
    /// - Throws: ``GenerationError`` at the operation's line under `neverRetry`.
    func checkRetryListsDisjoint() throws(GenerationError) {
        guard let both = neverRetry.first(where: retrySafe.contains) else { return }
        throw GenerationError(
            "\(both) is under both retrySafe and neverRetry; keep it under one", file: file,
            line: retryLines[both] ?? lines[.neverRetry])
    }
}
