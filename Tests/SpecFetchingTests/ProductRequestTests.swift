import SpecFetching
import Testing

@Suite("ProductRequest: PRODUCT or PRODUCT@VERSION, resolved against the product list")
struct ProductRequestTests {
    static let catalog = [
        ProductEntry(
            code: "Ecs", name: "Elastic Compute Service", versions: ["2014-05-26"], defaultVersion: "2014-05-26"),
        ProductEntry(
            code: "Dysmsapi", name: "Short Message Service", versions: ["2017-05-25", "2018-05-01"],
            defaultVersion: "2017-05-25"),
        ProductEntry(code: "EcsNext", name: "ECS next", versions: ["2025-01-01"]),
    ]

    @Test("a code in any case takes the default version; a named version is taken")
    func resolves() throws {
        let ecs = try ProductRequest(parsing: "ecs").resolve(in: Self.catalog)
        #expect(ecs.entry.code == "Ecs")
        #expect(ecs.version == "2014-05-26")
        #expect(try ProductRequest(parsing: "DYSMSAPI@2018-05-01").resolve(in: Self.catalog).version == "2018-05-01")
        #expect(try ProductRequest(parsing: "ecsnext").resolve(in: Self.catalog).version == "2025-01-01")
    }

    @Test("an unknown product names the close ones; an unknown version lists the versions")
    func refuses() throws {
        let unknown = #expect(throws: MetadataError.self) {
            _ = try ProductRequest(parsing: "sms").resolve(in: Self.catalog)
        }
        #expect(
            unknown?.message.hasPrefix("no product 'sms' in the metadata service's list; did you mean Dysmsapi?")
                == true)
        let version = #expect(throws: MetadataError.self) {
            _ = try ProductRequest(parsing: "dysmsapi@2020-01-01").resolve(in: Self.catalog)
        }
        #expect(version?.message == "Dysmsapi has no version 2020-01-01; its versions are 2017-05-25, 2018-05-01")
    }

    @Test(
        "text that is not PRODUCT[@VERSION] is refused before anything is asked",
        arguments: ["", "ecs@", "e cs", "../x", "ecs@1/2"])
    func malformed(_ text: String) {
        #expect(throws: MetadataError.self) { _ = try ProductRequest(parsing: text) }
    }
}
