import AliyunCSComplete
import AliyunRuntime
import Foundation
import Testing

/// Every documented answer example of the real CS metadata (ROA style) decodes through its generated
/// response type with no field lost: objects, `$ref` answers, and answers that are JSON lists.
@Suite("Whole CS: documented answers")
struct ResponseExampleTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/alibaba-cloud/cs/2015-12-15/api-docs.json")
        .path

    /// The JSON examples of each operation's `responseDemo`, by operation.
    static let examples: [String: [String]] = {
        guard let data = FileManager.default.contents(atPath: path),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let apis = root["apis"] as? [String: [String: Any]]
        else { return [:] }
        return apis.mapValues { api in
            guard let text = api["responseDemo"] as? String,
                let demos = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
            else { return [] }
            return demos.filter { ($0["type"] as? String) == "json" }.compactMap { $0["example"] as? String }
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }()

    @Test("every operation of the corpus was generated")
    func everyOperation() {
        #expect(Self.examples.count == 117)
        #expect(Set(CSClient.operations.map(\.action)) == Set(Self.examples.keys))
    }

    @Test("every responseDemo decodes with no field unread")
    func examplesDecode() throws {
        var decoded = 0
        var examples = 0
        var lists = 0
        var problems: [String] = []
        for operation in CSClient.operations {
            for example in Self.examples[operation.action] ?? [] {
                examples += 1
                if example.first(where: { !$0.isWhitespace }) == "[" { lists += 1 }
                let issues = DecodingIssues()
                let decoder = JSONDecoder()
                decoder.userInfo[.decodingIssues] = issues
                do {
                    _ = try decoder.decode(operation.response, from: Data(example.utf8))
                    decoded += 1
                } catch {
                    problems.append("\(operation.action): \(error)")
                }
                problems += issues.fields.map { "\(operation.action): \($0) could not be read" }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
        #expect(examples >= 90)
        #expect(lists >= 10)
        #expect(decoded == examples)
    }

    @Test("a list answer keeps its elements")
    func listAnswer() throws {
        let example = try #require(Self.examples["DescribeClusterResources"]?.first)
        let response = try JSONDecoder().decode(DescribeClusterResourcesResponse.self, from: Data(example.utf8))
        #expect(response.body?.isEmpty == false)
        #expect(response.body?.first?.instanceId != nil)
    }
}
