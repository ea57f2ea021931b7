import AliyunEmulator
import AliyunRuntime
import EmulatorCSSDK
import EmulatorECSSDK
import EmulatorVPCSDK
import Foundation
import Testing

/// The generated clients of three products against one emulator over real HTTP: a resource's life from create to
/// delete, and a call on it afterwards answering the product's documented NotFound code.
@Suite("aliyun-emulator: create → describe → modify → describe → delete → NotFound, with generated clients")
struct RoundTripTests {
    @Test("VPC (RPC, V3): a VPC lives from CreateVpc to DeleteVpc; then InvalidVpcId.NotFound")
    func vpc() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.stop() } }
        let client = VPCClient(configuration: harness.configuration())
        let created = try await client.createVpc(
            CreateVpcRequest(regionId: "cn-hangzhou", cidrBlock: "10.0.0.0/8", vpcName: "web"))
        let id = try #require(created.vpcId)
        #expect(id.hasPrefix("vpc-"), "the form of the documented example's identifier")
        let listed = try await client.describeVpcs(DescribeVpcsRequest(regionId: "cn-hangzhou", vpcId: id))
        #expect(listed.totalCount == 1)
        #expect(listed.vpcs?.vpc?.map(\.vpcName) == ["web"])
        #expect(listed.vpcs?.vpc?.first?.cidrBlock == "10.0.0.0/8")
        _ = try await client.modifyVpcAttribute(
            ModifyVpcAttributeRequest(vpcId: id, vpcName: "web-2", regionId: "cn-hangzhou"))
        let read = try await client.describeVpcAttribute(
            DescribeVpcAttributeRequest(vpcId: id, regionId: "cn-hangzhou"))
        #expect(read.vpcName == "web-2")
        #expect(read.vpcId == id)
        let elsewhere = try await client.describeVpcs(DescribeVpcsRequest(regionId: "cn-shanghai"))
        #expect(elsewhere.totalCount == 0, "a list read filters by the request's fields of the same name")
        _ = try await client.deleteVpc(DeleteVpcRequest(vpcId: id, regionId: "cn-hangzhou"))
        let error = await #expect(throws: DescribeVpcAttributeError.self) {
            _ = try await client.describeVpcAttribute(DescribeVpcAttributeRequest(vpcId: id, regionId: "cn-hangzhou"))
        }
        #expect(error?.serviceError.code == "InvalidVpcId.NotFound")
        #expect(error?.serviceError.httpStatus == 404)
        let listedAfter = try await client.describeVpcs(DescribeVpcsRequest(regionId: "cn-hangzhou", vpcId: id))
        #expect(listedAfter.totalCount == 0, "DescribeVpcs documents no NotFound code: the list is empty")
    }

    @Test("ECS (RPC, V1 signature): a security group's life; then InvalidSecurityGroupId.NotFound")
    func ecs() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.stop() } }
        let client = ECSClient(configuration: harness.configuration(signatureVersion: .v1))
        let created = try await client.createSecurityGroup(
            CreateSecurityGroupRequest(regionId: "cn-hangzhou", description: "front", securityGroupName: "web"))
        let id = try #require(created.securityGroupId)
        #expect(id.hasPrefix("sg-"))
        let listed = try await client.describeSecurityGroups(
            DescribeSecurityGroupsRequest(regionId: "cn-hangzhou", securityGroupId: id))
        #expect(listed.securityGroups?.securityGroup?.map(\.securityGroupName) == ["web"])
        _ = try await client.modifySecurityGroupAttribute(
            ModifySecurityGroupAttributeRequest(
                securityGroupId: id, regionId: "cn-hangzhou", securityGroupName: "web-2"))
        let read = try await client.describeSecurityGroupAttribute(
            DescribeSecurityGroupAttributeRequest(securityGroupId: id, regionId: "cn-hangzhou"))
        #expect(read.securityGroupName == "web-2")
        #expect(read.description == "front", "fields a modify does not name are kept")
        _ = try await client.deleteSecurityGroup(
            DeleteSecurityGroupRequest(regionId: "cn-hangzhou", securityGroupId: id))
        let error = await #expect(throws: DescribeSecurityGroupAttributeError.self) {
            _ = try await client.describeSecurityGroupAttribute(
                DescribeSecurityGroupAttributeRequest(securityGroupId: id, regionId: "cn-hangzhou"))
        }
        #expect(error?.serviceError.code == "InvalidSecurityGroupId.NotFound")
    }

    @Test(
        "CS (ROA): a cluster's life, routed by method and path; then the generic Cluster.NotFound (CS documents none)")
    func cs() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.stop() } }
        let client = CSClient(configuration: harness.configuration())
        let created = try await client.createCluster(
            CreateClusterRequest(
                name: "ack-web", regionId: "cn-hangzhou", clusterType: "ManagedKubernetes", vpcid: "vpc-1",
                serviceCidr: "172.21.0.0/20", vswitchIds: ["vsw-1"]))
        let id = try #require(created.clusterId)
        let detail = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: id))
        #expect(detail.name == "ack-web")
        #expect(detail.clusterId == id)
        #expect(detail.deletionProtection == nil)
        _ = try await client.modifyCluster(ModifyClusterRequest(clusterId: id, deletionProtection: true))
        let changed = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: id))
        #expect(changed.deletionProtection == true)
        #expect(changed.name == "ack-web")
        _ = try await client.deleteCluster(DeleteClusterRequest(clusterId: id))
        let error = await #expect(throws: DescribeClusterDetailError.self) {
            _ = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: id))
        }
        #expect(error?.serviceError.code == "Cluster.NotFound")
        #expect(error?.serviceError.httpStatus == 404)
    }

    @Test("CS (ROA) with spec/emulator-overrides: ModifyCluster's cluster_name renames the cluster (its name)")
    func csFieldOverride() async throws {
        let catalog = try ProductCatalog.load(
            corpus: EmulatorHarness.corpus, products: ["cs"], overrides: EmulatorHarness.overrides)
        let emulator = try await AliyunEmulator.start(
            AliyunEmulatorConfiguration(catalog: catalog, credentials: [EmulatorHarness.key]))
        defer { Task { await emulator.stop() } }
        let client = CSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(EmulatorHarness.key),
                retry: .disabled))
        let created = try await client.createCluster(
            CreateClusterRequest(
                name: "ack-web", regionId: "cn-hangzhou", clusterType: "ManagedKubernetes", vpcid: "vpc-1",
                serviceCidr: "172.21.0.0/20", vswitchIds: ["vsw-1"]))
        let id = try #require(created.clusterId)
        _ = try await client.modifyCluster(ModifyClusterRequest(clusterId: id, clusterName: "ack-api"))
        let detail = try await client.describeClusterDetail(DescribeClusterDetailRequest(clusterId: id))
        #expect(detail.name == "ack-api")
        let listed = try await client.describeClustersV1(DescribeClustersV1Request(name: "ack-api"))
        #expect(listed.clusters?.map(\.clusterId) == [id])
    }

    @Test(
        "a broken documented rule is refused with its documented code, as the generated validators would; off, accepted"
    )
    func documentedRules() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.stop() } }
        // The client's own checks are off, so the emulator's are what refuses the name.
        let client = VPCClient(configuration: harness.configuration(), validation: ValidationPolicy(mode: .off))
        let error = await #expect(throws: CreateVpcError.self) {
            _ = try await client.createVpc(CreateVpcRequest(regionId: "cn-hangzhou", vpcName: "http://web"))
        }
        #expect(error?.serviceError.code == "InvalidVpcName.Malformed")
        let missing = await #expect(throws: CreateVpcError.self) {
            _ = try await client.createVpc(CreateVpcRequest(regionId: ""))
        }
        #expect(missing?.serviceError.code == "InvalidParameter", "RegionId must not be empty (a rule without a code)")
        let permissive = try await EmulatorHarness.start(validation: .off)
        defer { Task { await permissive.stop() } }
        let accepted = try await VPCClient(
            configuration: permissive.configuration(), validation: ValidationPolicy(mode: .off)
        ).createVpc(CreateVpcRequest(regionId: "cn-hangzhou", vpcName: "http://web"))
        #expect(accepted.vpcId != nil)
        // Any page number a caller sends is answered, never overflowing the offset.
        let farPage = try await VPCClient(
            configuration: permissive.configuration(), validation: ValidationPolicy(mode: .off)
        ).describeVpcs(DescribeVpcsRequest(regionId: "cn-hangzhou", pageNumber: Int.max, pageSize: Int.max))
        #expect(farPage.vpcs?.vpc?.isEmpty == true)
        #expect(farPage.totalCount == 1)
    }

    @Test("state: resources are listed by GET /_emulator/state and replaced by PUT; faults hit one product only")
    func stateAndFaults() async throws {
        let harness = try await EmulatorHarness.start()
        defer { Task { await harness.stop() } }
        let vpc = VPCClient(configuration: harness.configuration())
        let id = try #require(try await vpc.createVpc(CreateVpcRequest(regionId: "cn-hangzhou", vpcName: "a")).vpcId)
        let state = try await harness.control("GET", "/_emulator/state")
        #expect(state.status == 200)
        #expect(state.body.contains(#""id":"\#(id)""#))
        let seeded =
            #"{"resources":[{"product":"Vpc","version":"2016-04-28","kind":"Vpc","id":"vpc-seeded","fields":{"VpcId":"vpc-seeded","VpcName":"seeded","RegionId":"cn-hangzhou"}}]}"#
        #expect(try await harness.control("PUT", "/_emulator/state", body: seeded).status == 200)
        let listed = try await vpc.describeVpcs(DescribeVpcsRequest(regionId: "cn-hangzhou"))
        #expect(listed.vpcs?.vpc?.map(\.vpcId) == ["vpc-seeded"])
        let twice =
            #"{"resources":[{"product":"Vpc","version":"2016-04-28","kind":"Vpc","id":"a","fields":{}},{"product":"Vpc","version":"2016-04-28","kind":"Vpc","id":"a","fields":{}}]}"#
        #expect(try await harness.control("PUT", "/_emulator/state", body: twice).status == 400)

        let fault = #"[{"kind": "error", "code": "Throttling.User", "status": 400, "product": "Vpc", "count": 1}]"#
        #expect(try await harness.control("POST", "/_emulator/faults", body: fault).status == 200)
        let ecs = ECSClient(configuration: harness.configuration())
        _ = try await ecs.describeSecurityGroups(DescribeSecurityGroupsRequest(regionId: "cn-hangzhou"))
        let throttled = await #expect(throws: DescribeVpcsError.self) {
            _ = try await vpc.describeVpcs(DescribeVpcsRequest(regionId: "cn-hangzhou"))
        }
        #expect(throttled?.serviceError.code == "Throttling.User")
    }
}
