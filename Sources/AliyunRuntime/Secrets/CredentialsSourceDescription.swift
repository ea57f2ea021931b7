/// How credential providers describe themselves: by the names of their sources, never a value, so that
/// printing, dumping or interpolating a provider, a configuration or a client shows no secret.
public protocol CredentialsSourceDescribing: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Where the provider looks, e.g. `environment (ALIBABA_CLOUD_ACCESS_KEY_ID set)`.
    var sourceSummary: String { get }
}

extension CredentialsSourceDescribing {
    /// `TypeName(source summary)`.
    public var description: String { "\(type(of: self))(\(sourceSummary))" }

    /// The same as `description`.
    public var debugDescription: String { description }

    /// One child, the source summary: no environment, no file contents, no secret.
    public var customMirror: Mirror { Mirror(self, children: ["source": sourceSummary], displayStyle: .struct) }
}
