/// The validation mode generated clients start with: the runtime's `ValidationMode` case of the same name.
///
/// The config file's `validation:` and `generate --validation` take a name; `true` is ``enforceStable``
/// (the runtime's default) and `false` is ``off``, as before modes existed.
public enum DefaultValidationMode: String, Sendable, Equatable, CaseIterable {
    /// Every broken rule blocks a call.
    case enforce
    /// Rules that cannot go stale block a call; the others are logged and the call sent.
    case enforceStable
    /// Every broken rule is logged and the call sent.
    case warn
    /// Nothing is checked.
    case off

    /// A mode by its name, or by the booleans of a configuration written before modes.
    public init?(name: String) {
        switch name {
        case "true": self = .enforceStable
        case "false": self = .off
        default:
            guard let mode = DefaultValidationMode(rawValue: name) else { return nil }
            self = mode
        }
    }

    /// The names the configuration accepts, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
