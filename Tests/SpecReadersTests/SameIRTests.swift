import SpecIR
import Testing

@testable import SpecReaders

/// The zh page, the en page and the api-docs JSON describe one operation: their IR must agree.
@Suite("One IR from every input")
struct SameIRTests {
    /// The operation with locations cleared and, optionally, every piece of prose replaced by a marker.
    static func comparable(_ path: String, dropProse: Bool) throws -> OperationSpec {
        var operation = try #require(try SpecReader.read(path: path).service.operations.first)
        let anywhere = SourceLocation(file: "", line: 0)
        operation.source = anywhere
        // Only api-docs has directories; a page never says which one lists its operation.
        operation.group = []
        // Only api-docs names the security schemes (`security`); a page leaves them unsaid (the usual signature).
        #expect(operation.securitySchemes == nil || operation.securitySchemes == ["AK"])
        operation.securitySchemes = nil
        operation.parameters = operation.parameters.map { normalise($0.withSource(anywhere), dropProse: dropProse) }
        operation.response.fields = operation.response.fields.map {
            normalise($0.withSource(anywhere), dropProse: dropProse)
        }
        operation.errors = operation.errors.map { error in
            var error = error
            error.source = anywhere
            error.description = dropProse ? "" : InlineText.fold(error.description)
            return error
        }
        if dropProse {
            operation.title = nil
            operation.summary = nil
        }
        return operation
    }

    static func normalise(_ field: Field, dropProse: Bool) -> Field {
        var field = field
        field.descriptionSource = nil
        field.limits.keyLocations = [:]
        field.description =
            dropProse ? "" : field.description.split(separator: "\n").map(InlineText.fold).joined(separator: "\n")
        field.allowedValues = field.allowedValues.map {
            AllowedValue(value: $0.value, description: dropProse ? "" : InlineText.fold($0.description))
        }
        field.constraints = field.constraints.map { constraint in
            var constraint = constraint
            constraint.provenance.location = SourceLocation(file: "", line: 0)
            constraint.provenance.text = dropProse ? "" : InlineText.fold(constraint.provenance.text)
            return constraint
        }
        field.children = field.children.map { normalise($0, dropProse: dropProse) }
        if let item = field.item { field.item = Indirect(normalise(item.value, dropProse: dropProse)) }
        return field
    }

    @Test("zh page and api-docs JSON: identical, prose compared after whitespace folding")
    func zhAndJSON() throws {
        let page = try Self.comparable(Paths.zhPage, dropProse: false)
        let json = try Self.comparable(Paths.apiDocs, dropProse: false)
        #expect(page == json)
    }

    @Test("zh and en pages: identical but for prose")
    func zhAndEn() throws {
        let zh = try Self.comparable(Paths.zhPage, dropProse: true)
        let en = try Self.comparable(Paths.enPage, dropProse: true)
        #expect(zh == en)
    }

    @Test("the IR's JSON is deterministic and round-trips")
    func jsonForm() throws {
        let first = try IRJSON.encode(try SpecReader.read(path: Paths.zhPage).service)
        let second = try IRJSON.encode(try SpecReader.read(path: Paths.zhPage).service)
        #expect(first == second)
        let decoded = try IRJSON.decodeService(first)
        #expect(decoded == (try SpecReader.read(path: Paths.zhPage).service))
    }
}
