import AliyunXML

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
                headers: [("x-oss-err", Base64.encode(writer.bytes))])
        }
        return .xml(writer, status: failure.error.status)
    }
}

/// Base64 without Foundation's `Data` round trip.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let b0 = chunk[chunk.startIndex]
            let b1 = chunk.count > 1 ? chunk[chunk.startIndex + 1] : 0
            let b2 = chunk.count > 2 ? chunk[chunk.startIndex + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            output.append(chunk.count > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            output.append(chunk.count > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
