import AliyunXML
import Foundation

/// What the emulator answers: a status, headers and a body (XML, or an object's bytes).
struct OSSAnswer: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An XML document.
    static func xml(_ writer: XMLWriter, status: Int = 200, headers: [(String, String)] = []) -> OSSAnswer {
        OSSAnswer(status: status, headers: [("Content-Type", "application/xml")] + headers, body: writer.bytes)
    }

    /// The `<Error>` document of a failure, as OSS writes it; a HEAD request gets no body, and the document base64
    /// in `x-oss-err` instead.
    static func failure(_ failure: OSSFailure, requestId: String, hostId: String, method: String) -> OSSAnswer {
        var writer = XMLWriter()
        writer.open("Error")
        writer.element("Code", failure.error.code)
        writer.element("Message", failure.message ?? failure.error.message)
        writer.element("RequestId", requestId)
        writer.element("HostId", hostId)
        for (name, value) in failure.details { writer.element(name, value) }
        writer.close("Error")
        if method == "HEAD" {
            return OSSAnswer(
                status: failure.error.status,
                headers: [("x-oss-err", Data(writer.bytes).base64EncodedString())])
        }
        return .xml(writer, status: failure.error.status)
    }
}
