import ResourceInference
import SpecIR
import Testing

@Suite("Inference of a hand-built service")
struct ResourceInferenceTests {
    typealias B = SpecBuilder

    @Test func vpcLikeFormsOneResource() throws {
        let inferred = ResourceInference.infer(B.vpcLike)
        let vpc = try #require(inferred.resource("Vpc"))
        #expect(inferred.resources.count == 1)
        #expect(vpc.identifier == "VpcId")
        #expect(vpc.creates == ["CreateVpc"])
        #expect(vpc.reads == ["DescribeVpcs"])
        #expect(vpc.modifies == ["ModifyVpcAttribute"])
        #expect(vpc.deletes == ["DeleteVpc"])
        #expect(vpc.notFoundCode == "InvalidVpcId.NotFound")
        #expect(vpc.paging == .pageNumber(pageNumber: "PageNumber", pageSize: "PageSize", totalCount: ["TotalCount"]))
    }

    @Test func operationsAreSortedAndPlaced() throws {
        let inferred = ResourceInference.infer(B.vpcLike)
        #expect(inferred.operations.map(\.name) == inferred.operations.map(\.name).sorted())
        let read = try #require(inferred.operation("DescribeVpcs")?.placement.stateful)
        #expect(read.list == ["Vpcs", "Vpc"])
        #expect(read.requestIdentifier == ["VpcId"])
        #expect(inferred.operation("StartVpcThing")?.placement == .exampleOnly)
        #expect(inferred.operation("StartVpcThing")?.reason.contains("not a resource verb") == true)
        #expect(inferred.operation("DescribeRegions")?.placement == .unplaced)
        #expect(inferred.operation("DescribeRegions")?.reason.contains("no create") == true)
    }

    @Test func kindWithoutCreateIsNotStateful() {
        let inferred = ResourceInference.infer(
            B.service([B.operation("DeleteThing", request: [B.scalar("ThingId")], example: "{}")]))
        #expect(inferred.resources.isEmpty)
        #expect(inferred.operation("DeleteThing")?.placement == .exampleOnly)
    }

    @Test func listReadByPluralIdentifiers() throws {
        let service = B.service([
            B.operation(
                "RunInstances", response: [B.object("InstanceIdSets", [B.list("InstanceIdSet", of: B.scalar(""))])]),
            B.operation(
                "DescribeInstances", request: [B.scalar("InstanceIds"), B.scalar("NextToken"), B.scalar("MaxResults")],
                response: [B.object("Instances", [B.list("Instance", members: [B.scalar("InstanceId")])])]),
        ])
        let inferred = ResourceInference.infer(service)
        let read = try #require(inferred.operation("DescribeInstances")?.placement.stateful)
        #expect(read.requestIdentifier == ["InstanceIds"])
        #expect(read.requestIdentifierIsList)
        #expect(read.paging == .nextToken(token: "NextToken", maxResults: "MaxResults", responseToken: nil))
        let create = try #require(inferred.operation("RunInstances")?.placement.stateful)
        #expect(create.responseIdentifierIsList)
        #expect(inferred.resource("Instance")?.identifier == "InstanceId")
    }

    @Test func roaPathIdentifierAndSingleRead() throws {
        let service = B.service(
            [
                B.operation("CreateCluster", response: [B.scalar("cluster_id"), B.scalar("task_id")]),
                B.operation(
                    "DescribeClusterDetail", request: [B.scalar("ClusterId", in: .path)],
                    response: [B.scalar("cluster_id"), B.scalar("name")], errors: ["ErrorClusterNotFound"]),
                B.operation("DeleteCluster", request: [B.scalar("ClusterId", in: .path)]),
            ], style: .roa)
        let inferred = ResourceInference.infer(service)
        let cluster = try #require(inferred.resource("Cluster"))
        #expect(cluster.identifier == "cluster_id")
        #expect(cluster.reads == ["DescribeClusterDetail"])
        #expect(cluster.deletes == ["DeleteCluster"])
        #expect(cluster.notFoundCode == "ErrorClusterNotFound")
        let read = try #require(inferred.operation("DescribeClusterDetail")?.placement.stateful)
        #expect(read.requestIdentifier == ["ClusterId"])
        #expect(read.responseIdentifier == ["cluster_id"])
        #expect(read.list == nil)
    }

    @Test func sharedTypeAnswersAreFollowed() throws {
        var list = B.operation("ListWidgets")
        list.response.reference = "WidgetList"
        var service = B.service([B.operation("CreateWidget", response: [B.scalar("WidgetId")]), list])
        service.sharedTypes = [
            B.list("WidgetList", of: Field(name: "", type: .object, source: B.here).referring(to: "Widget")),
            B.object("Widget", [B.scalar("WidgetId")]),
        ]
        let read = try #require(ResourceInference.infer(service).operation("ListWidgets")?.placement.stateful)
        #expect(read.list == [])
    }

    @Test func modifyWithoutIdentifierIsNotPlaced() {
        let service = B.service([
            B.operation("CreateVpc", response: [B.scalar("VpcId")]),
            B.operation("ModifyVpcAttribute", request: [B.scalar("VpcName")]),
        ])
        let operation = ResourceInference.infer(service).operation("ModifyVpcAttribute")
        #expect(operation?.placement == .unplaced)
        #expect(operation?.reason.contains("takes no VpcId") == true)
    }

    @Test func createWithoutIdentifierIsNotAResource() {
        let service = B.service([B.operation("AddTags", response: [B.scalar("RequestId")], example: "{}")])
        let inferred = ResourceInference.infer(service)
        #expect(inferred.resources.isEmpty)
        #expect(inferred.operation("AddTags")?.placement == .exampleOnly)
    }

    @Test func looseCreateJoinsTheResourceOfItsIdentifier() throws {
        let service = B.service([
            B.operation("CreateVpc", response: [B.scalar("VpcId")]),
            B.operation("CreateDefaultVpc", response: [B.scalar("VpcId"), B.scalar("VRouterId")]),
            B.operation("CreateWidgetOrder", response: [B.scalar("OrderId"), B.scalar("GadgetId")]),
        ])
        let inferred = ResourceInference.infer(service)
        #expect(inferred.resource("Vpc")?.creates == ["CreateDefaultVpc", "CreateVpc"])
        #expect(inferred.resource("DefaultVpc") == nil)
        // A loose id no other create makes keeps the operation's own kind.
        #expect(inferred.resource("WidgetOrder")?.identifier == "GadgetId")
    }

    @Test func listItemsMayCarryTheIdentifierOneObjectDown() throws {
        let service = B.service(
            [
                B.operation("CreateNodePool", response: [B.scalar("nodepool_id")]),
                B.operation(
                    "DescribeNodePools",
                    response: [B.list("nodepools", members: [B.object("nodepool_info", [B.scalar("nodepool_id")])])]),
            ], style: .roa)
        let read = try #require(ResourceInference.infer(service).operation("DescribeNodePools")?.placement.stateful)
        #expect(read.list == ["nodepools"])
        #expect(read.itemIdentifier == ["nodepool_info", "nodepool_id"])
        #expect(read.requestIdentifier == nil)
    }

    @Test func deterministic() {
        #expect(ResourceInference.infer(B.vpcLike) == ResourceInference.infer(B.vpcLike))
    }
}

extension Field {
    /// The field referring to a shared type.
    fileprivate func referring(to name: String) -> Field {
        var copy = self
        copy.reference = name
        return copy
    }
}
