import AdversarialSDK
import AliyunRuntime
import Testing

/// The adversarial spec's SDK compiles (it is a target of this package) and says exactly what the spec says.
@Suite("Adversarial spec text")
struct AdversarialSDKTests {
    @Test("names that are keywords, start with digits, hold dots or clash after camel-casing keep their wire names")
    func wireNames() throws {
        let request = TryHardRequest(
            self_: "me", prefix: "p", default: "dflt", type: 3, init_: true, _1stPlace: "1", aBC: "abc", key: "k1",
            key2: "K2",
            mode: .undocumented, weird: .init(self_: "s", string: .init(int: 7)),
            tags: [.init(key: "a", value: "b")], blob: .init(when: "now", count: 2), ids: ["i1", "i2"],
            validator2: "v", encoder2: "e", rules: .init(mode: "m"), symbols: .__, modes: [.on, .undocumented("x")],
            needs: .init(must: "yes"))
        var encoder = RPCQueryEncoder()
        try request.encode(to: &encoder)
        #expect(
            encoder.items.map(\.name) == [
                "self", "default", "Type", "init", "1stPlace", "a.b-c", "key", "Key", "Mode", "Weird.self",
                "Weird.String.Int", "Tags.1.Key", "Tags.1.Value", "Blob", "Ids.1", "Ids.2", "Prefix", "validator",
                "encoder",
                "Rules.Mode", "Symbols", "Modes", "Needs.Must",
            ])
        #expect(encoder.items.first { $0.name == "Modes" }?.value == #"["on","x"]"#)
        #expect(encoder.items.first { $0.name == "Symbols" }?.value == "*")
        #expect(encoder.items.first { $0.name == "Blob" }?.value == #"{"Count":2,"When":"now"}"#)
        #expect(try TryHardRequest(from: RPCQueryDecoder(items: encoder.items)) == request)
    }

    @Test("enum values with quotes, backslashes and keywords are sent verbatim")
    func enumValues() {
        #expect(
            TryHardRequest.Mode.documentedCases.map(\.rawValue) == [
                "true", "default", "undocumented", "a\"b", "x\\y", "#\"raw\"#",
            ])
        #expect(TryHardRequest.Mode(rawValue: "undocumented") == .undocumented)
        #expect(TryHardRequest.Mode(rawValue: "new") == .undocumented2("new"))
    }

    @Test("error codes and messages are verbatim; a code under two statuses keeps both rows")
    func errors() {
        #expect(TryHardError.Code.invalidNameQuote.rawValue == "Invalid.Name\"Quote")
        #expect(TryHardError.documentedRows.first?.message == "message with \"quotes\" and \\ backslash */")
        #expect(
            TryHardError.documentedRows.filter { $0.code == .invalidDefaultMalformed }.map(\.httpStatus) == [400, 403])
        #expect(TryHardError.documentedRows.last?.httpStatus == nil)
        #expect(AdversarialClient.endpoints == ["cn-\"quote": "adv.example.invalid"])
    }

    @Test("validation quotes the spec's sentences and counts list elements")
    func validation() {
        let request = TryHardRequest(
            self_: "", prefix: "p", default: "x", type: 11, tags: [.init(key: "toolong"), .init(), .init(), .init()])
        do {
            try request.validate()
            Issue.record("expected violations")
        } catch {
            #expect(error.violations.map(\.path) == ["self", "default", "Type", "Tags", "Tags.1.Key"])
            #expect(error.violations.map(\.rule) == ["required", "length", "range", "count", "length"])
            #expect(error.violations[1].documentation == "Keyword name. 长度为2~8个字符。")
            #expect(error.violations[2].documentation == "取值范围：1~10。")
            #expect(error.violations[3].documentation == "N的取值范围：1~3。")
        }
    }

    @Test("an operation with a ClientToken fills an empty one, keeps a given one, and is sent as idempotent")
    func clientToken() async throws {
        let caller = TokenRecordingCaller()
        let client = AdversarialClient(caller: caller, validation: ValidationPolicy(mode: .off))
        _ = try await client.tryHard(TryHardRequest(self_: "s", prefix: "p"))
        _ = try await client.tryHard(TryHardRequest(self_: "s", prefix: "p", clientToken: ""))
        _ = try await client.tryHard(TryHardRequest(self_: "s", prefix: "p", clientToken: "mine"))
        let calls = await caller.calls
        let tokens = calls.map { $0.parameters.first { $0.name == "ClientToken" }?.value }
        #expect(tokens.count == 3)
        #expect(tokens[0]?.count == 36 && tokens[1]?.count == 36 && tokens[0] != tokens[1])
        #expect(tokens[2] == "mine")
        #expect(calls.allSatisfy { $0.isIdempotent })
    }

    /// `in: formData` parameters go in a form body, as the official SDKs send them; flattened items with them.
    @Test("formData parameters, flattened, are sent in the body and nowhere else")
    func formBody() async throws {
        let caller = TokenRecordingCaller()
        let client = AdversarialClient(caller: caller, validation: ValidationPolicy(mode: .off))
        _ = try await client.tryHard(
            TryHardRequest(self_: "s", prefix: "p", payload: "a b&c", shape: .init(side: 3)))
        let call = try #require(await caller.calls.first)
        #expect(
            call.body == [RPCQueryItem(name: "Payload", value: "a b&c"), RPCQueryItem(name: "Shape.Side", value: "3")])
        #expect(!call.parameters.contains { $0.name == "Payload" || $0.name.hasPrefix("Shape") })
        #expect(call.parameters.contains { $0.name == "self" })
    }

    /// An RPC operation's `in: header` parameters (dyplsapi's `Content-Type`) are HTTP headers, where the
    /// metadata places them; V1 sends them unsigned, V3 signs them.
    @Test("header parameters of an RPC operation are sent as headers and nowhere else")
    func headerParameter() async throws {
        let caller = TokenRecordingCaller()
        let client = AdversarialClient(caller: caller, validation: ValidationPolicy(mode: .off))
        _ = try await client.tryHard(TryHardRequest(self_: "s", prefix: "p", xAcsTraceMode: "fast"))
        let call = try #require(await caller.calls.first)
        #expect(call.headers == [RPCQueryItem(name: "x-acs-trace-mode", value: "fast")])
        #expect(!call.parameters.contains { $0.name == "x-acs-trace-mode" })
        #expect(call.body.isEmpty)
    }
}

/// Records calls and answers `{}`.
actor TokenRecordingCaller: RPCCaller {
    private(set) var calls: [RPCCall] = []

    func call(_ call: RPCCall) async throws -> RPCReply {
        calls.append(call)
        return RPCReply(status: 200, headers: [:], body: Array("{}".utf8))
    }
}
