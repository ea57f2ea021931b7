import ArgumentParser
import Foundation
import SpecIR
import SpecReaders

/// `aliyun-codegen dump-ir SPEC [--operation NAME …]`: prints the IR of a spec file as JSON.
struct DumpIRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-ir",
        abstract: "Read a spec file (HTML documentation page or api-docs JSON) and print its IR as JSON.",
        discussion: """
            The JSON is pretty-printed with sorted keys; the same input always gives the same bytes.
            Warnings and errors go to standard error as `path:line: severity: message`.
            """
    )

    @Argument(help: "The spec file: an HTML documentation page or an api-docs JSON file.")
    var specFile: String

    @Option(name: .customLong("operation"), help: "Keep only this operation (repeatable).")
    var operations: [String] = []

    @Flag(name: .long, help: "Do not print warnings.")
    var quiet = false

    func run() throws {
        let result = try SpecLoading.read(specFile)
        if !quiet {
            for diagnostic in result.diagnostics { StandardError.write(diagnostic.description) }
        }
        var service = result.service
        if !operations.isEmpty {
            let known = Set(service.operations.map(\.name))
            let unknown = operations.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                StandardError.write(
                    "\(specFile):0: error: no operation named \(unknown.joined(separator: ", ")) in this spec")
                throw ExitCode.failure
            }
            let wanted = Set(operations)
            service.operations = service.operations.filter { wanted.contains($0.name) }
        }
        FileHandle.standardOutput.write(try IRJSON.encode(service))
    }
}
