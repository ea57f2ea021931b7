import AliyunRuntime
import LoopbackServer
import Testing

/// Which violations block a call in each mode, what is logged, and what the service's acceptance reports.
@Suite("Validation policy")
struct ValidationPolicyTests {
    typealias Color = LenientDecodingTests.Color

    /// A request with a stable rule (Name's first character) and a volatile one (at most 2 tags).
    struct Request: ValidatableValue {
        var name = "ok"
        var tags: [String] = []

        static let nameRule = DocumentedRule("必须以字母开头。", errorCode: "InvalidName.Malformed", trust: .stable)
        static let tagRule = DocumentedRule("最多支持2个标签。", errorCode: "InvalidTagCount", trust: .volatile)

        func validate(into validator: inout RequestValidator, prefix: String) {
            validator.checkFirstCharacter(name, [.letter], path: prefix + "Name", rule: Self.nameRule)
            validator.checkCount(tags.count, min: nil, max: 2, path: prefix + "Tag", rule: Self.tagRule)
        }
    }

    let tooManyTags = Request(tags: ["a", "b", "c"])
    let badName = Request(name: "1x")

    func policy(_ mode: ValidationMode, _ messages: RecordingLogHandler.Messages) -> ValidationPolicy {
        ValidationPolicy(mode: mode, logger: RecordingLogHandler.logger(messages))
    }

    @Test("the default mode blocks only rules that cannot go stale")
    func defaultMode() throws {
        #expect(ValidationMode.default == .enforceStable)
        let messages = RecordingLogHandler.Messages()
        let report = try policy(.default, messages).check(tooManyTags, operation: "Op")
        #expect(report.letThrough.map(\.path) == ["Tag"])
        #expect(messages.texts(at: .warning).count == 1)
        #expect(messages.texts(at: .warning)[0].contains("Tag: must have at most 2 elements (it has 3)"))
        #expect(messages.texts(at: .warning)[0].contains("最多支持2个标签。"))
        #expect(throws: RequestValidationError.self) { try policy(.default, messages).check(badName, operation: "Op") }
    }

    @Test("enforce blocks every broken rule and lists them all with how to get past them")
    func enforce() throws {
        let messages = RecordingLogHandler.Messages()
        let both = Request(name: "1x", tags: ["a", "b", "c"])
        let error = #expect(throws: RequestValidationError.self) {
            try policy(.enforce, messages).check(both, operation: "Op")
        }
        #expect(error?.violations.map(\.path) == ["Name", "Tag"])
        #expect(error?.violations.map(\.trust) == [.stable, .volatile])
        let text = error?.description ?? ""
        #expect(
            text.contains(
                "Tag: must have at most 2 elements (it has 3) [InvalidTagCount] (a count rule, which may be stale) — 最多支持2个标签。"
            ))
        #expect(text.contains("CallOptions(validation: .warn)"))
        #expect(messages.all.isEmpty)
    }

    @Test("warn sends everything and logs each broken rule with its sentence")
    func warn() throws {
        let messages = RecordingLogHandler.Messages()
        let report = try policy(.warn, messages).check(Request(name: "1x", tags: ["a", "b", "c"]), operation: "Op")
        #expect(report.letThrough.map(\.rule) == ["firstCharacter", "count"])
        #expect(report.mode == .warn)
        #expect(messages.texts(at: .warning).count == 2)
        #expect(messages.texts(at: .warning)[0].contains("必须以字母开头。"))
    }

    @Test("off checks nothing and logs nothing")
    func off() throws {
        let messages = RecordingLogHandler.Messages()
        let report = try policy(.off, messages).check(Request(name: "1x", tags: ["a", "b", "c"]), operation: "Op")
        #expect(report == ValidationReport(operation: "Op", mode: .off))
        #expect(messages.all.isEmpty)
    }

    @Test("a call's mode overrides the client's either way; no mode keeps the client's")
    func override() throws {
        let messages = RecordingLogHandler.Messages()
        let report = try policy(.enforce, messages).check(tooManyTags, operation: "Op", mode: .warn)
        #expect(report.letThrough.count == 1)
        #expect(throws: RequestValidationError.self) {
            try policy(.off, messages).check(tooManyTags, operation: "Op", mode: .enforce)
        }
        #expect(throws: RequestValidationError.self) {
            try policy(.enforce, messages).check(tooManyTags, operation: "Op", mode: nil)
        }
        #expect(try policy(.off, messages).check(tooManyTags, operation: "Op", mode: nil).letThrough.isEmpty)
    }

    @Test("an undocumented value of an open enum passes and is logged")
    func undocumentedValue() throws {
        struct Painted: ValidatableValue {
            var color: Color
            func validate(into validator: inout RequestValidator, prefix: String) {
                validator.checkDocumentedValue(color, ["Red"], path: "Color", rule: DocumentedRule("颜色。"))
            }
        }
        let messages = RecordingLogHandler.Messages()
        let blue = Painted(color: Color(rawValue: "Blue"))
        for mode in [ValidationMode.enforce, .enforceStable] {
            let report = try policy(mode, messages).check(blue, operation: "Op")
            #expect(report.letThrough.isEmpty)
            #expect(report.undocumentedValues == [UndocumentedValue(path: "Color", value: "Blue")])
        }
        #expect(messages.all.isEmpty, "the caller chose the value: only warn mode says so")
        let warned = policy(.warn, messages)
        let report = try warned.check(blue, operation: "Op")
        #expect(messages.texts(at: .warning) == ["Op: Color: \"Blue\" is not a documented value; it is sent verbatim"])
        warned.serviceAccepted(report)
        #expect(messages.texts(at: .warning).last?.contains("its list of values is stale") == true)
    }

    @Test("a success after a let-through violation says which rule and sentence were wrong and how to bypass")
    func serviceAccepted() throws {
        let messages = RecordingLogHandler.Messages()
        let policy = policy(.default, messages)
        let report = try policy.check(tooManyTags, operation: "RunThing")
        policy.serviceAccepted(report)
        let last = try #require(messages.texts(at: .warning).last)
        #expect(last.contains("RunThing: the service accepted a request that breaks the documented count rule of Tag"))
        #expect(last.contains("the rule is wrong or stale: \"最多支持2个标签。\""))
        #expect(last.contains("CallOptions(validation: .warn)"))
        policy.serviceAccepted(ValidationReport(operation: "Op", mode: .default))
        #expect(messages.all.count == 2)
    }
}
