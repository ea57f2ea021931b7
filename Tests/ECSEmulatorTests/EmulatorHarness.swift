import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Foundation

/// Starts an emulator on a free loopback port for one test and builds clients that call it.
struct EmulatorHarness {
    static let key = Credentials(accessKeyId: "LTAI-emulator", accessKeySecret: "emulator-secret")
    static let stsKey = Credentials(accessKeyId: "STS.emulator", accessKeySecret: "sts-secret", securityToken: "tok-1")
    static let region = "cn-hangzhou"

    let emulator: ECSEmulator

    /// Runs `body` with an emulator seeded with `images`, and stops it afterwards; `serverValidation`
    /// says which broken rules the emulator refuses (all, as the service does, unless told otherwise).
    static func with(
        _ images: [EmulatedImage] = [], account: EmulatorAccount = EmulatorAccount(), persistTo: StateFile? = nil,
        serverValidation: ValidationMode = .enforce, _ body: (EmulatorHarness) async throws -> Void
    ) async throws {
        var configuration = EmulatorConfiguration(
            credentials: [key, stsKey], state: EmulatorState(account: account, images: images), persistTo: persistTo)
        configuration.validation = serverValidation
        let emulator = try await ECSEmulator.start(configuration)
        do {
            try await body(EmulatorHarness(emulator: emulator))
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
    }

    /// A client of the emulator; every rule enforced unless said, no retries unless a policy is given.
    func client(
        credentials: Credentials = Self.key, signatureVersion: SignatureVersion = .v3,
        validation: ValidationPolicy = ValidationPolicy(mode: .enforce),
        retry: RetryPolicy = .disabled, timeouts: Timeouts = Timeouts(),
        now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> String = { UUID().uuidString }, sleeper: any Sleeper = TaskSleeper()
    ) -> ECSClient {
        ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(credentials),
                signatureVersion: signatureVersion, timeouts: timeouts, retry: retry, now: now, nonce: nonce,
                sleeper: sleeper),
            validation: validation)
    }

    /// Sends a request to a control endpoint, with the emulator's control token.
    func control(_ method: String, _ target: String, body: String = "") async throws -> (status: Int, body: String) {
        try await raw(
            method, target, headers: [("X-Emulator-Control-Token", emulator.controlToken.value)], body: body)
    }

    /// Sends an unsigned request (a hand-made API call, or a control endpoint without the token).
    func raw(
        _ method: String, _ target: String, headers: [(name: String, value: String)] = [], body: String = ""
    ) async throws -> (status: Int, body: String) {
        let response = try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(method: method, url: emulator.url + target, headers: headers, body: Array(body.utf8)),
            timeouts: Timeouts())
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }
}

/// Records the delays a client asks for, and waits none of them.
actor RecordingSleeper: Sleeper {
    private(set) var delays: [Duration] = []

    func sleep(for duration: Duration) async throws {
        delays.append(duration)
    }
}

extension EmulatedImage {
    /// An idle, private, available image of the default account in the test region.
    static func sample(
        _ id: String, name: String? = nil, family: String? = nil, status: String = "Available",
        configure: (inout EmulatedImage) -> Void = { _ in }
    ) -> EmulatedImage {
        var image = EmulatedImage(
            imageId: id, regionId: EmulatorHarness.region, imageName: name ?? "image-\(id)", imageFamily: family,
            status: status)
        configure(&image)
        return image
    }
}
