import AliyunOSSRuntime
import AliyunRuntime
import AliyunXML
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
        let caller = try connection.caller()
        do {
            guard let location else {
                let answer = try await caller.send(OSSCall(method: "GET"))
                let document = try XMLReader.read(try await answer.bytes())
                for bucket in document.child("Buckets")?.children(named: "Bucket") ?? [] {
                    print(
                        "\(bucket.text(of: "CreationDate") ?? "")  \(bucket.text(of: "Region") ?? "")  oss://\(bucket.text(of: "Name") ?? "")"
                    )
                }
                return
            }
            guard case .object(let bucket, let prefix) = OSSLocation.parse(location) else {
                throw ValidationError("\(location) is not oss://BUCKET[/PREFIX]")
            }
            var token: String?
            repeat {
                var query = [OSSQueryItem("list-type", "2"), OSSQueryItem("encoding-type", "url")]
                if !prefix.isEmpty { query.append(OSSQueryItem("prefix", prefix)) }
                if !recursive { query.append(OSSQueryItem("delimiter", "/")) }
                if let token { query.append(OSSQueryItem("continuation-token", token)) }
                let answer = try await caller.send(OSSCall(method: "GET", bucket: bucket, query: query))
                let page = try XMLReader.read(try await answer.bytes())
                for folder in page.children(named: "CommonPrefixes") {
                    print(
                        String(repeating: " ", count: 12)
                            + "  \(String(repeating: " ", count: 24))  oss://\(bucket)/\(Self.decoded(folder.text(of: "Prefix")))"
                    )
                }
                for object in page.children(named: "Contents") {
                    let size = object.text(of: "Size") ?? "0"
                    print(
                        String(repeating: " ", count: max(0, 12 - size.count)) + size + "  "
                            + (object.text(of: "LastModified") ?? "")
                            + "  oss://\(bucket)/\(Self.decoded(object.text(of: "Key")))")
                }
                token = page.text(of: "IsTruncated") == "true" ? page.text(of: "NextContinuationToken") : nil
            } while token != nil
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
