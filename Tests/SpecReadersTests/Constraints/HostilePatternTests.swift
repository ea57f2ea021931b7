import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// A schema `pattern` the runtime's linear-time matcher cannot run (it needs backtracking, or uses syntax the
/// matcher does not take), or that is too long to judge, is never checked: it is kept as documentation with a
/// located warning. Every other pattern, nested quantifiers included, is checked in linear time.
@Suite("Hostile patterns")
struct HostilePatternTests {
    static let here = SourceLocation(file: "spec.json", line: 7)

    func resolve(pattern: String) -> (Constraint?, [Diagnostic]) {
        let field = Field(name: "Name", type: .string, limits: SchemaLimits(pattern: pattern), source: Self.here)
        var resolver = OperationConstraints(
            operation: OperationSpec(name: "Op", parameters: [field], source: Self.here))
        let operation = resolver.resolve()
        return (operation.parameters[0].constraints.first { $0.rule.kind == "pattern" }, resolver.diagnostics)
    }

    @Test(
        "patterns the linear matcher cannot run, and over-long ones, are documentation only, with a located warning",
        arguments: [
            ("^(a)\\1$", "a backreference"), ("^(?<x>a)\\k<x>$", "a backreference"),
            ("^(?=a)a$", "lookaround"), ("^a++$", "a possessive quantifier"), ("\\p{L}+", "the escape \\p"),
            ("^[[a-z]&&[^q]]$", "a nested class"), ("(a{1,1000}){1,1000}", "compiles to more than"),
            (String(repeating: "a", count: 1_001), "longer than 1000 characters"),
        ])
    func refused(pattern: String, reason: String) throws {
        let (constraint, diagnostics) = resolve(pattern: pattern)
        let kept = try #require(constraint)
        #expect(!kept.enforced)
        #expect(kept.note?.contains(reason) == true, "\(kept.note ?? "")")
        let warning = try #require(diagnostics.first { $0.message.contains("pattern") })
        #expect(warning.severity == .warning)
        #expect(warning.location == Self.here)
        #expect(warning.message.hasPrefix("Op.Name: the schema's pattern"), "\(warning.message)")
        #expect(warning.message.contains(reason))
    }

    @Test(
        "ordinary patterns stay checked",
        arguments: [
            "^[a-zA-Z][\\w.-]{1,127}$", "^(ab)+$", "^(a+)?b$", "^(?:[a-z]{3})$", "^[(]+$", "\\(a+\\)+",
            "^\\d{1,3}\\.\\d{1,3}$", "^[a-z]{2,}\\{x+\\}$", "^(a+)+$", "^(a*b?)*c$", "^(\\w+\\s?){2,}$",
            "^[a-z]+(-[a-z]+)*$", "^(\\d{1,3}\\.){3}\\d{1,3}$",
        ])
    func kept(pattern: String) {
        let (constraint, diagnostics) = resolve(pattern: pattern)
        #expect(constraint?.enforced == true, "\(pattern)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("the catastrophic pattern of the issue is checked, and its hazards are the matcher's refusals")
    func catastrophic() {
        #expect(PatternHazard.of("^(a+)+$") == nil)
        #expect(PatternHazard.of("^(a)\\1$") != nil)
        #expect(PatternHazard.of("^(?i:ab)+$") != nil, "inline flags are not run")
    }
}
