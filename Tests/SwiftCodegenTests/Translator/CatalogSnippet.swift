import SpecIR
import SpecReaders
import SwiftCodegen

/// An api-docs document in, the module's files out: for the DocC catalog's tests.
struct CatalogSnippet {
    var files: [RenderedFile]

    /// Renders a document of product `Snip` whose `apis` hold `operations` (each with no parameters), with
    /// the given `directories` JSON (none when nil) and `endpoints` JSON.
    init(
        operations: [String], directories: String?, endpoints: String = "[]", layout: FileLayout = .perOperation,
        clientName: String? = nil
    ) throws {
        let apis = operations.map { #""\#($0)": {"methods": ["post"]}"# }.joined(separator: ", ")
        let json = """
            {"info": {"product": "Snip", "version": "2020-01-01", "style": "RPC"}, "endpoints": \(endpoints),
             \(directories.map { #""directories": \#($0),"# } ?? "") "apis": {\(apis)}}
            """
        let service = try SpecReader.read(bytes: Array(json.utf8), path: "snip.json").service
        let options = GenerationOptions(moduleName: "AliyunSnip", clientName: clientName, layout: layout)
        files = try Generator.render(service, options: options, sources: ["snip.json"], templates: .embedded).files
    }

    /// The landing page, or nil when the run wrote none.
    var catalog: String? { files.first { $0.path == "AliyunSnip.docc/AliyunSnip.md" }?.contents }

    /// The landing page's topic groups: each `###` heading after `## Topics` and its list items.
    var topics: [(heading: String, items: [String])] {
        guard let catalog, let start = catalog.range(of: "\n## Topics\n") else { return [] }
        var topics: [(heading: String, items: [String])] = []
        for line in catalog[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("### ") {
                topics.append((String(line.dropFirst(4)), []))
            } else if line.hasPrefix("- "), !topics.isEmpty {
                topics[topics.count - 1].items.append(String(line.dropFirst(2)))
            }
        }
        return topics
    }

    /// The four links of an operation's entry, as the resolver names its method and types.
    static func links(client: String = "SNIPClient", method: String, type: String) -> [String] {
        ["``\(client)/\(method)(_:options:)``", "``\(type)Request``", "``\(type)Response``", "``\(type)Error``"]
    }
}
