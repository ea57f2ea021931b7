import AliyunRuntime
import AliyunServerSupport
import Testing

@Suite("IncomingRequest: the query decoded as the gateway decodes it")
struct IncomingRequestTests {
    @Test("'+' is a space and %2B a plus, as the official Python SDK sends them")
    func plusIsSpace() {
        let request = IncomingRequest(
            method: "POST", target: "/?Description=changed+with+V3&Name=a%2Bb&Path=%2F%E4%B8%AD", headers: [:])
        #expect(request.parameter("Description") == "changed with V3")
        #expect(request.parameter("Name") == "a+b")
        #expect(request.parameter("Path") == "/中")
        #expect(request.path == "/")
    }

    @Test("an item without '=' has an empty value; a broken escape is kept as sent")
    func oddItems() {
        let request = IncomingRequest(method: "GET", target: "/x?Flag&Broken=%ZZ", headers: ["Host": "h"])
        #expect(request.query == [RPCQueryItem(name: "Flag", value: ""), RPCQueryItem(name: "Broken", value: "%ZZ")])
        #expect(request.path == "/x")
        #expect(request.headers["host"] == "h")
    }
}
