/// What a client method's documentation says about retries: the decision ``RetrySafety`` took and why.
enum RetryDocumentation {
    /// The paragraph, without a leading blank line.
    static func paragraph(_ safety: RetrySafety) -> String {
        let notRetried =
            "Not retried after a failure once sent (5xx, timeouts), which may have reached the service; "
            + "throttling and connection failures are."
        switch safety {
        case .readOnly:
            return "Retried after a failure once sent (5xx, timeouts): the operation only reads."
        case .clientToken(let property):
            return "Retried after a failure once sent (5xx, timeouts): an empty `\(property)` is filled with a fresh "
                + "token, which every attempt carries, so the service acts once."
        case .idempotentMethod(let method):
            return "Retried after a failure once sent (5xx, timeouts): sending `\(method)` again has the effect of "
                + "sending it once (RFC 9110)."
        case .configured:
            return "Retried after a failure once sent (5xx, timeouts): the generator's configuration says it is "
                + "safe to repeat (`\(ConfigKey.retrySafe)`)."
        case .unsafe(.accessLevel):
            return notRetried
        case .unsafe(.configured):
            return notRetried + " The generator's configuration says so (`neverRetry`)."
        case .unsafe(.nameActs(let level, let verb)):
            return notRetried + " The metadata's access level (`\(level)`) says the operation only reads, but its "
                + "name (`\(verb)`) says it acts, and repeating it could act twice."
        case .unsafe(.nameUnclear(let level, _)):
            return notRetried + " The metadata's access level (`\(level)`) says the operation only reads, but its "
                + "name does not say so."
        }
    }
}
