import AliyunRuntime
import Testing

@Suite("Request validator")
struct RequestValidatorTests {
    let rule = DocumentedRule("the sentence", errorCode: "Bad.Value")

    @Test("each check passes good values and names bad ones")
    func checks() {
        var validator = RequestValidator()
        validator.checkLength("abc", min: 2, max: 3, path: "A", rule: rule)
        validator.checkLength("中文字符", min: 1, max: 4, path: "A", rule: rule)
        validator.checkRange(5, min: 1, max: 10, path: "B", rule: rule)
        validator.checkRange("7", min: 1, max: 10, path: "B", rule: rule)
        validator.checkCount(3, min: nil, max: 3, path: "C", rule: rule)
        validator.checkAllowedValues("x", ["x", "y"], path: "D", rule: rule)
        validator.checkFirstCharacter("中a", [.letter, .chinese], path: "E", rule: rule)
        validator.checkAllowedCharacters(
            "ab_中1", classes: [.letter, .chinese, .digit], characters: "_", path: "F", rule: rule)
        validator.checkAllowedCharacters("Ünïcödé", classes: [.unicodeLetter], characters: "", path: "F", rule: rule)
        validator.checkForbiddenPrefixes("myaliyun", ["aliyun"], path: "G", rule: rule)
        validator.checkForbiddenSubstrings("abc", ["http://"], path: "H", rule: rule)
        validator.checkPattern("abc", "^[a-z]+$", path: "I", rule: rule)
        validator.checkPresent(true, path: "J", rule: rule)
        #expect(validator.violations.isEmpty)

        validator.checkLength("a", min: 2, max: 3, path: "A", rule: rule)
        validator.checkRange(11, min: 1, max: 10, path: "B", rule: rule)
        validator.checkRange("x", min: 1, max: 10, path: "B", rule: rule)
        validator.checkCount(4, min: nil, max: 3, path: "C", rule: rule)
        validator.checkAllowedValues("z", ["x", "y"], path: "D", rule: rule)
        validator.checkFirstCharacter("1a", [.letter], path: "E", rule: rule)
        validator.checkAllowedCharacters("a b", classes: [.letter], characters: "", path: "F", rule: rule)
        validator.checkForbiddenPrefixes("aliyunX", ["aliyun"], path: "G", rule: rule)
        validator.checkForbiddenSubstrings("a http://b", ["http://"], path: "H", rule: rule)
        validator.checkPattern("ABC", "^[a-z]+$", path: "I", rule: rule)
        validator.checkPresent(false, path: "J", rule: rule)
        #expect(validator.violations.map(\.path) == ["A", "B", "B", "C", "D", "E", "F", "G", "H", "I", "J"])
        #expect(
            validator.violations.allSatisfy { $0.documentation == "the sentence" && $0.serverErrorCode == "Bad.Value" })
        #expect(validator.violations[0].message == "must be at least 2 characters long (it has 1)")
        #expect(validator.violations[6].message == "must not contain \" \"")
        #expect(throws: RequestValidationError.self) { try validator.finish(operation: "Op") }
    }

    @Test("the error lists every violation")
    func description() {
        let error = RequestValidationError(
            operation: "Op",
            violations: [
                ValidationViolation(
                    path: "A", rule: "length", message: "too short", documentation: "doc", serverErrorCode: "C")
            ])
        #expect(
            error.description
                == "Op: the request breaks 1 documented rule(s):\n  - A: too short [C] (a length rule, which may"
                + " be stale) — doc\n" + RequestValidationError.bypass)
        let stable = RequestValidationError(
            operation: "Op",
            violations: [
                ValidationViolation(
                    path: "A", rule: "required", message: "is required", documentation: "doc", serverErrorCode: nil,
                    trust: .stable)
            ], hint: nil)
        #expect(stable.description == "Op: the request breaks 1 documented rule(s):\n  - A: is required — doc")
    }
}
