import ArgumentParser
import Foundation
import SpecDiff
import SpecFetching
import SpecIR
import SpecReaders
import SwiftCodegen

/// `aliyun-codegen fetch`: products' api-docs from the metadata service into `spec/`, recorded in the lock file; or,
/// with `--check`, what changed upstream since, for the Swift API.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch products' api-docs into spec/ and lock them; --check reports what changed upstream.",
        discussion: """
            Each PRODUCT (a code of `aliyun-codegen products`, any case) is fetched at its default version, or \
            at VERSION with PRODUCT@VERSION, checked to be that product's api-docs and readable by the generator, \
            and written atomically as <into>/<product>/<version>/api-docs.json, only once every product named has \
            been fetched and checked. Each is recorded in \(SpecLock.fileName) beside the config (product, \
            version, address, SHA-256, when). --add-to adds a module per new product to a config file. \
            --check asks upstream again for every locked spec and reports what changed for the Swift API; it \
            exits 2 when a change breaks source compatibility, 0 otherwise. --update does the same and takes the \
            new documents. Errors exit 1 and leave every file as it was.
            """
    )

    @Argument(help: "Products to fetch: PRODUCT or PRODUCT@VERSION.")
    var products: [String] = []

    @OptionGroup var metadata: MetadataOptions

    @Option(help: "The directory the specs go in.")
    var into = "spec"

    @Option(help: "The config file whose directory holds the lock file (default: aliyun-codegen.yaml here).")
    var config: String?

    @Option(help: "Add a module per fetched product to this config file (created if missing); the lock goes beside it.")
    var addTo: String?

    @Flag(help: "Report what changed upstream for every locked spec; exit 2 on a change that breaks the Swift API.")
    var check = false

    @Flag(help: "As --check, then take upstream's new documents and rewrite the lock.")
    var update = false

    func validate() throws {
        guard !(check && update) else { throw ValidationError("--check and --update exclude each other") }
        if check || update {
            guard products.isEmpty else { throw ValidationError("--check and --update take no products") }
        } else if products.isEmpty {
            throw ValidationError("name products to fetch (e.g. `fetch ecs dysmsapi@2017-05-25`), or --check")
        }
    }

    /// The lock file's path: beside the config.
    var lockPath: String {
        let configPath = addTo ?? config ?? "aliyun-codegen.yaml"
        return URL(fileURLWithPath: configPath).deletingLastPathComponent().appendingPathComponent(SpecLock.fileName)
            .path
    }

    func run() async throws {
        let service = try metadata.service()
        do {
            if check || update {
                let breaking = try await UpstreamCheck(service: service, lockPath: lockPath).run(taking: update)
                if breaking && check { throw ExitCode(2) }
            } else {
                try await fetch(service: service)
            }
        } catch let error as MetadataError {
            StandardError.write(error.message.contains(": error: ") ? error.message : "error: \(error.message)")
            throw ExitCode.failure
        }
    }

    private func fetch(service: MetadataService) async throws {
        let requests = try products.map { text throws(MetadataError) in try ProductRequest(parsing: text) }
        Progress.line("fetching the product list from \(service.productsURL)")
        let catalog = try await service.products()
        var fetched: [(spec: FetchedSpec, service: ServiceSpec, path: String)] = []
        for request in requests {
            let (entry, version) = try request.resolve(in: catalog)
            Progress.line("fetching \(entry.code) \(version)")
            let spec = try await service.apiDocs(product: entry.code, version: version)
            let read = try Self.read(spec)
            let path = URL(fileURLWithPath: into).appendingPathComponent(entry.code.lowercased())
                .appendingPathComponent(version).appendingPathComponent("api-docs.json").path
            Progress.line("  \(spec.bytes.count) bytes, \(read.operations.count) operations")
            fetched.append((spec, read, path))
        }
        // Everything fetched and checked: now write, each file atomically, the lock and the config last.
        var lock = try SpecLock.read(at: lockPath) ?? SpecLock()
        let lockDirectory = URL(fileURLWithPath: lockPath).deletingLastPathComponent().path
        let now = SpecLock.timestamp()
        for item in fetched {
            try AtomicWrite.write(item.spec.bytes, to: item.path)
            lock.record(
                SpecLock.Entry(
                    product: item.spec.product, version: item.spec.version,
                    path: RelativePath.from(lockDirectory, to: item.path), url: item.spec.url,
                    sha256: item.spec.sha256, fetched: now))
            print(
                "\(item.spec.product) \(item.spec.version): \(item.path) (\(item.service.operations.count) operations)")
        }
        try AtomicWrite.write(lock.encoded(), to: lockPath)
        if let addTo {
            let added = try ConfigModules.add(
                fetched.map { ($0.path, Generator.defaultModuleName(for: $0.service), $0.spec) }, to: addTo)
            for module in added { print("added module \(module) to \(addTo)") }
        }
    }

    /// The IR of a fetched spec, read as `generate` reads it.
    static func read(_ spec: FetchedSpec) throws(MetadataError) -> ServiceSpec {
        do {
            return try SpecReader.read(bytes: spec.bytes, path: spec.url).service
        } catch {
            throw MetadataError("\(spec.url) cannot be read as a spec: \(error.description); nothing was written")
        }
    }
}
