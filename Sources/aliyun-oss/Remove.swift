import AliyunOSS
import AliyunOSSRuntime
import AliyunRuntime
import ArgumentParser

/// `aliyun-oss rm oss://BUCKET/KEY`.
struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove an object.")

    @Argument(help: "oss://BUCKET/KEY")
    var object: String

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        guard case .object(let bucket, let key) = OSSLocation.parse(object), !key.isEmpty else {
            throw ValidationError("\(object) is not oss://BUCKET/KEY")
        }
        let oss = OSSClient(caller: try connection.caller())
        do {
            _ = try await oss.deleteObject(DeleteObjectRequest(bucket: bucket, key: key))
            print("removed oss://\(bucket)/\(key)")
        } catch {
            throw fail(error)
        }
    }
}
