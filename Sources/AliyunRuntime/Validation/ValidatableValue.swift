/// A request or a nested value whose documented rules can be checked.
public protocol ValidatableValue: Sendable {
    /// Adds a violation for every broken rule; `prefix` is the wire path of where the value sits
    /// (`Features.`, `Tag.2.`).
    func validate(into validator: inout RequestValidator, prefix: String)
}
