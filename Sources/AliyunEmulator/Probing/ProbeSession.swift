import AliyunRuntime

/// An emulator started for probing (every rule off, so the smallest requests pass) and a client of it that signs
/// with its key and never retries.
struct ProbeSession {
    let emulator: AliyunEmulator
    let caller: RPCClient

    static func start(_ catalog: ProductCatalog) async throws -> ProbeSession {
        let key = Credentials(accessKeyId: "LTAI-probe", accessKeySecret: "probe-secret")
        var configuration = AliyunEmulatorConfiguration(catalog: catalog, credentials: [key])
        configuration.validation = .off
        let emulator = try await AliyunEmulator.start(configuration)
        let caller = RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(key),
                retry: .disabled))
        return ProbeSession(emulator: emulator, caller: caller)
    }
}
