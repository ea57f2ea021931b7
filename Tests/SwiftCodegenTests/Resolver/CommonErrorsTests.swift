import SpecIR
import Testing

@testable import SwiftCodegen

/// Error rows every operation documents alike are declared once, in a protocol every operation's error conforms
/// to; each operation keeps its own rows and codes.
@Suite("Common error rows")
struct CommonErrorsTests {
    static let here = SourceLocation(file: "spec.json", line: 1)

    static func row(_ status: Int, _ code: String, _ message: String = "m") -> DocumentedError {
        DocumentedError(httpStatus: status, code: code, message: message, description: "", source: here)
    }

    static func service(_ errors: [[DocumentedError]]) -> ServiceSpec {
        var service = ServiceSpec(product: "Oss", version: "2019-05-17", style: "RPC")
        service.operations = errors.enumerated().map { index, rows in
            var operation = OperationSpec(name: "Op\(index)", source: here)
            operation.errors = rows
            return operation
        }
        return service
    }

    static func render(_ service: ServiceSpec) throws -> [String: String] {
        let output = try Generator.render(
            service, options: GenerationOptions(moduleName: "AliyunOSS"), sources: ["spec.json"], templates: .embedded)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    }

    @Test("rows alike in every operation go to the protocol; a code also documented otherwise keeps one constant")
    func shared() throws {
        let files = try Self.render(
            Self.service([
                [Self.row(404, "NoSuchKey"), Self.row(403, "AccessDenied"), Self.row(400, "Own")],
                [Self.row(403, "AccessDenied"), Self.row(404, "NoSuchKey"), Self.row(409, "NoSuchKey")],
            ]))
        let common = try #require(files["OSSCommonErrors.swift"])
        #expect(common.contains("public protocol OSSCommonErrors: DocumentedOperationError"))
        #expect(common.contains("extension DocumentedErrorCode where Operation: OSSCommonErrors {"))
        #expect(common.contains("public static var noSuchKey: Self {"))
        #expect(common.contains("public static var accessDenied: Self {"))
        let first = try #require(files["Op0.swift"])
        #expect(first.contains("public struct Op0Error: OSSCommonErrors {"))
        #expect(first.contains("code: .own,"))
        #expect(!first.contains("code: .noSuchKey"))
        #expect(first.contains("public static let documentedRows: [DocumentedErrorRow<Code>] = commonRows + ownRows"))
        let second = try #require(files["Op1.swift"])
        #expect(
            second.contains("httpStatus: 409,\n            code: .noSuchKey,"), "its own row uses the common constant")
        #expect(!second.contains("public static var noSuchKey"), "declared once, in the protocol's extension")
        #expect(second.contains("public static let ownRows: [DocumentedErrorRow<Code>] = ["))
    }

    @Test("no row common to every operation, or one operation: no protocol, the tables as before")
    func none() throws {
        let apart = try Self.render(Self.service([[Self.row(404, "A")], [Self.row(404, "A", "other text")]]))
        #expect(apart["OSSCommonErrors.swift"] == nil)
        #expect(apart["Op0.swift"]?.contains("public struct Op0Error: DocumentedOperationError {") == true)
        let single = try Self.render(Self.service([[Self.row(404, "A")]]))
        #expect(single["OSSCommonErrors.swift"] == nil)
    }
}
