import AliyunEmulator
import AliyunRuntime
import EmulatorSupport
import Foundation

/// An ``AliyunEmulator`` serving ECS, VPC and CS from the 2024 corpus on a loopback port, and clients of it.
struct EmulatorHarness {
    static let key = Credentials(accessKeyId: "LTAI-emulator-test", accessKeySecret: "emulator-test-secret")
    /// The 2024 corpus, beside the repository.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/alibaba-cloud").path

    /// The repository's override files (`spec/emulator-overrides`).
    static let overrides = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("spec/emulator-overrides").path

    /// The three products, read once.
    static let catalog: Result<ProductCatalog, CatalogError> = {
        do throws(CatalogError) {
            return .success(try ProductCatalog.load(corpus: corpus, products: ["ecs", "vpc", "cs"]))
        } catch {
            return .failure(error)
        }
    }()

    let emulator: AliyunEmulator

    /// Starts an emulator over the three products.
    static func start(validation: ValidationMode = .enforce) async throws -> EmulatorHarness {
        var configuration = AliyunEmulatorConfiguration(catalog: try catalog.get(), credentials: [key])
        configuration.validation = validation
        return EmulatorHarness(emulator: try await AliyunEmulator.start(configuration))
    }

    func stop() async { await emulator.stop() }

    /// The configuration of a client of the emulator: no retries.
    func configuration(signatureVersion: SignatureVersion = .v3) -> RPCClientConfiguration {
        RPCClientConfiguration(
            endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(Self.key),
            signatureVersion: signatureVersion, retry: .disabled)
    }

    /// Sends a request to a control endpoint, with the control token.
    func control(_ method: String, _ target: String, body: String = "") async throws -> (status: Int, body: String) {
        let response = try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(
                method: method, url: emulator.url + target,
                headers: [("X-Emulator-Control-Token", emulator.controlToken.value)], body: Array(body.utf8)),
            timeouts: Timeouts())
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }
}
