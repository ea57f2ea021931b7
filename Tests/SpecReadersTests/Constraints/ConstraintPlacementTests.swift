import SpecIR
import Testing

@testable import SpecReaders

@Suite("Where constraints go, and how schema limits and error codes join them")
struct ConstraintPlacementTests {
    static let here = SourceLocation(file: "t", line: 1)

    func resolve(_ operation: OperationSpec) -> (OperationSpec, [Diagnostic]) {
        var resolver = OperationConstraints(operation: operation)
        return (resolver.resolve(), resolver.diagnostics)
    }

    @Test("N on a list element's member counts the list")
    func enclosingList() throws {
        let key = Field(name: "Key", type: .string, description: "标签键。N的取值范围：1~20。最多支持128个字符。", source: Self.here)
        let tag = Field(
            name: "Tag", type: .array, item: Field(name: "", type: .object, children: [key], source: Self.here),
            source: Self.here)
        let (operation, _) = resolve(OperationSpec(name: "Op", parameters: [tag], source: Self.here))
        #expect(operation.parameters[0].constraints.map(\.rule) == [.count(min: nil, max: 20)])
        #expect(
            operation.parameters[0].item?.value.children[0].constraints.map(\.rule) == [.length(min: nil, max: 128)])
    }

    @Test("schema limits join prose ones; a disagreement checks only the wider and warns once")
    func schemaLimits() {
        let agreeing = Field(
            name: "PageSize", type: .integer, description: "最大值：100。", limits: SchemaLimits(maximum: "100"),
            source: Self.here)
        let disagreeing = Field(
            name: "Amount", type: .integer, description: "取值范围：1~100。",
            limits: SchemaLimits(minimum: "1", maximum: "1000"),
            source: Self.here)
        let schemaOnly = Field(
            name: "Name", type: .string, limits: SchemaLimits(maxLength: 64, pattern: "^[a-z]+$"), source: Self.here)
        let (operation, diagnostics) = resolve(
            OperationSpec(name: "Op", parameters: [agreeing, disagreeing, schemaOnly], source: Self.here))
        #expect(operation.parameters[0].constraints.map(\.rule) == [.range(min: nil, max: "100")])
        #expect(
            operation.parameters[1].constraints.map(\.rule) == [
                .range(min: "1", max: "100"), .range(min: "1", max: "1000"),
            ])
        #expect(operation.parameters[1].constraints.map(\.provenance.origin) == [.prose, .schema])
        #expect(operation.parameters[1].constraints.map(\.enforced) == [false, true])
        #expect(operation.parameters[2].constraints.map(\.rule) == [.length(min: nil, max: 64), .pattern("^[a-z]+$")])
        #expect(
            diagnostics.map(\.message) == [
                "Op.Amount: the description (at 1) says range 1 to 100 but the schema (at 1) says minimum: 1,"
                    + " maximum: 1000; only the wider, range 1 to 1000, is checked, the stricter is kept as documentation"
            ])
    }

    @Test(
        "error codes map by a general rule on the code's name",
        arguments: [
            (["ImageName"], "InvalidImageName.Malformed", true),
            (["Features", "ImdsSupport"], "InvalidParameter.FeaturesImdsSupport", true),
            (["Tag", "Key"], "InvalidTagKey.Malformed", true),
            (["Period"], "InvalidPeriod", true),
            (["ImageName"], "InvalidImageName.Duplicated", false),
            (["Status"], "ImageStatus.NotAvailable", false),
            (["Features", "ImdsSupport"], "InvalidOperation.FeaturesImdsSupportNotMatch", false),
        ])
    func errorCodes(path: [String], code: String, maps: Bool) {
        let errors = [DocumentedError(httpStatus: 400, code: code, message: "", description: "", source: Self.here)]
        let mapping = ErrorCodeMapper.mapping(for: .length(min: 1, max: 2), path: path, errors: errors)
        #expect((mapping.code == code) == maps)
    }

    @Test("server errors (5xx) and missing parameters")
    func statusesAndRequired() {
        let errors = [
            DocumentedError(
                httpStatus: 500, code: "InvalidName.Malformed", message: "", description: "", source: Self.here),
            DocumentedError(httpStatus: 400, code: "MissingParameter", message: "", description: "", source: Self.here),
            DocumentedError(httpStatus: 400, code: "MissingRegionId", message: "", description: "", source: Self.here),
        ]
        #expect(ErrorCodeMapper.mapping(for: .length(min: 1, max: 2), path: ["Name"], errors: errors).code == nil)
        #expect(ErrorCodeMapper.mapping(for: .required, path: ["RegionId"], errors: errors).code == "MissingRegionId")
        #expect(ErrorCodeMapper.mapping(for: .required, path: ["ImageId"], errors: errors).code == "MissingParameter")
        #expect(ErrorCodeMapper.mapping(for: .required, path: ["ImageId"], errors: []).code == nil)
    }
}
