/// The idempotency token of calls that take a `ClientToken`: generated methods fill an empty one with a
/// fresh value before sending, and every retry of the call sends that same value, so the service acts once.
public enum ClientToken {
    /// A fresh token: a random UUID (36 characters, within the documented 64).
    public static func fresh() -> String {
        RandomUUID.text()
    }
}
