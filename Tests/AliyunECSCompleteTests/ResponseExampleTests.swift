import AliyunECSComplete
import AliyunRuntime
import Foundation
import Testing

/// Every operation's documented answer example decodes through its generated response type, and no
/// field of it is lost.
@Suite("Whole ECS: documented answers")
struct ResponseExampleTests {
    @Test("the corpus is there and every operation of it was generated")
    func everyOperation() {
        #expect(Corpus.responseDemos.count == 347)
        #expect(Set(ECSClient.operations.map(\.action)) == Set(Corpus.responseDemos.keys))
    }

    @Test("every responseDemo decodes with no field unread")
    func examplesDecode() throws {
        var decoded = 0
        var examples = 0
        var problems: [String] = []
        for operation in ECSClient.operations {
            for example in Corpus.responseExamples(of: operation.action) {
                examples += 1
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
        // 275 of the 347 operations document a JSON example; the other 72 have none.
        #expect(examples == 275)
        #expect(decoded == examples)
    }

    @Test("a decoded answer encodes back to the documented fields it carries")
    func roundTrip() throws {
        let example = try #require(Corpus.responseExamples(of: "DescribeImages").first)
        let response = try JSONDecoder().decode(DescribeImagesResponse.self, from: Data(example.utf8))
        let image = try #require(response.images?.image?.first)
        #expect(response.totalCount != nil)
        #expect(image.imageId != nil)
        #expect(image.diskDeviceMappings?.diskDeviceMapping?.isEmpty == false)
        let again = try JSONDecoder().decode(DescribeImagesResponse.self, from: JSONEncoder().encode(response))
        #expect(again == response)
    }
}
