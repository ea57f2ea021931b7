import AliyunOSSRuntime
import AliyunRuntime
import ArgumentParser

/// `aliyun-oss presign oss://BUCKET/KEY`: a URL anyone can use, for a while, without keys.
struct Presign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presign",
        abstract: "Print a presigned URL for an object (GET by default, or PUT for an upload).",
        discussion: """
            A presigned PUT binds the Content-Type it was made with (give --content-type, and send that type); \
            with none, the upload must send no Content-Type. Handing such a URL to a background URLSession is how an \
            iOS app uploads while suspended.
            """)

    @Argument(help: "oss://BUCKET/KEY")
    var object: String

    @Option(help: "GET or PUT.")
    var method = "GET"

    @Option(help: "Seconds the URL stays valid (at most 604800, 7 days, for V4).")
    var expires = 3600

    @Option(help: "The Content-Type a presigned PUT must be sent with.")
    var contentType: String?

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard ["GET", "PUT"].contains(method) else { throw ValidationError("--method must be GET or PUT") }
        guard (1...604_800).contains(expires) else { throw ValidationError("--expires must be between 1 and 604800") }
    }

    func run() async throws {
        guard case .object(let bucket, let key) = OSSLocation.parse(object), !key.isEmpty else {
            throw ValidationError("\(object) is not oss://BUCKET/KEY")
        }
        let caller = try connection.caller()
        var headers = OSSHeaders()
        if let contentType { headers.set("Content-Type", contentType) }
        do {
            print(
                try await caller.presign(
                    OSSCall(method: method, bucket: bucket, key: key, headers: headers), expires: .seconds(expires)))
        } catch {
            throw fail(error)
        }
    }
}
