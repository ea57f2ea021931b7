import Foundation
import SpecIR
import Testing

@testable import SpecReaders

@Suite("api-docs directories: each operation's group")
struct APIDocsDirectoryReaderTests {
    func read(directories: String?, operations: [String]) throws -> ReadResult {
        let apis = operations.map { "\"\($0)\": {\"methods\": [\"post\"]}" }.joined(separator: ", ")
        let json = """
            {"info": {"product": "Ecs", "version": "2014-05-26", "style": "RPC"},
             \(directories.map { "\"directories\": \($0)," } ?? "")
             "apis": {\(apis)}}
            """
        return try SpecReader.read(bytes: Array(json.utf8), path: "api.json")
    }

    func groups(_ result: ReadResult) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: result.service.operations.map { ($0.name, $0.group) })
    }

    @Test("directories, nested directories, a top-level name and an unlisted operation")
    func shapes() throws {
        let result = try read(
            directories: """
                [{"id": 1, "title": "实例", "type": "directory", "children": [
                    "RunInstances",
                    {"id": 2, "title": " 实例\\n属性 ", "type": "directory", "children": ["ModifyInstanceAttribute",
                        {"id": 3, "title": "VNC", "type": "directory", "children": ["DescribeInstanceVncUrl"]}]},
                    "StartInstance"]},
                 "DescribeRegions",
                 {"id": 4, "title": "镜像", "type": "directory", "children": ["CopyImage"]}]
                """,
            operations: [
                "RunInstances", "ModifyInstanceAttribute", "DescribeInstanceVncUrl", "StartInstance",
                "DescribeRegions", "CopyImage", "Unlisted",
            ])
        #expect(result.diagnostics.isEmpty)
        #expect(
            groups(result) == [
                "RunInstances": ["实例"], "ModifyInstanceAttribute": ["实例", "实例 属性"],
                "DescribeInstanceVncUrl": ["实例", "实例 属性", "VNC"], "StartInstance": ["实例"],
                "DescribeRegions": [], "CopyImage": ["镜像"], "Unlisted": [],
            ])
        // The operations keep the `apis` order; the directories change nothing but `group`.
        #expect(result.service.operations.map(\.name).last == "Unlisted")
    }

    @Test("no directories, an empty array, and empty directories: no group and no warning")
    func none() throws {
        for directories in [nil, "[]", #"[{"id": 1, "title": "已下线", "type": "directory", "children": []}]"#] {
            let result = try read(directories: directories, operations: ["A", "B"])
            #expect(result.diagnostics.isEmpty)
            #expect(result.service.operations.map(\.group) == [[], []])
        }
    }

    @Test("the first listing wins: an operation in two directories, siblings of the same title")
    func repeated() throws {
        let result = try read(
            directories: """
                [{"title": "其它", "children": ["A"]}, {"title": "其它", "children": ["B"]},
                 {"title": "又一个", "children": ["A", "B"]}]
                """,
            operations: ["A", "B"])
        #expect(result.diagnostics.isEmpty)
        #expect(groups(result) == ["A": ["其它"], "B": ["其它"]])
    }

    @Test("malformed entries are located warnings and skipped; nothing throws")
    func malformed() throws {
        let result = try read(
            directories: """
                [42, null, {"title": "No children"}, {"title": "Not an array", "children": "A"},
                 {"children": ["A"]}, {"title": "", "children": [{"title": "Inner", "children": ["B"]}]},
                 {"title": "Known", "children": ["Missing", "C", true]}]
                """,
            operations: ["A", "B", "C"])
        #expect(groups(result) == ["A": [], "B": ["Inner"], "C": ["Known"]])
        let messages = result.diagnostics.map(\.message)
        #expect(messages.filter { $0.contains("neither an operation name nor a directory") }.count == 3)
        #expect(messages.filter { $0.contains("without a \"children\" array") }.count == 2)
        #expect(messages.filter { $0.contains("without a \"title\"") }.count == 2)
        #expect(messages.filter { $0.contains("\"Missing\", which is not an operation") }.count == 1)
        #expect(result.diagnostics.count == 8)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.location.file == "api.json" })

        let notArray = try read(directories: #"{"title": "x"}"#, operations: ["A"])
        #expect(
            notArray.diagnostics.map(\.message) == [
                #""directories" must be an array, found an object; operations are not grouped"#
            ])
        #expect(notArray.service.operations.map(\.group) == [[]])
    }

    @Test("the ECS corpus: every operation is in one of 28 top-level directories")
    func ecsCorpus() throws {
        let service = try SpecReader.read(path: Paths.corpus).service
        #expect(service.operations.allSatisfy { !$0.group.isEmpty })
        #expect(Set(service.operations.compactMap(\.group.first)).count == 28)
        let images = try #require(service.operations.first { $0.name == "ModifyImageAttribute" })
        #expect(images.group == ["镜像"])
    }

    @Test("all 264 products of the corpus: directories read with no warning, every listed name an operation")
    func everyProduct() throws {
        let root = Paths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/alibaba-cloud")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.hasSuffix("/api-docs.json") }.sorted()
        #expect(files.count == 264)
        var grouped = 0
        var total = 0
        for file in files {
            let input = try SpecInput(path: file, bytes: Array(Data(contentsOf: root.appendingPathComponent(file))))
            let document = try JSONParser.parse(input.bytes)
            let operations = Set(document["apis"]?.members?.map(\.key) ?? [])
            var context = APIDocsContext(input: input)
            let paths = APIDocsDirectoryReader.read(
                document["directories"], operations: operations, context: &context)
            #expect(context.diagnostics.isEmpty, "\(file): \(context.diagnostics)")
            grouped += paths.values.filter { !$0.isEmpty }.count
            total += operations.count
        }
        #expect(total == 17_262)
        #expect(grouped == 17_081)
    }
}
