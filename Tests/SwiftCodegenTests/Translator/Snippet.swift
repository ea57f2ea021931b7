import Foundation
import SpecIR
import SwiftCodegen

/// A few lines of api-docs in, the generated Swift out: the translators' own tests.
struct Snippet {
    /// The generated operation file, the command file, and the run's warnings.
    var code: String
    var command: String
    var diagnostics: [Diagnostic]
    /// Every file of the SDK module, and the run's notes (the names it chose).
    var paths: [String]
    var notes: [String]

    /// Generates operation `Op` of product `Snip` from these parameters and response properties (JSON
    /// text of the api-docs `parameters` array and of the 200 response schema's `properties` object).
    init(
        parameters: String, responseProperties: String = #"{"RequestId": {"type": "string"}}"#, product: String = "Snip"
    ) throws {
        let spec = """
            {"version": "1.0", "info": {"style": "RPC", "product": "\(product)", "version": "2020-01-01"},
             "apis": {"Op": {"methods": ["post"], "parameters": \(parameters),
               "responses": {"200": {"schema": {"type": "object", "properties": \(responseProperties)}}}}}}
            """
        let directory = try Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(spec.utf8).write(to: directory.appendingPathComponent("api-docs.json"))
        var config = GeneratorConfig()
        config.specs = ["api-docs.json"]
        config.output = "out"
        config.commandOutput = "command"
        config.layout = .perOperation
        config.baseDirectory = directory.path
        let result = try GenerationRun(config: config).render()
        code = result.files.first { $0.path == "Op.swift" }?.contents ?? ""
        paths = result.files.map(\.path)
        notes = result.notes
        command = result.command?.files.first { $0.path == "OpCommand.swift" }?.contents ?? ""
        diagnostics = result.diagnostics
    }

    /// A parameter's JSON: `name`, its schema, and `in: query`.
    static func parameter(_ name: String, _ schema: String, style: String? = nil) -> String {
        #"{"name": "\#(name)", "in": "query", \#(style.map { #""style": "\#($0)", "# } ?? "")"schema": \#(schema)}"#
    }

    /// The code's lines with leading spaces removed and comment lines dropped, for matching statements.
    var statements: [String] { Self.statements(code) }

    static func statements(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("//") }
    }
}
