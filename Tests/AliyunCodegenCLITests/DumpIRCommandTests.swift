import Foundation
import Testing

@Suite("aliyun-codegen dump-ir")
struct DumpIRCommandTests {
    @Test("prints the IR of a page as JSON and exits 0")
    func page() async throws {
        let output = try await CommandRunner.run(["dump-ir", "spec/ecs/2014-05-26/ModifyImageAttribute.html"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let operations = object?["operations"] as? [[String: Any]]
        #expect(operations?.first?["name"] as? String == "ModifyImageAttribute")
        #expect((operations?.first?["parameters"] as? [Any])?.count == 10)
        #expect((operations?.first?["errors"] as? [Any])?.count == 19)
    }

    @Test("the same input gives the same bytes")
    func deterministic() async throws {
        let first = try await CommandRunner.run(["dump-ir", "spec/ecs/2014-05-26/api-docs.json"])
        let second = try await CommandRunner.run(["dump-ir", "spec/ecs/2014-05-26/api-docs.json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test("works from any directory, with paths relative to it")
    func anyDirectory() async throws {
        let specDirectory = CommandRunner.packageRoot.appendingPathComponent("spec/ecs/2014-05-26")
        let output = try await CommandRunner.run(["dump-ir", "ModifyImageAttribute.en.html"], in: specDirectory)
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"file\" : \"ModifyImageAttribute.en.html\""))
    }

    @Test("--operation filters; an unknown name is an error")
    func operationFilter() async throws {
        let corpus = CommandRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/ecs-2014-05-26.api-docs.json").path
        let output = try await CommandRunner.run(["dump-ir", corpus, "--operation", "DescribeImages", "--quiet"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout.components(separatedBy: "\"name\" : \"DescribeImages\"").count == 2)
        #expect(!output.stdout.contains("\"name\" : \"RunInstances\""))
        let unknown = try await CommandRunner.run(["dump-ir", corpus, "--operation", "Nope", "--quiet"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "\(corpus):0: error: no operation named Nope in this spec\n")
        #expect(unknown.stdout == "")
    }

    @Test("warnings go to stderr as path:line:column: warning:")
    func warnings() async throws {
        let corpus = CommandRunner.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/ecs-2014-05-26.api-docs.json").path
        let output = try await CommandRunner.run(["dump-ir", corpus, "--operation", "DescribeImages"])
        #expect(output.status == 0)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 205)
        #expect(lines.allSatisfy { $0.hasPrefix("\(corpus):1:") && $0.contains(": warning: ") })
    }

    @Test(
        "bad input prints path:line: error: and exits 1 with nothing on stdout",
        arguments: [
            ("missing.json", nil, "missing.json:0: error: no such file"),
            ("empty.html", "", "empty.html:1: error: the file is empty"),
            ("notes.txt", "hello", "notes.txt:1: error: not an HTML documentation page or an api-docs JSON file"),
            (
                "table.html",
                "<html><body><h1>Op - T</h1><h2>请求参数</h2><table>\n<tr><th>名称</th><th>类型</th><th>必填</th></tr>\n<tr><td>A</td><td>float</td></tr></table></body></html>",
                "table.html:3: error: a row of the request-parameter table has 2 cells, the header has 3"
            ),
            (
                "type.html",
                "<html><body><h1>Op - T</h1><h2>请求参数</h2><table>\n<tr><th>名称</th><th>类型</th><th>必填</th></tr>\n<tr><td>A</td><td>text</td><td>否</td></tr></table></body></html>",
                "type.html:3: error: unknown type \"text\" of \"A\""
            ),
            (
                "none.html", "<html><body><p>hi</p></body></html>",
                "none.html:1: error: no request-parameter table: expected a table after a heading 请求参数 or Request parameters"
            ),
        ] as [(String, String?, String)])
    func badInput(name: String, content: String?, message: String) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if let content { try Data(content.utf8).write(to: directory.appendingPathComponent(name)) }
        let output = try await CommandRunner.run(["dump-ir", name], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == message + "\n")
    }

    @Test("invalid UTF-8 is a located error")
    func invalidUTF8() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data([0x3C, 0x70, 0x3E, 0x0A, 0xFF]).write(to: directory.appendingPathComponent("bad.html"))
        let output = try await CommandRunner.run(["dump-ir", "bad.html"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr == "bad.html:2: error: invalid UTF-8 at byte offset 4\n")
    }
}
