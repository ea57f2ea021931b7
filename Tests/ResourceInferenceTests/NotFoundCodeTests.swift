import Testing

@testable import ResourceInference

@Suite("NotFound codes")
struct NotFoundCodeTests {
    typealias B = SpecBuilder

    @Test func identifierBeatsKindAndOthers() {
        let chosen = NotFoundCode.choose(
            kind: "Vpc", identifier: "VpcId",
            errors: [["InvalidRegionId.NotFound", "Forbidden.VpcNotFound", "InvalidVpcId.NotFound"].map(B.error)])
        #expect(chosen.code == "InvalidVpcId.NotFound")
        #expect(chosen.why.contains("identifier"))
    }

    @Test func kindWhenNoIdentifierCode() {
        let chosen = NotFoundCode.choose(
            kind: "Cluster", identifier: "cluster_id",
            errors: [["ErrorClusterNotFound", "ErrorNodeNotFound"].map(B.error)])
        #expect(chosen.code == "ErrorClusterNotFound")
        #expect(chosen.why.contains("kind"))
    }

    @Test func anyNotFoundThenMostDocumented() {
        let chosen = NotFoundCode.choose(
            kind: "Thing", identifier: "ThingId",
            errors: [["B.NotFound"].map(B.error), ["A.NotFound", "B.NotFound"].map(B.error)])
        #expect(chosen.code == "B.NotFound")
    }

    @Test func noneDocumented() {
        let chosen = NotFoundCode.choose(kind: "Thing", identifier: "ThingId", errors: [[B.error("Forbidden")]])
        #expect(chosen.code == nil)
        #expect(chosen.why.contains("generic"))
    }
}
