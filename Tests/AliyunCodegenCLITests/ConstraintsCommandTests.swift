import Foundation
import Testing

@Suite("aliyun-codegen constraints")
struct ConstraintsCommandTests {
    @Test("reports every rule-like sentence of the page and ends with the coverage figure")
    func page() async throws {
        let output = try await CommandRunner.run(
            ["constraints", "spec/ecs/2014-05-26/ModifyImageAttribute.html", "--show", "all"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "ModifyImageAttribute: 16 rule-like sentences, 16 converted, 0 recognised as prose, 0 unrecognised")
        #expect(lines.contains { $0.hasSuffix("ImageName: constraint length: 长度为 2~128 个字符。") })
        #expect(lines.last == "coverage: 100.0% of 16 rule-like sentences recognised (100.0% converted)")
    }

    @Test("on the real corpus, coverage is at least 95 % and the figure is the last line")
    func corpus() async throws {
        let corpus = CommandRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/ecs-2014-05-26.api-docs.json").path
        let output = try await CommandRunner.run(["constraints", corpus, "--show", "none"])
        #expect(output.status == 0)
        let last = try #require(output.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("coverage: "))
        let percent = try #require(Double(last.dropFirst("coverage: ".count).prefix { $0 != "%" }))
        #expect(percent >= 95)
        let rules = try #require(output.stdout.split(separator: "\n").first { $0.hasPrefix("rules: ") })
        #expect(rules.contains("checked and stable"))
        #expect(rules.contains("(66 of them the stricter side of a disagreement)"))
    }

    @Test("a bad spec is an error with exit status 1")
    func badSpec() async throws {
        let output = try await CommandRunner.run(["constraints", "no-such-spec.json"])
        #expect(output.status == 1)
        #expect(output.stderr == "no-such-spec.json:0: error: no such file\n")
    }
}
