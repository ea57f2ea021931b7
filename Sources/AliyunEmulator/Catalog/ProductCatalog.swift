import Foundation
import ResourceInference
import SpecIR
import SpecReaders
import SwiftCodegen

/// The products an emulator serves, read from specs at start-up, and where each call goes.
public struct ProductCatalog: Sendable {
    /// The products, in the order loaded (a call that several could answer goes to the first, unless its host
    /// names another).
    public let products: [EmulatedProduct]
    /// Products whose style the emulator cannot verify (Log Service, PDS, OSS), by label, with why.
    public let skipped: [String]
    /// `version` → `action` → indices of the products that have the action.
    private let actions: [String: [String: [Int]]]

    /// A catalog of products.
    public init(_ products: [EmulatedProduct]) {
        var served: [EmulatedProduct] = []
        var skipped: [String] = []
        for product in products {
            if product.isServed {
                served.append(product)
            } else {
                skipped.append("\(product.label): its \(product.spec.style.rawValue) gateway signs calls its own way")
            }
        }
        var actions: [String: [String: [Int]]] = [:]
        for (index, product) in served.enumerated() {
            for name in product.operations.keys {
                actions[product.spec.version, default: [:]][name, default: []].append(index)
            }
        }
        self.products = served
        self.skipped = skipped
        self.actions = actions
    }

    /// Reads the products of a corpus directory (`PRODUCT/VERSION/api-docs.json`) and spec files, every one at
    /// once.
    ///
    /// - Parameters:
    ///   - corpus: The corpus directory, or nil.
    ///   - products: The corpus products to load (directory names, any case); nil for all.
    ///   - specs: More spec files.
    ///   - overrides: A directory of `PRODUCT.json` inference overrides (product code or directory name, lower
    ///     case), or nil.
    /// - Returns: The catalog of every product read (those the emulator cannot verify listed as skipped).
    /// - Throws: ``CatalogError`` naming the file for an unreadable spec or override, an unknown product, or no spec.
    public static func load(
        corpus: String?, products: [String]? = nil, specs: [String] = [], overrides: String? = nil
    ) throws(CatalogError) -> ProductCatalog {
        var paths: [String] = []
        if let corpus {
            let all: [String]
            do { all = try PackageGeneration.corpusSpecs(in: corpus) } catch {
                throw CatalogError("\(corpus): error: cannot read the corpus directory")
            }
            if let products {
                let wanted = Set(products.map { $0.lowercased() })
                let found = Set(all.map { PackageGeneration.corpusProduct(of: $0).lowercased() })
                if let missing = wanted.subtracting(found).sorted().first {
                    throw CatalogError("\(corpus): error: the corpus has no product \(missing)")
                }
                paths += all.filter { wanted.contains(PackageGeneration.corpusProduct(of: $0).lowercased()) }
            } else {
                paths += all
            }
        }
        paths += specs
        guard !paths.isEmpty else { throw CatalogError("error: no spec: give --corpus DIR or --spec FILE") }
        let reads = paths.concurrentMap { path -> Result<ServiceSpec, CatalogError> in
            do throws(DiagnosticError) {
                return .success(try SpecReader.read(path: path).service)
            } catch {
                return .failure(CatalogError(error.description))
            }
        }
        var loaded: [EmulatedProduct] = []
        for (path, read) in zip(paths, reads) {
            let spec = try read.get()
            loaded.append(
                EmulatedProduct(
                    spec: spec, path: path,
                    overrides: try overridesFile(in: overrides, product: spec.product, directory: path)))
        }
        return ProductCatalog(loaded)
    }

    /// The overrides of a product: `DIR/<product code, lower case>.json`, else `DIR/<corpus directory>.json`.
    private static func overridesFile(
        in directory: String?, product: String, directory specPath: String
    ) throws(CatalogError) -> InferenceOverrides {
        guard let directory else { return .none }
        let names = [product.lowercased(), PackageGeneration.corpusProduct(of: specPath).lowercased()]
        for name in names {
            let file = directory + "/" + name + ".json"
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            do {
                return try InferenceOverrides.decode(data)
            } catch {
                throw CatalogError("\(file): error: not an override file: \(error)")
            }
        }
        return .none
    }

    /// The product and operation a call names: by its action and version. When several products have both (43 pairs
    /// of the 2024 corpus: HBase's and Cassandra's `CreateCluster`, …), the one whose endpoint or code the call's
    /// host starts with; else the one whose request the call fits best (its required parameters sent, more of its
    /// parameters and fewer unknown ones, its path template matched); else the first loaded.
    func operation(
        action: String, version: String, host: String?, parameters: @autoclosure () -> Set<String> = [],
        path: String? = nil
    ) -> (EmulatedProduct, OperationSpec)? {
        guard let candidates = actions[version]?[action], let first = candidates.first else { return nil }
        var chosen = first
        if candidates.count > 1 {
            let host = host?.lowercased() ?? ""
            let named = candidates.first { index in
                let spec = products[index].spec
                return spec.endpoints.contains { host == $0.host.lowercased() }
                    || host.hasPrefix(spec.product.lowercased() + ".")
                    || host.hasPrefix(spec.product.lowercased() + "-")
            }
            if let named {
                chosen = named
            } else {
                // Read from the call only when the host does not decide.
                let sent = parameters()
                chosen =
                    candidates.max { fit(products[$0], action, sent, path) < fit(products[$1], action, sent, path) }
                    ?? first
            }
        }
        let product = products[chosen]
        return product.operations[action].map { (product, $0) }
    }

    /// How well a call's parameters (top-level names) and path fit a product's operation: required parameters
    /// missing count against it most, then unknown ones; known ones and a matching path template count for it.
    private func fit(_ product: EmulatedProduct, _ action: String, _ parameters: Set<String>, _ path: String?) -> Int {
        guard let operation = product.operations[action] else { return Int.min }
        let query = operation.parameters.filter { $0.place == .query }
        let known = Set(query.map(\.name))
        let missing = query.filter { $0.required && !parameters.contains($0.name) }.count
        var score = parameters.intersection(known).count - parameters.subtracting(known).count - 100 * missing
        if let path, product.pathTemplates[action]?.match(path) != nil { score += 1000 }
        return score
    }

    /// Whether any product serves this API version.
    func serves(version: String) -> Bool { actions[version] != nil }

    /// The ROA operation whose method and path template match a call that names no action (of the version it names,
    /// when it names one): the most specific template wins.
    func operation(method: String, path: String, version: String?) -> (EmulatedProduct, OperationSpec)? {
        var best: (product: EmulatedProduct, operation: String, specificity: Int)?
        for product in products where version == nil || product.spec.version == version {
            for route in product.templates where route.method == method && route.template.match(path) != nil {
                if route.template.specificity > best?.specificity ?? -1 {
                    best = (product, route.operation, route.template.specificity)
                }
            }
        }
        guard let best, let operation = best.product.operations[best.operation] else { return nil }
        return (best.product, operation)
    }

    /// The product of a code, any case (for `--explain`).
    public func product(named code: String) -> [EmulatedProduct] {
        products.filter {
            $0.spec.product.lowercased() == code.lowercased()
                || PackageGeneration.corpusProduct(of: $0.path).lowercased() == code.lowercased()
        }
    }
}

/// A catalog that cannot be loaded: `path: error: message`.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// The whole message.
    public var description: String

    init(_ description: String) { self.description = description }
}
