import ArgumentParser
import Foundation
import SpecIR
import SwiftCodegen

/// `aliyun-codegen generate-package`: one SwiftPM package with a library module per product.
struct GeneratePackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-package",
        abstract: "Generate one SwiftPM package with a library module per product, from a corpus or a list of specs.",
        discussion: """
            Every spec becomes Sources/<Module>/, named as `generate --spec` alone names it; versions of one
            product that would share a name: the newest keeps it, older ones take their version's digits.
            Specs of a style the generator does not support are left out with a located warning. The
            package depends on swift-aliyun-codegen's AliyunRuntime, from --runtime-path or --runtime-url.
            Everything renders before anything is written; --check compares instead of writing.
            """
    )

    @Option(help: "A directory of PRODUCT/VERSION/api-docs.json files (the corpus).")
    var corpus: String?

    @Option(name: .customLong("spec"), help: "A spec file (repeatable), instead of or beside --corpus.")
    var specs: [String] = []

    @Option(help: "Only these products (the corpus's PRODUCT directory names), comma-separated.")
    var products: String?

    @Option(help: "The package directory to write.")
    var output: String

    @Option(help: "The package's name.")
    var name = "AlibabaCloudSDK"

    @Option(help: "swift-aliyun-codegen as a local path, written into the manifest as given.")
    var runtimePath: String?

    @Option(help: "swift-aliyun-codegen as a repository URL (with --runtime-version).")
    var runtimeURL: String?

    @Option(help: "The lowest version of --runtime-url accepted.")
    var runtimeVersion = "1.0.0"

    @Flag(help: "Compare with the output directory instead of writing; exit 1 on any difference.")
    var check = false

    @Flag(help: "Do not print the readers' warnings.")
    var quiet = false

    func run() throws {
        let result: PackageGeneration.Result
        let started = Date()
        do {
            result = try PackageGeneration(
                specs: try chosenSpecs(), name: name, runtime: try runtime(),
                baseDirectory: FileManager.default.currentDirectoryPath
            ).render()
        } catch {
            StandardError.write(String(describing: error))
            throw ExitCode.failure
        }
        if !quiet { result.diagnostics.forEach { StandardError.write($0.description) } }
        let directory = OutputDirectory(path: output)
        let operations = result.modules.reduce(0) { $0 + $1.operations }
        let summary =
            "\(result.modules.count) modules (\(operations) operations), \(result.skipped.count) specs left out, "
            + "\(result.files.count) files, rendered in \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        if check {
            let drift = directory.drift(from: result.files)
            guard drift.isEmpty else {
                for path in drift.missing + drift.extra + drift.changed { print("differs: \(path)") }
                StandardError.write(
                    "error: \(output) differs from the generated package; run aliyun-codegen generate-package")
                throw ExitCode.failure
            }
            print("\(summary); \(output) is up to date")
            return
        }
        do {
            let report = try directory.write(result.files)
            print(
                "\(summary); \(output): \(report.written.count) written, \(report.unchanged.count) unchanged, "
                    + "\(report.removed.count) removed")
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
    }

    private func chosenSpecs() throws -> [String] {
        var chosen = specs
        if let corpus { chosen += try PackageGeneration.corpusSpecs(in: corpus) }
        if let products {
            let wanted = Set(products.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let found = Set(chosen.map { PackageGeneration.corpusProduct(of: $0) })
            let unknown = wanted.subtracting(found).sorted()
            guard unknown.isEmpty else {
                throw GenerationError("--products names \(unknown.joined(separator: ", ")), which no spec is of")
            }
            chosen = chosen.filter { wanted.contains(PackageGeneration.corpusProduct(of: $0)) }
        }
        guard !chosen.isEmpty else { throw GenerationError("no spec: give --corpus DIR or --spec FILE") }
        return chosen
    }

    private func runtime() throws -> PackageGeneration.Runtime {
        switch (runtimePath, runtimeURL) {
        case (let path?, nil): return .path(path)
        case (nil, let url?): return .url(url, from: runtimeVersion)
        default: throw GenerationError("give one of --runtime-path PATH and --runtime-url URL")
        }
    }
}
