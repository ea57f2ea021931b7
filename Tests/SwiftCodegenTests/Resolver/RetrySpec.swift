import Foundation
import SpecIR
import SwiftCodegen

/// A few operations of product `Retry`, each with an access level and optionally a `ClientToken`, generated
/// under a configuration: the retry tests' input.
struct RetrySpec {
    /// One operation: its name, its `systemTags.operationType` (none when nil), whether it takes a token.
    struct Operation {
        var name: String
        var level: String?
        var clientToken = false
        /// The token parameter's name as the spec spells it.
        var tokenName = "ClientToken"
    }

    var operations: [Operation]

    /// The api-docs text, one operation per line (so each warning has its own line).
    var json: String {
        let apis = operations.map { operation in
            let tags = operation.level.map { #""systemTags": {"operationType": "\#($0)"}, "# } ?? ""
            let parameters =
                operation.clientToken
                ? #"[{"name": "\#(operation.tokenName)", "in": "query", "schema": {"type": "string"}}]"# : "[]"
            return #"  "\#(operation.name)": {"methods": ["post"], \#(tags)"parameters": \#(parameters), "#
                + #""responses": {"200": {"schema": {"type": "object", "properties": {}}}}}"#
        }
        return """
            {"version": "1.0", "info": {"style": "RPC", "product": "Retry", "version": "2020-01-01"}, "apis": {
            \(apis.joined(separator: ",\n"))
            }}
            """
    }

    /// What generating the operations gave: each operation's file, and the warnings.
    struct Output {
        var files: [String: String]
        var diagnostics: [Diagnostic]

        /// The `isIdempotent:` argument the operation's client method passes.
        func isIdempotent(_ operation: String) -> Bool? {
            guard let code = files["\(operation).swift"] else { return nil }
            if code.contains("isIdempotent: true") { return true }
            if code.contains("isIdempotent: false") { return false }
            return nil
        }

        /// The operation's generated doc comments, each line's text joined to the next with a space.
        func documentation(_ operation: String) -> String {
            let lines = (files["\(operation).swift"] ?? "").split(separator: "\n")
            return lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("///") }
                .map { $0.dropFirst(3).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }

        /// The warnings' messages that name the operation.
        func warnings(naming operation: String) -> [String] {
            diagnostics.filter { $0.severity == .warning && $0.message.contains(operation) }.map(\.message)
        }
    }

    /// Generates the operations with `configuration` (YAML lines added to the config file, e.g.
    /// `retrySafe: [SendSms]`).
    func generate(configuration: String = "") throws -> Output {
        let directory = try Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(json.utf8).write(to: directory.appendingPathComponent("api-docs.json"))
        let path = directory.appendingPathComponent("aliyun-codegen.yaml").path
        let text = "specs: [api-docs.json]\noutput: out\nmodule: AliyunRetry\n" + configuration
        let config = try ConfigFileLoader.load(text: text, path: path)
        let result = try GenerationRun(config: config).render()
        return Output(
            files: Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) }),
            diagnostics: result.diagnostics)
    }
}
