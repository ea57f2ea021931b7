import Testing

@testable import ResourceInference

@Suite("Operation names: verb and kind")
struct OperationNameTests {
    @Test(
        arguments: [
            ("DescribeVpcs", "Describe", "Vpc"),
            ("DescribeVpcAttribute", "Describe", "Vpc"),
            ("DescribeInstances", "Describe", "Instance"),
            ("ListClusters", "List", "Cluster"),
            ("DescribeClusterDetail", "Describe", "Cluster"),
            ("DescribeClustersV1", "Describe", "Cluster"),
            ("RunInstances", "Run", "Instance"),
            ("DescribeEipAddresses", "Describe", "EipAddress"),
            ("ListPolicies", "List", "Policy"),
            ("GetStatus", "Get", "Status"),
            ("createThing", "Create", "Thing"),
            ("CreateClusterDiagnosis", "Create", "ClusterDiagnosis"),
            ("Describe95Traffic", "Describe", "95Traffic"),
        ])
    func splitsVerbAndKind(name: String, verb: String, kind: String) {
        let split = OperationName(name)
        #expect(split.verb == verb)
        #expect(split.kind == kind)
    }

    @Test func verbsMapToRoles() {
        #expect(OperationName("AllocateEipAddress").role == .create)
        #expect(OperationName("QueryThings").role == .read)
        #expect(OperationName("SetThing").role == .modify)
        #expect(OperationName("ReleaseThing").role == .delete)
        #expect(OperationName("StartInstance").role == nil)
    }
}
