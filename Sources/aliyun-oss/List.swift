import AliyunOSS
import AliyunOSSRuntime
import AliyunRuntime
import ArgumentParser
import Foundation

/// `aliyun-oss ls [oss://BUCKET[/PREFIX]]`: the buckets, or the objects under a prefix.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls", abstract: "List the buckets, or the objects (and folders) under oss://BUCKET/PREFIX.")

    @Argument(help: "oss://BUCKET or oss://BUCKET/PREFIX; nothing lists the buckets.")
    var location: String?

    @Flag(name: .shortAndLong, help: "Every object under the prefix, not folder by folder.")
    var recursive = false

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let oss = OSSClient(caller: try connection.caller())
        do {
            guard let location else {
                for try await page in oss.listBucketsPages(ListBucketsRequest()) {
                    for bucket in page.buckets?.bucket ?? [] {
                        print("\(bucket.creationDate ?? "")  \(bucket.region ?? "")  oss://\(bucket.name ?? "")")
                    }
                }
                return
            }
            guard case .object(let bucket, let prefix) = OSSLocation.parse(location) else {
                throw ValidationError("\(location) is not oss://BUCKET[/PREFIX]")
            }
            let request = ListObjectsV2Request(
                bucket: bucket, delimiter: recursive ? nil : "/", prefix: prefix.isEmpty ? nil : prefix,
                encodingType: .url)
            for try await page in oss.listObjectsV2Pages(request) {
                for folder in page.commonPrefixes ?? [] {
                    print(String(repeating: " ", count: 38) + "oss://\(bucket)/\(Self.decoded(folder.prefix))")
                }
                for object in page.contents ?? [] {
                    let size = String(object.size ?? 0)
                    print(
                        String(repeating: " ", count: max(0, 12 - size.count)) + size + "  "
                            + (object.lastModified ?? "") + "  oss://\(bucket)/\(Self.decoded(object.key))")
                }
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }

    static func decoded(_ text: String?) -> String {
        (text ?? "").removingPercentEncoding ?? text ?? ""
    }
}
