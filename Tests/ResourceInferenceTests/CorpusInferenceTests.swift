import Foundation
import ResourceInference
import SpecIR
import SpecReaders
import Testing

@Suite("Inference over the real corpus")
struct CorpusInferenceTests {
    @Test func vpcFormsTheVpcResource() throws {
        let inferred = ResourceInference.infer(try Corpus.service("vpc", "2016-04-28"))
        let vpc = try #require(inferred.resource("Vpc"))
        #expect(vpc.identifier == "VpcId")
        #expect(vpc.creates.contains("CreateVpc"))
        #expect(vpc.reads.contains("DescribeVpcs"))
        #expect(vpc.reads.contains("DescribeVpcAttribute"))
        #expect(vpc.modifies.contains("ModifyVpcAttribute"))
        #expect(vpc.deletes.contains("DeleteVpc"))
        // ModifyVpcAttribute and DeleteVpc document both `InvalidVpcId.NotFound` and `Forbidden.VpcNotFound`.
        #expect(vpc.notFoundCode == "InvalidVpcId.NotFound")
        #expect(vpc.paging == .pageNumber(pageNumber: "PageNumber", pageSize: "PageSize", totalCount: ["TotalCount"]))
        let read = try #require(inferred.operation("DescribeVpcs")?.placement.stateful)
        #expect(read.list == ["Vpcs", "Vpc"])
        #expect(read.itemIdentifier == ["VpcId"])
        #expect(read.requestIdentifier == ["VpcId"])
    }

    @Test func ecsFormsTheInstanceResource() throws {
        let inferred = ResourceInference.infer(try Corpus.service("ecs", "2014-05-26"))
        #expect(inferred.operations.count == 347)
        let instance = try #require(inferred.resource("Instance"))
        #expect(instance.identifier == "InstanceId")
        #expect(instance.creates.contains("RunInstances"))
        #expect(instance.creates.contains("CreateInstance"))
        #expect(instance.reads.contains("DescribeInstances"))
        #expect(instance.modifies.contains("ModifyInstanceAttribute"))
        #expect(instance.deletes.contains("DeleteInstance"))
        #expect(instance.notFoundCode == "InvalidInstanceId.NotFound")
        let run = try #require(inferred.operation("RunInstances")?.placement.stateful)
        #expect(run.responseIdentifier == ["InstanceIdSets", "InstanceIdSet"])
        #expect(run.responseIdentifierIsList)
        let read = try #require(inferred.operation("DescribeInstances")?.placement.stateful)
        #expect(read.requestIdentifier == ["InstanceIds"])
        #expect(read.requestIdentifierIsList)
        #expect(read.list == ["Instances", "Instance"])
    }

    @Test func csClusterOperationsArePlaced() throws {
        let inferred = ResourceInference.infer(try Corpus.service("cs", "2015-12-15"))
        let cluster = try #require(inferred.resource("Cluster"))
        #expect(cluster.identifier == "cluster_id")
        #expect(cluster.creates == ["CreateCluster"])
        #expect(cluster.reads.contains("DescribeClusterDetail"))
        #expect(cluster.reads.contains("DescribeClustersV1"))
        #expect(cluster.modifies.contains("ModifyCluster"))
        #expect(cluster.deletes == ["DeleteCluster"])
        let detail = try #require(inferred.operation("DescribeClusterDetail")?.placement.stateful)
        #expect(detail.requestIdentifier == ["ClusterId"])
        #expect(detail.responseIdentifier == ["cluster_id"])
        let pools = try #require(inferred.operation("DescribeClusterNodePools")?.placement.stateful)
        #expect(pools.kind == "ClusterNodePool")
        #expect(pools.list == ["nodepools"])
        #expect(pools.itemIdentifier == ["nodepool_info", "nodepool_id"])
    }

    @Test func explainReportsOfThreeProducts() throws {
        for (product, version) in [("vpc", "2016-04-28"), ("ecs", "2014-05-26"), ("cs", "2015-12-15")] {
            let inferred = ResourceInference.infer(try Corpus.service(product, version))
            let text = ExplainReport.text(inferred)
            #expect(text.hasPrefix("\(inferred.product) \(version): \(inferred.operations.count) operations: "))
            #expect(text == ExplainReport.text(ResourceInference.infer(try Corpus.service(product, version))))
            if let directory = ProcessInfo.processInfo.environment["RESOURCE_INFERENCE_REPORTS"] {
                try text.write(toFile: "\(directory)/explain-\(product).txt", atomically: true, encoding: .utf8)
            }
        }
    }
}
