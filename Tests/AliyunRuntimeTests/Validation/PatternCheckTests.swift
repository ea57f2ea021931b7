import AliyunRuntime
import Testing

/// `checkPattern` runs the linear-time matcher: a pattern that makes a backtracking engine take exponential time
/// costs one pass over the value, client and server side alike.
@Suite("Pattern checks in linear time")
struct PatternCheckTests {
    let rule = DocumentedRule("the sentence", errorCode: "Bad.Value")

    @Test(
        "a hostile pattern on a long value that fails it is one pass, and the violation is named",
        arguments: [#"^(a+)+$"#, #"^(a|aa)+$"#, #"^(\w+\s?)*$"#, #"a*a*a*a*a*a*b"#])
    func hostile(pattern: String) {
        var validator = RequestValidator()
        validator.checkPattern(String(repeating: "a", count: 100_000) + "!", pattern, path: "Name", rule: rule)
        validator.checkPattern(String(repeating: "a", count: 100_000) + "b", pattern, path: "Other", rule: rule)
        #expect(validator.violations.map(\.path).first == "Name")
    }

    @Test("a pattern the matcher does not run (a backreference) is not checked: it never blocks a call")
    func unsupported() {
        var validator = RequestValidator()
        validator.checkPattern("ab", #"^(a)\1$"#, path: "Name", rule: rule)
        #expect(validator.violations.isEmpty)
    }
}
