import AliyunOSSRuntime
import AliyunRuntime
import ArgumentParser
import Foundation

/// `aliyun-oss cp SOURCE DESTINATION`: a file to an object, or an object to a file.
struct Copy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cp",
        abstract: "Copy a file to oss://BUCKET/KEY, or an object to a file.",
        discussion: """
            Uploads above the part size go as a multipart upload, parts in parallel; downloads are read in ranges \
            in parallel. Every transfer's CRC-64 is checked. With --checkpoint-dir, an interrupted transfer resumes \
            where it stopped when run again.
            """)

    @Argument(help: "A file, or oss://BUCKET/KEY.")
    var source: String

    @Argument(help: "oss://BUCKET/KEY (a key ending in / takes the file's name), or a file.")
    var destination: String

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "The part (or range) size in bytes (default: 8 MiB).")
    var partSize = 8 << 20

    @Option(help: "How many parts or ranges go at once.")
    var parallel = 3

    @Option(help: "Where to keep checkpoints, so an interrupted transfer resumes.")
    var checkpointDir: String?

    @Option(help: "The object's Content-Type (uploads).")
    var contentType: String?

    func run() async throws {
        let caller = try connection.caller()
        let progress = ProgressLine()
        let started = Date()
        do {
            switch (OSSLocation.parse(source), OSSLocation.parse(destination)) {
            case (.local(let path), .object(let bucket, var key)):
                if key.isEmpty || key.hasSuffix("/") { key += URL(fileURLWithPath: path).lastPathComponent }
                var headers = OSSHeaders()
                if let contentType { headers.set("Content-Type", contentType) }
                let uploader = OSSUploader(
                    caller: caller,
                    options: OSSUploader.Options(
                        partSize: partSize, parallelism: parallel, checkpointDirectory: checkpointDir))
                let result = try await uploader.upload(
                    file: path, bucket: bucket, key: key, headers: headers, progress: progress.show)
                progress.finish()
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
                summary(
                    "uploaded", size, "oss://\(bucket)/\(key)", result.crc64, since: started,
                    resumed: result.resumedParts)
            case (.object(let bucket, let key), .local(var path)):
                guard !key.isEmpty else { throw ValidationError("\(source) names no object") }
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    path =
                        URL(fileURLWithPath: path).appendingPathComponent(
                            String(key.split(separator: "/").last ?? Substring(key))
                        ).path
                }
                let downloader = OSSDownloader(
                    caller: caller,
                    options: OSSDownloader.Options(
                        partSize: partSize, parallelism: parallel, checkpointDirectory: checkpointDir))
                let result = try await downloader.download(
                    bucket: bucket, key: key, to: path, progress: progress.show)
                progress.finish()
                summary("downloaded", result.size, path, result.crc64, since: started, resumed: result.resumedRanges)
            default:
                throw ValidationError("one side must be a file and the other oss://BUCKET/KEY")
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            progress.finish()
            throw fail(error)
        }
    }

    private func summary(
        _ verb: String, _ size: Int, _ target: String, _ crc: UInt64, since started: Date, resumed: Int
    ) {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        print(
            "\(verb) \(size) bytes to \(target) in \(String(format: "%.2f", seconds)) s "
                + "(\(ProgressLine.bytes(Int(Double(size) / seconds)))/s), CRC-64 \(crc)"
                + (resumed > 0 ? ", \(resumed) parts resumed from the checkpoint" : ""))
    }
}
