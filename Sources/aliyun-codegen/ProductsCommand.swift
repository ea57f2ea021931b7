import ArgumentParser
import Foundation
import SpecFetching

/// `aliyun-codegen products`: the metadata service's product list.
struct ProductsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products",
        abstract: "List Alibaba Cloud's products: code, style, default version, versions and name.",
        discussion: """
            Asks the metadata service (--metadata-url, $\(MetadataService.environmentVariable), or \
            \(MetadataService.defaultURL)). The code is what `aliyun-codegen fetch` takes.
            """
    )

    @OptionGroup var metadata: MetadataOptions

    @Option(help: "Only products whose code, name, short name or group contains this text (any case).")
    var search: String?

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() async throws {
        let service = try metadata.service()
        let products: [ProductEntry]
        do {
            products = try await service.products().filter { entry in search.map(entry.matches) ?? true }
        } catch {
            StandardError.write("error: \(error.message)")
            throw ExitCode.failure
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(products), as: UTF8.self))
            return
        }
        print(ProductTable.text(products))
    }
}

/// The product list as a table: one row per product, columns padded to their widest cell.
enum ProductTable {
    static func text(_ products: [ProductEntry]) -> String {
        let header = ["CODE", "STYLE", "DEFAULT", "VERSIONS", "NAME"]
        let rows = products.map { product in
            [
                product.code, product.style ?? "", product.chosenVersion ?? "",
                product.versions.sorted().joined(separator: ","),
                [product.name, product.shortName.map { "(\($0))" } ?? ""].filter { !$0.isEmpty }
                    .joined(separator: " ").replacingOccurrences(of: "\n", with: " "),
            ]
        }
        let widths = (0..<header.count - 1).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column < widths.count ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) : cell
            }.joined(separator: "  ")
        }
        return (lines + ["\(products.count) products"]).joined(separator: "\n")
    }
}
