import AliyunRuntime

/// The key an emulator's command line accepts: the options', else the variables clients read
/// (`ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, `ALIBABA_CLOUD_SECURITY_TOKEN`).
public enum EmulatorKey {
    /// The credentials, or nil when no access key id and secret are given either way (an empty value counts as none).
    public static func credentials(
        accessKeyId: String?, accessKeySecret: String?, securityToken: String?, environment: [String: String]
    ) -> Credentials? {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        guard let id = given(accessKeyId ?? environment["ALIBABA_CLOUD_ACCESS_KEY_ID"]),
            let secret = given(accessKeySecret ?? environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])
        else { return nil }
        let token = given(securityToken ?? environment["ALIBABA_CLOUD_SECURITY_TOKEN"])
        return Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token)
    }

    /// What to say when ``credentials(accessKeyId:accessKeySecret:securityToken:environment:)`` finds none.
    public static let missing =
        "no access key: give --access-key-id and --access-key-secret, or set ALIBABA_CLOUD_ACCESS_KEY_ID "
        + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET"
}
