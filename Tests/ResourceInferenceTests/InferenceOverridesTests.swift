import Foundation
import ResourceInference
import SpecIR
import Testing

@Suite("Overrides")
struct InferenceOverridesTests {
    typealias B = SpecBuilder

    static let json = """
        { "operations": {
            "CreateImage": { "role": "create", "kind": "Image", "identifier": "ImageId" },
            "DescribeImages": { "role": "read", "kind": "Image", "list": "Images.Image" },
            "CopyImage": "example",
            "DeleteVpc": "unplaced",
            "Missing": "example" } }
        """

    static var service: ServiceSpec {
        var spec = B.vpcLike
        spec.operations += [
            B.operation("CreateImage", response: [B.scalar("RequestId")]),
            B.operation("DescribeImages", request: [B.scalar("ImageId")]),
            B.operation("CopyImage", response: [B.scalar("ImageId")]),
        ]
        return spec
    }

    @Test func decodesTheFileFormat() throws {
        let overrides = try InferenceOverrides.decode(Data(Self.json.utf8))
        #expect(overrides.operations["CopyImage"] == .example)
        #expect(
            overrides.operations["CreateImage"]
                == .stateful(role: .create, kind: "Image", identifier: "ImageId", list: nil))
        let again = try InferenceOverrides.decode(JSONEncoder().encode(overrides))
        #expect(again == overrides)
    }

    @Test func refusesUnknownKeys() {
        #expect(throws: DecodingError.self) {
            try InferenceOverrides.decode(Data(#"{ "operation": {} }"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try InferenceOverrides.decode(
                Data(#"{ "operations": { "A": { "role": "read", "kind": "X", "id": "Y" } } }"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try InferenceOverrides.decode(Data(#"{ "operations": { "A": "sometimes" } }"#.utf8))
        }
    }

    @Test func overridesPlaceWhatRulesCannot() throws {
        let overrides = try InferenceOverrides.decode(Data(Self.json.utf8))
        let inferred = ResourceInference.infer(Self.service, overrides: overrides)
        let image = try #require(inferred.resource("Image"))
        #expect(image.identifier == "ImageId")
        #expect(image.creates == ["CreateImage"])
        #expect(image.reads == ["DescribeImages"])
        #expect(inferred.operation("DescribeImages")?.placement.stateful?.list == ["Images", "Image"])
        #expect(inferred.operation("CopyImage")?.placement == .exampleOnly)
        #expect(inferred.operation("DeleteVpc")?.placement == .unplaced)
        #expect(inferred.resource("Vpc")?.deletes == [])
        #expect(inferred.overrideProblems == ["override names Missing, which the spec does not have"])
    }

    @Test("fields: a request field read as a resource field of another name, on the operation's placement")
    func fieldsMapRequestOntoResource() throws {
        let json = """
            { "fields": {
                "ModifyVpcAttribute": { "NewName": "VpcName" }, "StartVpcThing": { "A": "B" }, "Gone": { "A": "B" } } }
            """
        let overrides = try InferenceOverrides.decode(Data(json.utf8))
        #expect(overrides.fields["ModifyVpcAttribute"] == ["NewName": "VpcName"])
        #expect(try InferenceOverrides.decode(JSONEncoder().encode(overrides)) == overrides)
        let inferred = ResourceInference.infer(B.vpcLike, overrides: overrides)
        let modify = try #require(inferred.operation("ModifyVpcAttribute"))
        #expect(modify.placement.stateful?.renamedFields == ["NewName": "VpcName"])
        #expect(modify.reason.hasSuffix("; the override reads NewName as VpcName"))
        #expect(inferred.operation("DescribeVpcs")?.placement.stateful?.renamedFields == nil)
        #expect(
            inferred.overrideProblems == [
                "override maps fields of Gone, which the spec does not have",
                "override maps fields of StartVpcThing, which is not placed on a resource",
            ])
        #expect(throws: DecodingError.self) {
            try InferenceOverrides.decode(Data(#"{ "fields": { "ModifyVpcAttribute": { "NewName": 1 } } }"#.utf8))
        }
    }

    @Test func withoutOverridesTheImageIsNotFound() {
        let inferred = ResourceInference.infer(Self.service)
        #expect(inferred.resource("Image") == nil)
        #expect(inferred.operation("CopyImage")?.placement == .unplaced)
    }
}
