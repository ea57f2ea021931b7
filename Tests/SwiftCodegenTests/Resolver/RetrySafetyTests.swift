import SpecIR
import SwiftCodegen
import Testing

/// An operation is retried after a failure once sent only when every source agrees it reads (its access
/// level and its name), when it carries a `ClientToken`, or when the configuration says so.
@Suite("Retry safety")
struct RetrySafetyTests {
    static let spec = RetrySpec(operations: [
        .init(name: "SendSms", level: "get"),
        .init(name: "DescribeThings", level: "get"),
        .init(name: "ListThings", level: "list"),
        .init(name: "CreateThing", level: "create", clientToken: true),
        .init(name: "CreateFacesSearchingTask", level: "list", clientToken: true),
        .init(name: "GenerateDataKey", level: "get"),
        .init(name: "OnsMessageGetByMsgId", level: "get"),
        .init(name: "DeleteThing", level: "delete"),
        .init(name: "CreateWidget", level: "create", clientToken: true, tokenName: "clientToken"),
    ])

    @Test("an operation labelled as reading whose name acts is not retried once sent, with a warning")
    func nameActs() throws {
        let output = try Self.spec.generate()
        #expect(output.isIdempotent("SendSms") == false)
        let documentation = output.documentation("SendSms")
        #expect(documentation.contains("Not retried after a failure once sent (5xx, timeouts)"))
        #expect(
            documentation.contains(
                "The metadata's access level (`get`) says the operation only reads, but its name (`Send`) says it acts")
        )
        #expect(!documentation.contains("the operation only reads."))
        let warnings = output.warnings(naming: "SendSms")
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.contains("the access level get says it only reads, but its name (Send) says it acts")
                == true)
        #expect(warnings.first?.contains("retrySafe") == true)
        #expect(warnings.first?.contains("neverRetry") == true)
        let warning = try #require(output.diagnostics.first { $0.message.hasPrefix("SendSms:") })
        #expect(warning.location.file == "api-docs.json")
        #expect(warning.location.line == 2)
    }

    @Test("an operation whose access level and name both read is retried once sent, without a warning")
    func agreeingRead() throws {
        let output = try Self.spec.generate()
        for name in ["DescribeThings", "ListThings", "OnsMessageGetByMsgId"] {
            #expect(output.isIdempotent(name) == true, "\(name)")
            #expect(output.warnings(naming: name).isEmpty, "\(name)")
            #expect(
                output.documentation(name).contains(
                    "Retried after a failure once sent (5xx, timeouts): the operation only reads."))
        }
    }

    @Test("an operation with a ClientToken is retried once sent, whatever its name says")
    func clientToken() throws {
        let output = try Self.spec.generate()
        for name in ["CreateThing", "CreateFacesSearchingTask"] {
            #expect(output.isIdempotent(name) == true, "\(name)")
            #expect(output.files["\(name).swift"]?.contains("ClientToken.fresh()") == true)
            #expect(output.warnings(naming: name).isEmpty, "\(name)")
        }
        #expect(output.isIdempotent("DeleteThing") == false)
        #expect(output.warnings(naming: "DeleteThing").isEmpty)
    }

    /// The token is the parameter the readers gave the idempotency-token role (one rule, `FieldRoles`), not a
    /// second spelling of its name here: a ROA-style `clientToken` counts.
    @Test("a token spelled in another case is the same token: retried once sent, filled when empty")
    func clientTokenRole() throws {
        let output = try Self.spec.generate()
        #expect(output.isIdempotent("CreateWidget") == true)
        #expect(output.files["CreateWidget.swift"]?.contains("request.clientToken = ClientToken.fresh()") == true)
    }

    @Test("names that say nothing are not retried once sent, listed in one warning")
    func unclearNames() throws {
        let output = try Self.spec.generate()
        #expect(output.isIdempotent("GenerateDataKey") == false)
        #expect(output.documentation("GenerateDataKey").contains("only reads, but its name does not say so."))
        let warnings = output.warnings(naming: "GenerateDataKey")
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.hasPrefix("1 operation labelled as only reading has a name that does not say so") == true)
    }

    @Test("retrySafe retries an operation once sent, neverRetry never does, and both silence the warning")
    func overrides() throws {
        let output = try Self.spec.generate(
            configuration: "retrySafe: [SendSms, GenerateDataKey]\nneverRetry:\n  - DescribeThings\n  - CreateThing\n")
        #expect(output.isIdempotent("SendSms") == true)
        #expect(output.isIdempotent("GenerateDataKey") == true)
        #expect(output.documentation("SendSms").contains("configuration says it is safe to repeat (`retrySafe`)"))
        #expect(output.isIdempotent("DescribeThings") == false)
        #expect(output.documentation("DescribeThings").contains("configuration says so (`neverRetry`)"))
        #expect(output.isIdempotent("CreateThing") == false)
        #expect(output.files["CreateThing.swift"]?.contains("ClientToken.fresh()") == false)
        #expect(output.warnings(naming: "SendSms").isEmpty)
        #expect(output.warnings(naming: "GenerateDataKey").isEmpty)
    }

    @Test("a setting naming an operation the spec lacks is an error at its line")
    func unknownOperation() throws {
        #expect {
            try Self.spec.generate(configuration: "retrySafe:\n  - DescribeThings\n  - SendSMS\n")
        } throws: { error in
            let error = error as? GenerationError
            return error?.line == 6 && error?.message.contains("retrySafe names SendSMS") == true
                && error?.file?.hasSuffix("aliyun-codegen.yaml") == true
        }
    }

    @Test("an operation under both settings is an error at its line")
    func bothLists() throws {
        #expect {
            try ConfigFileLoader.load(
                text: "specs: [a.json]\nretrySafe: [SendSms]\nneverRetry:\n  - SendSms\n",
                path: "/base/aliyun-codegen.yaml")
        } throws: { error in
            let error = error as? GenerationError
            return error?.line == 4
                && error?.message == "SendSms is under both retrySafe and neverRetry; keep it under one"
        }
    }

    @Test("a setting that is not a list of names is an error at its line")
    func notAList() throws {
        #expect {
            try ConfigFileLoader.load(text: "specs: [a.json]\nneverRetry: {SendSms: true}\n", path: "/base/x.yaml")
        } throws: { error in
            (error as? GenerationError)?.line == 2
        }
    }
}
