/// What a request parameter means to a client beyond its value, as the readers recognise it.
public enum FieldRole: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The region the call is for (`RegionId`); a client sends the call to that region's endpoint
    /// unless told otherwise.
    case region
    /// An idempotency token (`ClientToken`): repeating a call with the same token does not repeat its effect.
    case clientToken
    /// A dry-run switch (`DryRun`): the service checks the request and answers without acting.
    case dryRun
}
