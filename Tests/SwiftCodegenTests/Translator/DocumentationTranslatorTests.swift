import Foundation
import SwiftCodegen
import Testing

@Suite("The DocC catalog")
struct DocumentationTranslatorTests {
    static let client = ["``SNIPClient``", "``SNIPClient/operations``"]

    @Test("topics follow the directories, nested ones by their path; unlisted operations come last")
    func groupsFromDirectories() throws {
        let snippet = try CatalogSnippet(
            operations: ["RunInstances", "ModifyInstanceAttribute", "StartInstance", "CopyImage", "DescribeRegions"],
            directories: """
                [{"title": "实例", "children": ["RunInstances",
                    {"title": "属性", "children": ["ModifyInstanceAttribute"]}, "StartInstance"]},
                 {"title": "镜像", "children": ["CopyImage"]}]
                """)
        let topics = snippet.topics
        #expect(topics.map(\.heading) == ["Client", "实例", "实例 › 属性", "镜像", "Other Operations"])
        #expect(
            topics.map(\.items) == [
                Self.client,
                CatalogSnippet.links(method: "runInstances", type: "RunInstances")
                    + CatalogSnippet.links(method: "startInstance", type: "StartInstance"),
                CatalogSnippet.links(method: "modifyInstanceAttribute", type: "ModifyInstanceAttribute"),
                CatalogSnippet.links(method: "copyImage", type: "CopyImage"),
                CatalogSnippet.links(method: "describeRegions", type: "DescribeRegions"),
            ])
    }

    @Test("without directories every operation is under Operations, in source order")
    func noDirectories() throws {
        let snippet = try CatalogSnippet(operations: ["B", "A"], directories: nil)
        #expect(snippet.topics.map(\.heading) == ["Client", "Operations"])
        #expect(
            snippet.topics.last?.items
                == CatalogSnippet.links(method: "b", type: "B") + CatalogSnippet.links(method: "a", type: "A"))
    }

    @Test("links spell the resolver's names: a chosen client name, a keyword method without backquotes")
    func resolverNames() throws {
        let snippet = try CatalogSnippet(operations: ["Import"], directories: nil, clientName: "Custom")
        #expect(snippet.topics.first?.items == ["``Custom``", "``Custom/operations``"])
        #expect(snippet.topics.last?.items == CatalogSnippet.links(client: "Custom", method: "import", type: "Import"))
        // The `(_:options:)` of the links is the generated method's signature.
        let source = try #require(snippet.files.first { $0.path == "Import.swift" }?.contents)
        #expect(
            source.contains(
                "public func `import`(\n        _ request: ImportRequest,\n        options: CallOptions = CallOptions()\n    )"
            ))
    }

    @Test("the title is the module, the marker follows it, and the page names product, version and style")
    func landingPage() throws {
        let catalog = try #require(try CatalogSnippet(operations: ["A"], directories: nil).catalog)
        let lines = catalog.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# ``AliyunSnip``")
        #expect(lines[1].hasPrefix(OutputDirectory.markdownHeaderMarker + " from snip.json."))
        #expect(lines[1].hasSuffix("-->"))
        #expect(lines[2].isEmpty)
        #expect(lines[3].hasPrefix("Calls the Snip API, version 2020-01-01, through ``SNIPClient``"))
        #expect(catalog.contains("The API's style is RPC."))
        #expect(catalog.contains("`DefaultCredentialsChain`"))
        #expect(catalog.contains("`ALIBABA_CLOUD_ACCESS_KEY_ID`"))
        #expect(catalog.contains("`~/.alibabacloud/credentials`"))
        #expect(catalog.contains("`~/.aliyun/config.json`"))
        #expect(catalog.contains("`ALIBABA_CLOUD_PROFILE`"))
        // Only this module's symbols are double-backtick links: others would not resolve.
        let links = catalog.matches(of: /``([^`\n]+)``/).map { String($0.output.1) }
        #expect(links.allSatisfy { $0 == "AliyunSnip" || $0.hasPrefix("SNIPClient") || $0.hasPrefix("A") })
    }

    @Test("endpoints are a table of code cells that no value can break; none is a sentence")
    func endpoints() throws {
        let snippet = try CatalogSnippet(
            operations: ["A"], directories: nil,
            endpoints: #"[{"regionId": "cn-hangzhou", "endpoint": "a.example"}, {"regionId": "x|`y", "endpoint": "b"}]"#
        )
        let catalog = try #require(snippet.catalog)
        #expect(
            catalog.contains(
                "| Region | Host |\n| --- | --- |\n| `cn-hangzhou` | `a.example` |\n| ``x\\|`y`` | `b` |\n"))
        #expect(catalog.contains(#"RPCClientConfiguration(region: "cn-hangzhou")"#))
        let none = try #require(try CatalogSnippet(operations: ["A"], directories: nil).catalog)
        #expect(none.contains("The spec documents no regional endpoint."))
        #expect(!none.contains("| Region |"))
    }

    @Test("directory titles are Markdown text, whatever they hold")
    func escapedTitles() throws {
        let snippet = try CatalogSnippet(
            operations: ["A"], directories: #"[{"title": "*a* [b](c) `d` <e> #", "children": ["A"]}]"#)
        #expect(snippet.topics.map(\.heading) == ["Client", ##"\*a\* \[b\](c) \`d\` \<e\> \#"##])
    }

    @Test("every layout but fixed carries the catalog, sorted among the files")
    func layouts() throws {
        for layout in [FileLayout.perOperation, .perType] {
            let files = try CatalogSnippet(operations: ["A"], directories: nil, layout: layout).files
            #expect(files.map(\.path).contains("AliyunSnip.docc/AliyunSnip.md"), "\(layout)")
            #expect(files.map(\.path) == files.map(\.path).sorted())
        }
        let fixed = try CatalogSnippet(operations: ["A"], directories: nil, layout: .fixed)
        #expect(fixed.catalog == nil)
        #expect(!fixed.files.contains { $0.path.hasSuffix(".md") })
    }
}
