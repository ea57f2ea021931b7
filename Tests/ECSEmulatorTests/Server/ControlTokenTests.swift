import ECSEmulator
import EmulatorSupport
import Foundation
import Testing

/// The control endpoints answer only requests holding the emulator's control token.
@Suite("Control endpoints need the control token")
struct ControlTokenTests {
    static let endpoints = [
        ("GET", "/_emulator/faults"), ("POST", "/_emulator/faults"), ("DELETE", "/_emulator/faults"),
        ("GET", "/_emulator/requests"), ("DELETE", "/_emulator/requests"), ("GET", "/_emulator/state"),
        ("PUT", "/_emulator/state"), ("GET", "/_emulator/nothing"),
    ]

    @Test("without the token, or with another, every control endpoint is 401 and nothing changes")
    func refused() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let wrong: [[(name: String, value: String)]] = [
                [], [("Authorization", "Bearer nope")], [("X-Emulator-Control-Token", "nope")],
                [("Authorization", harness.emulator.controlToken.value)],
                [("Authorization", "Basic " + harness.emulator.controlToken.value)],
                [("X-Emulator-Control-Token", String(harness.emulator.controlToken.value.dropLast()))],
            ]
            for headers in wrong {
                for (method, path) in Self.endpoints {
                    let body =
                        method == "POST" ? #"[{"kind":"dropConnection"}]"# : method == "PUT" ? #"{"images":[]}"# : ""
                    let answer = try await harness.raw(method, path, headers: headers, body: body)
                    #expect(answer.status == 401, "\(method) \(path) with \(headers)")
                }
            }
            #expect(await harness.emulator.faults.waiting.isEmpty)
            #expect(await harness.emulator.store.state.images.map(\.imageId) == ["m-1"])
        }
    }

    @Test("the token is taken as Authorization: Bearer or X-Emulator-Control-Token")
    func accepted() async throws {
        var configuration = EmulatorConfiguration(credentials: [EmulatorHarness.key])
        configuration.controlToken = try #require(ControlToken("chosen-token"))
        let emulator = try await ECSEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        let harness = EmulatorHarness(emulator: emulator)
        #expect(
            try await harness.raw("GET", "/_emulator/faults", headers: [("Authorization", "Bearer chosen-token")])
                .status == 200)
        #expect(
            try await harness.raw("GET", "/_emulator/faults", headers: [("X-Emulator-Control-Token", "chosen-token")])
                .status == 200)
        #expect(try await harness.control("GET", "/_emulator/requests").status == 200)
    }

    @Test("a generated token is 64 hexadecimal digits, new each time, and never printed by description")
    func generated() {
        let first = ControlToken.generated()
        #expect(first.value.count == 64)
        #expect(first.value.allSatisfy { $0.isHexDigit })
        #expect(ControlToken.generated() != first)
        #expect(!"\(first)".contains(first.value))
        #expect(ControlToken("has space") == nil)
        #expect(ControlToken("") == nil)
    }
}
