import Testing

/// Every kind of field the real metadata has gets a Swift type that holds its values.
@Suite("Type translation")
struct TypeTranslationTests {
    @Test("a required parameter of every type is a non-optional initialiser argument")
    func requiredOfEveryType() throws {
        let snippet = try Snippet(
            parameters: "["
                + [
                    Snippet.parameter("NewSize", #"{"type": "integer", "format": "int32", "required": true}"#),
                    Snippet.parameter("Period", #"{"type": "integer", "format": "int64", "required": true}"#),
                    Snippet.parameter("Force", #"{"type": "boolean", "required": true}"#),
                    Snippet.parameter("Mode", #"{"type": "string", "enum": ["A", "B"], "required": true}"#),
                    Snippet.parameter(
                        "Spec", #"{"type": "object", "required": true, "properties": {"Cpu": {"type": "integer"}}}"#),
                    Snippet.parameter(
                        "Config", #"{"type": "object", "required": true, "properties": {"A": {"type": "string"}}}"#,
                        style: "json"),
                ].joined(separator: ",") + "]")
        let statements = snippet.statements
        for declaration in [
            "public var newSize: Int", "public var period: Int64", "public var force: Bool", "public var mode: Mode",
            "public var spec: Spec", "public var config: Config",
        ] {
            #expect(statements.contains(declaration), "\(declaration)")
        }
        #expect(statements.contains("newSize: Int,"))
        // Each row names a function the runtime has (`requiredJSON`, not `requiredJson`).
        for row in [
            #".requiredValue("NewSize", \.newSize),"#, #".requiredObject("Spec", \.spec),"#,
            #".requiredJSON("Config", \.config),"#,
        ] {
            #expect(statements.contains(row), "\(row)")
        }
        // The type guarantees a value; only the enum's text can be empty.
        #expect(!snippet.code.contains("\"NewSize\",\n            \\.newSize,\n            .present("))
        #expect(snippet.code.contains("\"Mode\",\n            \\.mode,\n            .present("))
        #expect(snippet.code.contains("- Checked by the type, stable: required, the initialiser takes a value"))
        // The command never makes up a value: a missing option is a `required` violation.
        let command = Snippet.statements(snippet.command)
        #expect(
            command.contains(
                "guard let newSizeValue, let periodValue, let forceValue, let modeValue, let specValue, let configValue else {"
            ))
        #expect(command.contains(#"path: "NewSize", options: "--new-size", errorCode: nil,"#))
        #expect(!snippet.command.contains("?? 0"))
        #expect(!snippet.command.contains("?? false"))
        #expect(command.contains("let modeValue = mode.map { OpRequest.Mode(rawValue: $0) }"))
        #expect(command.contains("try JSONArgument.decode(OpRequest.Config.self, from: $0, option: \"--config\")"))
    }

    @Test("free-form objects are JSONValue, numbers are Double, simple-style lists are joined")
    func freeFormNumbersAndSimple() throws {
        let snippet = try Snippet(
            parameters: "["
                + [
                    Snippet.parameter("Price", #"{"type": "number", "format": "float"}"#),
                    Snippet.parameter("Coupons", #"{"type": "object"}"#),
                    Snippet.parameter("Ids", #"{"type": "array", "items": {"type": "string"}}"#, style: "simple"),
                    Snippet.parameter("Tags", #"{"type": "array", "items": {"type": "string"}}"#, style: "repeatList"),
                ].joined(separator: ",") + "]",
            responseProperties: #"{"Total": {"type": "number", "format": "float"}, "Promotions": {"type": "object"}}"#)
        let statements = snippet.statements
        #expect(statements.contains("public var price: Double?"))
        #expect(statements.contains("public var coupons: JSONValue?"))
        #expect(statements.contains("public var ids: [String]?"))
        #expect(statements.contains(#".joined("Ids", \.ids),"#))
        #expect(statements.contains(#".list("Tags", \.tags),"#))
        #expect(statements.contains(#".json("Coupons", \.coupons),"#))
        #expect(statements.contains("public var total: Double?"))
        #expect(statements.contains("public var promotions: JSONValue?"))
        #expect(statements.contains(".lenient,") && statements.contains(#".member("Total", \.total),"#))
        #expect(!snippet.code.contains("Float"))
    }

    @Test("a bound that is not a finite number is refused with a located warning, not pasted into code")
    func nonFiniteBounds() throws {
        let snippet = try Snippet(
            parameters: "["
                + [
                    Snippet.parameter("Size", #"{"type": "integer", "maximum": "inf", "minimum": "1"}"#),
                    Snippet.parameter("Ratio", #"{"type": "number", "format": "double", "maximum": "1e400"}"#),
                ].joined(separator: ",") + "]")
        let code = snippet.statements.joined(separator: "\n")
        #expect(!code.contains("inf"))
        #expect(!code.contains("1e400"))
        #expect(!code.contains("checkRange"))
        let warnings = snippet.diagnostics.map(\.description).filter { $0.contains("is not a finite number") }
        #expect(warnings.count == 2, "\(snippet.diagnostics)")
        #expect(warnings.allSatisfy { $0.hasPrefix("api-docs.json:") })
        #expect(
            snippet.code.contains(
                "- Not checked, may go stale: value 1 to inf — the bound \"inf\" is not a finite number"))
    }

    @Test("a Double bound is an integer literal only when a Double holds it exactly (Swift warns otherwise)")
    func boundsADoubleRounds() throws {
        let snippet = try Snippet(
            parameters: "["
                + [
                    Snippet.parameter(
                        "StatusCode", #"{"type": "string", "maximum": "9223372036854775807", "minimum": "0"}"#),
                    Snippet.parameter("Ratio", #"{"type": "number", "maximum": "9007199254740992", "minimum": "-5"}"#),
                ].joined(separator: ",") + "]")
        let code = snippet.statements.joined(separator: "\n")
        #expect(code.contains("max: 9.223372036854776e+18"), "\(code)")
        #expect(!code.contains("max: 9223372036854775807"))
        #expect(code.contains("max: 9007199254740992"))
        #expect(code.contains("min: -5"))
    }

    @Test("a rule that does not fit its field's type is reported once and documented as not checked")
    func ruleOnWrongType() throws {
        let snippet = try Snippet(
            parameters: "[" + Snippet.parameter("Flag", #"{"type": "boolean", "maximum": "1"}"#) + "]")
        let warnings = snippet.diagnostics.filter { $0.description.contains("cannot be checked") }
        #expect(warnings.count == 1, "\(snippet.diagnostics)")
        #expect(snippet.code.contains("// Not checked (range): a range does not apply to a boolean."))
        #expect(
            snippet.code.contains(
                "/// - Not checked, may go stale: value at most 1 — a range does not apply to a boolean"))
    }
}

/// Names the resolver decides once, for the SDK and the command alike.
@Suite("Name resolution")
struct NameResolutionTests {
    @Test("when wire names differ only in case, the current member gets the plain name, the deprecated one a variant")
    func caseClash() throws {
        let snippet = try Snippet(
            parameters: "["
                + Snippet.parameter(
                    "Tag",
                    #"{"type": "array", "items": {"type": "object", "properties": {"#
                        + #""key": {"type": "string", "description": "该参数即将被弃用，建议您使用另一个`Tag.N.Key`参数。"},"#
                        + #""Key": {"type": "string", "description": "标签键。"}}}}"#, style: "repeatList") + "]")
        let statements = snippet.statements
        #expect(statements.contains(#".value("key", \.key2),"#))
        #expect(statements.contains(#".value("Key", \.key),"#))
    }
}

extension NameResolutionTests {
    @Test("a member whose description points to its differently-cased twin yields the plain name")
    func pointsToTwin() throws {
        let snippet = try Snippet(
            parameters: "["
                + Snippet.parameter(
                    "Tag",
                    #"{"type": "array", "items": {"type": "object", "properties": {"#
                        + #""value": {"type": "string", "description": "为提高兼容性，建议您尽量使用Tag.N.Value参数。"},"#
                        + #""Value": {"type": "string"}}}}"#, style: "repeatList") + "]")
        #expect(snippet.statements.contains(#".value("Value", \.value),"#))
        #expect(snippet.statements.contains(#".value("value", \.value2),"#))
    }
}

extension NameResolutionTests {
    @Test("a product code with hyphens names its module and client in camel case")
    func hyphenatedProduct() throws {
        let snippet = try Snippet(parameters: "[]", product: "waf-openapi")
        #expect(snippet.paths.contains("WafOpenapiClient.swift"))
        #expect(snippet.notes.first?.hasPrefix("module AliyunWafOpenapi and client WafOpenapiClient") == true)
        #expect(snippet.code.contains("extension WafOpenapiClient"))
    }
}
