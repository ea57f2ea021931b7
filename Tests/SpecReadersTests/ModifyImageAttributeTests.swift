import SpecIR
import Testing

@testable import SpecReaders

/// Exact expectations for the shipped ModifyImageAttribute spec, from each of its three inputs.
@Suite("ModifyImageAttribute from every input")
struct ModifyImageAttributeTests {
    static let inputs = [Paths.zhPage, Paths.enPage, Paths.apiDocs]

    static func operation(_ path: String) throws -> OperationSpec {
        let result = try SpecReader.read(path: path)
        return try #require(result.service.operations.first { $0.name == "ModifyImageAttribute" })
    }

    @Test("service metadata", arguments: inputs)
    func service(path: String) throws {
        let service = try SpecReader.read(path: path).service
        #expect(service.product == "Ecs")
        #expect(service.version == "2014-05-26")
        #expect(service.style == "RPC")
        #expect(service.operations.count == 1)
    }

    @Test("parameters: names, types, required, examples", arguments: inputs)
    func parameters(path: String) throws {
        let operation = try Self.operation(path)
        #expect(
            operation.parameters.map(\.name) == [
                "RegionId", "ImageId", "ImageName", "Status", "ImageFamily", "BootMode", "LicenseType",
                "Description", "Features", "DryRun",
            ])
        #expect(operation.parameters.filter(\.required).map(\.name) == ["RegionId", "ImageId"])
        #expect(
            operation.parameters.map(\.type) == [
                .string, .string, .string, .string, .string, .string, .string, .string, .object, .boolean,
            ])
        #expect(
            operation.parameters.map(\.example) == [
                "cn-hangzhou", "m-bp18ygjuqnwhechc****", "testImageName", "Deprecated", "hangzhou-daily-update",
                "BIOS", "BYOL", "testDescription", nil, nil,
            ])
        #expect(operation.parameters.allSatisfy { $0.placement == "query" })
        let features = try #require(operation.parameters.first { $0.name == "Features" })
        #expect(features.style == .flat)
        #expect(features.children.map(\.name) == ["NvmeSupport", "ImdsSupport"])
        #expect(features.children.map(\.type) == [.string, .string])
        #expect(features.children.map(\.example) == ["supported", "v2"])
        #expect(features.children.allSatisfy { !$0.required })
    }

    @Test("every allowed value", arguments: inputs)
    func allowedValues(path: String) throws {
        let operation = try Self.operation(path)
        func values(_ name: String) -> [String] {
            operation.parameters.first { $0.name == name }?.allowedValues.map(\.value) ?? []
        }
        #expect(values("Status") == ["Deprecated", "Available"])
        #expect(values("BootMode") == ["BIOS", "UEFI", "UEFI-Preferred"])
        #expect(values("LicenseType") == ["BYOL"])
        for name in ["RegionId", "ImageId", "ImageName", "ImageFamily", "Description", "DryRun"] {
            #expect(values(name).isEmpty, "\(name) has no documented values")
        }
        let features = try #require(operation.parameters.first { $0.name == "Features" })
        #expect(features.children[0].allowedValues.map(\.value) == ["supported", "unsupported"])
        #expect(features.children[1].allowedValues.map(\.value) == ["v1", "v2"])
        let described = operation.parameters.flatMap(\.allowedValues) + features.children.flatMap(\.allowedValues)
        #expect(described.allSatisfy { !$0.description.isEmpty })
    }

    @Test("notes stay in the description and never become values", arguments: inputs)
    func notes(path: String) throws {
        let operation = try Self.operation(path)
        let status = try #require(operation.parameters.first { $0.name == "Status" })
        #expect(status.description.split(separator: "\n").filter { $0.hasPrefix("> ") }.count == 1)
        #expect(status.description.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == 2)
        let bootMode = try #require(operation.parameters.first { $0.name == "BootMode" })
        #expect(bootMode.description.contains("\n> "))
    }

    @Test("defaults documented in prose", arguments: inputs)
    func defaults(path: String) throws {
        let operation = try Self.operation(path)
        let defaults = operation.parameters.map(\.defaultValue)
        #expect(defaults == [nil, nil, "", nil, "", nil, nil, "", nil, nil])
    }

    @Test("19 error rows with their statuses, codes verbatim", arguments: inputs)
    func errors(path: String) throws {
        let operation = try Self.operation(path)
        #expect(operation.errors.count == 19)
        #expect(operation.errors.filter { $0.httpStatus == 400 }.count == 10)
        #expect(operation.errors.filter { $0.httpStatus == 403 }.count == 8)
        #expect(operation.errors.filter { $0.httpStatus == 404 }.count == 1)
        #expect(operation.errors.contains { $0.code == "OperationDeined.ImageUsingByInstance" && $0.httpStatus == 403 })
        let description = operation.errors.filter { $0.code == "InvalidDescription.Malformed" }
        #expect(description.map(\.httpStatus) == [400, 403])
        #expect(
            operation.errors.first?.message
                == "Image names must be between 2 and 128 characters long, using either English or Chinese characters. The name must start with a letter or a Chinese character, and can include numbers, colons, underscores and hyphens."
        )
        #expect(operation.errors.last?.code == "InvalidImageId.NotFound")
        #expect(operation.errors.allSatisfy { $0.source.line > 0 })
    }

    @Test("response, authorization, methods", arguments: inputs)
    func responseAndAuthorization(path: String) throws {
        let operation = try Self.operation(path)
        #expect(operation.response.fields.map(\.name) == ["RequestId"])
        #expect(operation.response.fields.first?.example == "473469C7-AA6F-4DC5-B3DB-A3DC0DE3****")
        #expect(operation.methods == ["POST", "GET"])
        #expect(operation.deprecated == false)
        let authorization = try #require(operation.authorization.first)
        #expect(authorization.action == "ecs:ModifyImageAttribute")
        #expect(authorization.accessLevel == "update")
        #expect(authorization.resourceTypes.map(\.name) == ["Image"])
        #expect(authorization.resourceTypes.first?.required == true)
        #expect(authorization.resourceTypes.first?.arn == "acs:ecs:{#regionId}:{#accountId}:image/{#ImageId}")
        #expect(authorization.conditionKeys.isEmpty)
    }

    @Test("every element has a source line in its own file", arguments: inputs)
    func sourceLocations(path: String) throws {
        let operation = try Self.operation(path)
        #expect(operation.source.file == path)
        #expect(operation.source.line > 0)
        let lines = operation.parameters.map(\.source.line)
        #expect(lines == lines.sorted())
        #expect(Set(lines).count == lines.count)
    }
}
