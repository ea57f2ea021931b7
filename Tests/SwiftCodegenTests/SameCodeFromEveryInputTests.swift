import Foundation
import SwiftCodegen
import Testing

/// The zh page, the en page and the api-docs JSON give the same code but for doc-comment prose.
@Suite("Same code from every input")
struct SameCodeFromEveryInputTests {
    /// Each operation file with its comment lines and header removed.
    static func code(_ spec: String) throws -> [String: String] {
        var config = Repository.config(spec: spec, output: "unused", module: "AliyunECS")
        config.operations = ["ModifyImageAttribute"]
        let files = try GenerationRun(config: config).render().files
        var code: [String: String] = [:]
        for file in files where file.path == "ModifyImageAttribute.swift" {
            code[file.path] = file.contents.split(separator: "\n").filter {
                !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
            }.joined(separator: "\n")
        }
        return code
    }

    /// Rule documentation quotes the page's own language: replace the literal between
    /// `DocumentedRule(` and its `errorCode:` so only code remains.
    static func withoutQuotedProse(_ files: [String: String]) -> [String: String] {
        files.mapValues { text in
            var kept: [Substring] = []
            var inQuote = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if inQuote, line.trimmingCharacters(in: .whitespaces).hasPrefix("errorCode:") { inQuote = false }
                if !inQuote { kept.append(line) }
                if line.hasSuffix("DocumentedRule(") {
                    inQuote = true
                    kept.append("<quoted documentation>")
                }
            }
            return kept.joined(separator: "\n")
        }
    }

    @Test("zh page and api-docs JSON: identical code, sentences included")
    func zhAndJSON() throws {
        let page = try Self.code("spec/ecs/2014-05-26/ModifyImageAttribute.html")
        let json = try Self.code("spec/ecs/2014-05-26/api-docs.json")
        #expect(page.keys.sorted() == json.keys.sorted())
        for path in page.keys.sorted() { #expect(page[path] == json[path], "\(path)") }
    }

    @Test("zh and en pages: identical code but for the quoted documentation")
    func zhAndEn() throws {
        let zh = Self.withoutQuotedProse(try Self.code("spec/ecs/2014-05-26/ModifyImageAttribute.html"))
        let en = Self.withoutQuotedProse(try Self.code("spec/ecs/2014-05-26/ModifyImageAttribute.en.html"))
        #expect(zh.keys.sorted() == en.keys.sorted())
        for path in zh.keys.sorted() { #expect(zh[path] == en[path], "\(path)") }
    }
}
