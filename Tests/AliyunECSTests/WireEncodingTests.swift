import AliyunECSImages
import AliyunRuntime
import Foundation
import Testing

@Suite("Generated wire encoding")
struct WireEncodingTests {
    @Test("a full request becomes exactly these query items")
    func fullRequest() throws {
        var encoder = RPCQueryEncoder()
        try ExampleRequest.full.encode(to: &encoder)
        #expect(
            encoder.items.map(\.description) == [
                "RegionId=cn-hangzhou",
                "ImageId=m-bp18ygjuqnwhechc****",
                "ImageName=testImageName",
                "Status=Deprecated",
                "ImageFamily=hangzhou-daily-update",
                "BootMode=BIOS",
                "LicenseType=BYOL",
                "Description=testDescription",
                "Features.NvmeSupport=supported",
                "Features.ImdsSupport=v2",
                "DryRun=true",
            ])
    }

    @Test("absent optionals are left out")
    func required() throws {
        var encoder = RPCQueryEncoder()
        try ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-1").encode(to: &encoder)
        #expect(encoder.items.map(\.description) == ["RegionId=cn-hangzhou", "ImageId=m-1"])
    }

    @Test("query items decode back into the same request; a missing required one is an error")
    func decoding() throws {
        var encoder = RPCQueryEncoder()
        try ExampleRequest.full.encode(to: &encoder)
        #expect(try ModifyImageAttributeRequest(from: RPCQueryDecoder(items: encoder.items)) == ExampleRequest.full)
        #expect(throws: RPCQueryDecodingError(name: "ImageId", reason: .missing)) {
            try ModifyImageAttributeRequest(from: RPCQueryDecoder(items: [RPCQueryItem(name: "RegionId", value: "r")]))
        }
        #expect(throws: RPCQueryDecodingError(name: "DryRun", reason: .invalidValue("maybe"))) {
            try ModifyImageAttributeRequest(
                from: RPCQueryDecoder(items: [
                    RPCQueryItem(name: "RegionId", value: "r"), RPCQueryItem(name: "ImageId", value: "m"),
                    RPCQueryItem(name: "DryRun", value: "maybe"),
                ]))
        }
    }

    @Test("an undocumented enum value survives every round trip")
    func unknownEnumValue() throws {
        let request = ModifyImageAttributeRequest(regionId: "r", imageId: "m", bootMode: .undocumented("UEFI-Next"))
        var encoder = RPCQueryEncoder()
        try request.encode(to: &encoder)
        #expect(encoder.items.last == RPCQueryItem(name: "BootMode", value: "UEFI-Next"))
        let decoded = try ModifyImageAttributeRequest(from: RPCQueryDecoder(items: encoder.items))
        #expect(decoded.bootMode == .undocumented("UEFI-Next"))
        #expect(decoded.bootMode?.isDocumented == false)
        let json = try JSONEncoder().encode(request)
        #expect(try JSONDecoder().decode(ModifyImageAttributeRequest.self, from: json) == request)
        #expect(ModifyImageAttributeRequest.BootMode(rawValue: "UEFI-Preferred") == .uefiPreferred)
    }

    @Test("the response decodes leniently")
    func response() throws {
        let body = #"{"RequestId":"473469C7-AA6F-4DC5-B3DB-A3DC0DE3****","Unexpected":{"x":1}}"#
        let response = try JSONDecoder().decode(ModifyImageAttributeResponse.self, from: Data(body.utf8))
        #expect(response.requestId == "473469C7-AA6F-4DC5-B3DB-A3DC0DE3****")
        #expect(try JSONDecoder().decode(ModifyImageAttributeResponse.self, from: Data("{}".utf8)).requestId == nil)
    }

    @Test("the client sends the action, version and items, and returns the decoded response")
    func client() async throws {
        let caller = RecordingCaller()
        let response = try await ECSClient(caller: caller).modifyImageAttribute(ExampleRequest.full)
        #expect(response.requestId == "473469C7-AA6F-4DC5-B3DB-A3DC0DE3****")
        let call = try #require(await caller.calls.first)
        #expect(call.action == "ModifyImageAttribute")
        #expect(call.version == "2014-05-26")
        #expect(call.product == "Ecs")
        #expect(call.parameters.count == 11)
        #expect(ECSClient.endpoints["cn-hangzhou"] == "ecs-cn-hangzhou.aliyuncs.com")
    }
}
