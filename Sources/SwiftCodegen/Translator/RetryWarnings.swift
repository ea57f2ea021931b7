import SpecIR

/// The generator's warnings about retries: operations whose access level says they only read while their
/// name says otherwise, which are therefore not retried after a failure once sent.
///
/// A name that acts (`SendSms` labelled `get`) is a clear disagreement: one warning at the operation.
/// A name that says nothing (`GenerateDataKey`, `OnsTopicStatus`) is not: one warning per module lists
/// them all. The configuration's `retrySafe` or `neverRetry` settles an operation and silences it.
enum RetryWarnings {
    static func report(_ operations: [ResolvedOperation], into context: inout TranslationContext) {
        var unclear: [ResolvedOperation] = []
        for operation in operations {
            switch operation.retrySafety.disagreement {
            case .nameActs(let level, let verb):
                let name = operation.spec.name
                context.warn(
                    "\(name): the access level \(level) says it only reads, but its name (\(verb)) says it acts: "
                        + "it is not retried after a failure once sent (5xx, timeouts); if repeating it is safe, "
                        + "list it under \(ConfigKey.retrySafe) in the configuration (--retry-safe \(name)), else under "
                        + "\(ConfigKey.neverRetry)",
                    at: operation.spec.source)
            case .nameUnclear: unclear.append(operation)
            default: continue
            }
        }
        guard let first = unclear.first else { return }
        let names = unclear.map(\.spec.name)
        context.warn(
            "\(names.count) operation\(names.count == 1 ? "" : "s") labelled as only reading "
                + "\(names.count == 1 ? "has a name that does" : "have names that do") not say so "
                + "(\(names.joined(separator: ", "))): not retried after a failure once sent (5xx, timeouts); "
                + "list those that are safe to repeat under \(ConfigKey.retrySafe) in the configuration, the others "
                + "under \(ConfigKey.neverRetry)",
            at: first.spec.source)
    }
}
