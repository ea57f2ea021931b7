import SpecFetching
import Testing

@Suite("MetadataService")
struct MetadataServiceTests {
    @Test("the default address is Alibaba Cloud's")
    func address() {
        #expect(MetadataService.defaultURL == "https://api.aliyun.com")
    }
}
