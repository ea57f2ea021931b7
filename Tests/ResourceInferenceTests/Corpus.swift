import Foundation
import SpecIR
import SpecReaders

/// The real api-docs corpus beside the checkout.
enum Corpus {
    /// `…/shared/corpus/alibaba-cloud`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/alibaba-cloud")

    /// The spec of a product version.
    static func service(_ product: String, _ version: String) throws -> ServiceSpec {
        let path = root.appendingPathComponent("\(product)/\(version)/api-docs.json").path
        return try SpecReader.read(path: path).service
    }

    /// Every `<product>/<version>/api-docs.json` of the corpus, sorted.
    static func allSpecPaths() -> [String] {
        let manager = FileManager.default
        var paths: [String] = []
        for product in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let productPath = root.appendingPathComponent(product)
            for version in (try? manager.contentsOfDirectory(atPath: productPath.path)) ?? [] {
                let path = productPath.appendingPathComponent("\(version)/api-docs.json").path
                if manager.fileExists(atPath: path) { paths.append(path) }
            }
        }
        return paths.sorted()
    }
}
