import SpecIR
import Testing

@testable import ResourceInference

@Suite("Create identifiers")
struct CreateIdentifierTests {
    typealias B = SpecBuilder

    static func find(_ kind: String, _ response: [Field], named: String? = nil) -> Result<CreateIdentifier, Why> {
        CreateIdentifier.find(
            kind: kind, in: OperationFields(B.operation("Create\(kind)", response: response), sharedTypes: [:]),
            named: named)
    }

    @Test func kindIdWinsOverOtherIds() throws {
        let found = try Self.find("Vpc", [B.scalar("RequestId"), B.scalar("VRouterId"), B.scalar("VpcId")]).get()
        #expect(found.name == "VpcId")
        #expect(found.path == ["VpcId"])
        #expect(!found.isList)
    }

    @Test func snakeCaseMatches() throws {
        let found = try Self.find("Cluster", [B.scalar("cluster_id"), B.scalar("request_id"), B.scalar("task_id")])
            .get()
        #expect(found.name == "cluster_id")
    }

    @Test func listOfIds() throws {
        let response = [B.scalar("RequestId"), B.object("InstanceIdSets", [B.list("InstanceIdSet", of: B.scalar(""))])]
        let found = try Self.find("Instance", response).get()
        #expect(found.name == "InstanceId")
        #expect(found.path == ["InstanceIdSets", "InstanceIdSet"])
        #expect(found.isList)
    }

    @Test func nestedInDataObject() throws {
        let found = try Self.find("Gateway", [B.object("Data", [B.scalar("GatewayId")])]).get()
        #expect(found.path == ["Data", "GatewayId"])
    }

    @Test func singleOtherIdIsTaken() throws {
        let found = try Self.find("EipAddress", [B.scalar("RequestId"), B.scalar("AllocationId"), B.scalar("OrderId")])
            .get()
        #expect(found.name == "AllocationId")
    }

    @Test func severalOtherIdsFail() {
        let result = Self.find("Thing", [B.scalar("AId"), B.scalar("BId")])
        #expect(throws: Why.self) { try result.get() }
    }

    @Test func noIdFails() {
        #expect(throws: Why.self) { try Self.find("Tag", [B.scalar("RequestId")]).get() }
    }

    @Test func namedLooksOnlyForThatName() throws {
        #expect(throws: Why.self) { try Self.find("Image", [B.scalar("SnapshotId")], named: "ImageId").get() }
        #expect(try Self.find("Image", [B.scalar("ImageId")], named: "ImageId").get().path == ["ImageId"])
    }

    @Test func trailingKindIdIsLoose() throws {
        let found = try Self.find("DefaultVpc", [B.scalar("VpcId"), B.scalar("VRouterId"), B.scalar("RouteTableId")])
            .get()
        #expect(found.name == "VpcId")
        #expect(found.isLoose)
        #expect(found.kind == "DefaultVpc")
    }

    @Test func trailingWordsOfAKind() {
        #expect(CreateIdentifier.trailingWords(of: "DefaultVpc") == ["Vpc"])
        #expect(CreateIdentifier.trailingWords(of: "ClusterNodePool") == ["NodePool", "Pool"])
        #expect(CreateIdentifier.trailingWords(of: "VSwitch") == [])
    }
}
