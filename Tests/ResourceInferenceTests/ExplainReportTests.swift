import ResourceInference
import Testing

@Suite("Explain report")
struct ExplainReportTests {
    @Test func wholeReport() {
        let text = ExplainReport.text(ResourceInference.infer(SpecBuilder.vpcLike))
        let expected = """
            Test 2024-01-01: 6 operations: 4 stateful (1 create, 1 read, 1 modify, 1 delete) across 1 resources, \
            1 example-only, 1 unplaced

            resource Vpc (VpcId): create CreateVpc; read DescribeVpcs; modify ModifyVpcAttribute; delete DeleteVpc; \
            not found InvalidVpcId.NotFound; paging PageNumber/PageSize, total TotalCount

            example-only:
              StartVpcThing: Start is not a resource verb; answers its documented example

            unplaced:
              DescribeRegions: Describe names kind Region, which no create makes; and it documents no example

            """
        #expect(text == expected)
    }

    @Test func figuresAdd() {
        let figures = ExplainReport.Figures(ResourceInference.infer(SpecBuilder.vpcLike))
        let sum = figures + figures
        #expect(sum.operations == 12)
        #expect(sum.statefulTotal == 8)
        #expect(sum.stateful[.read] == 2)
        #expect(sum.resources == 2)
    }
}
