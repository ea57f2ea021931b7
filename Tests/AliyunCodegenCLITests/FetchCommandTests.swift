import Foundation
import LoopbackServer
import Testing

/// `aliyun-codegen products`, `fetch` (with its lock, `--add-to`, `--check` and `--update`) and `diff`, run as a user
/// runs them, against the corpus served over loopback HTTP as the metadata service; nothing reaches a real address.
@Suite("aliyun-codegen products, fetch and diff against a loopback metadata service")
struct FetchCommandTests {
    static let corpus = CommandRunner.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/alibaba-cloud-2025-12")
    static let ecsDocs = "/meta/v1/products/Ecs/versions/2014-05-26/api-docs.json"

    /// A fresh working directory, removed after `body`.
    static func inDirectory(_ body: (URL) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory)
    }

    static func run(_ arguments: [String], in directory: URL, server: CorpusMetadataServer) async throws
        -> CommandRunner.Output
    {
        try await CommandRunner.run(
            arguments, in: directory,
            environment: ProcessInfo.processInfo.environment.merging(
                ["ALIYUN_METADATA_URL": server.url, "SOURCE_DATE_EPOCH": "1764979200"]) { $1 })
    }

    static func contents(_ url: URL) -> [UInt8]? {
        FileManager.default.contents(atPath: url.path).map(Array.init)
    }

    @Test("fetch writes each spec, the lock and the config's modules; a second run changes no byte")
    func fetchAndLock() async throws {
        let server = try await CorpusMetadataServer(corpus: Self.corpus, products: ["ecs", "dysmsapi", "vpc"])
        try await Self.inDirectory { directory in
            let output = try await Self.run(
                ["fetch", "ecs", "dysmsapi@2017-05-25", "--add-to", "aliyun-codegen.yaml"], in: directory,
                server: server)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stderr.isEmpty, "no progress lines off a terminal: \(output.stderr)")
            let ecs = directory.appendingPathComponent("spec/ecs/2014-05-26/api-docs.json")
            #expect(
                Self.contents(ecs) == Self.contents(Self.corpus.appendingPathComponent("ecs/2014-05-26/api-docs.json")))
            #expect(
                FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent("spec/dysmsapi/2017-05-25/api-docs.json").path))
            let lockURL = directory.appendingPathComponent("aliyun-specs.lock")
            let lock = String(decoding: Self.contents(lockURL) ?? [], as: UTF8.self)
            #expect(lock.contains(#""path" : "spec/dysmsapi/2017-05-25/api-docs.json""#))
            #expect(lock.contains(#""fetched" : "2025-12-06T00:00:00Z""#))
            #expect(lock.range(of: "Dysmsapi")!.lowerBound < lock.range(of: "Ecs")!.lowerBound, "sorted")
            let config = String(
                decoding: Self.contents(directory.appendingPathComponent("aliyun-codegen.yaml")) ?? [], as: UTF8.self)
            #expect(config.contains("specs: [spec/ecs/2014-05-26/api-docs.json]\noutput: Generated/AliyunECS"))
            #expect(config.contains("specs: [spec/dysmsapi/2017-05-25/api-docs.json]"))
            let before = (Self.contents(lockURL), config)
            let again = try await Self.run(
                ["fetch", "ecs", "dysmsapi@2017-05-25", "--add-to", "aliyun-codegen.yaml"], in: directory,
                server: server)
            #expect(again.status == 0)
            #expect(Self.contents(lockURL) == before.0, "the lock's bytes are the same")
            #expect(
                String(
                    decoding: Self.contents(directory.appendingPathComponent("aliyun-codegen.yaml")) ?? [],
                    as: UTF8.self) == before.1)
            let generate = try await CommandRunner.run(["generate", "--print-outputs"], in: directory)
            #expect(generate.status == 0, "\(generate.stderr)")
            #expect(generate.stdout.contains("Generated/AliyunECS"))
        }
        try await server.stop()
    }

    @Test("--check reports nothing for an unchanged upstream, and every change of a changed one; --update takes it")
    func checkAndUpdate() async throws {
        let server = try await CorpusMetadataServer(corpus: Self.corpus, products: ["ecs"])
        try await Self.inDirectory { directory in
            #expect(try await Self.run(["fetch", "ecs"], in: directory, server: server).status == 0)
            let unchanged = try await Self.run(["fetch", "--check"], in: directory, server: server)
            #expect(unchanged.status == 0)
            #expect(unchanged.stdout.contains("Ecs 2014-05-26: unchanged"))
            // Upstream changes: an operation removed, a parameter made required, an enum value added.
            let file = directory.appendingPathComponent("spec/ecs/2014-05-26/api-docs.json")
            let original = try #require(Self.contents(file))
            var document = try #require(try JSONSerialization.jsonObject(with: Data(original)) as? [String: Any])
            var apis = try #require(document["apis"] as? [String: Any])
            apis["DescribeRegions"] = nil
            apis["ModifyImageAttribute"] = try Self.changing(apis["ModifyImageAttribute"], parameter: "ImageName") {
                $0["required"] = true
            }
            apis["DescribePrice"] = try Self.changing(apis["DescribePrice"], parameter: "SpotStrategy") {
                $0["enum"] = ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo", "SpotNew"]
            }
            document["apis"] = apis
            server.replace(
                product: "ecs", version: "2014-05-26", with: Array(try JSONSerialization.data(withJSONObject: document))
            )
            let lockURL = directory.appendingPathComponent("aliyun-specs.lock")
            let lockBefore = Self.contents(lockURL)
            let check = try await Self.run(["fetch", "--check"], in: directory, server: server)
            #expect(check.status == 2, "breaking changes exit 2: \(check.stderr)")
            #expect(check.stdout.contains("DescribeRegions"))
            #expect(check.stdout.contains("ImageName"))
            #expect(check.stdout.contains("SpotNew"))
            #expect(check.stdout.contains("BREAKING"))
            #expect(Self.contents(file) == original, "--check writes nothing")
            #expect(Self.contents(lockURL) == lockBefore)
            let again = try await Self.run(["fetch", "--check"], in: directory, server: server)
            #expect(again.stdout == check.stdout, "the report is deterministic")
            let update = try await Self.run(["fetch", "--update"], in: directory, server: server)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout.contains("updated 1 specs"))
            #expect(Self.contents(file) != original)
            #expect(
                try await Self.run(["fetch", "--check"], in: directory, server: server).stdout.contains("unchanged"))
        }
        try await server.stop()
    }

    static func changing(
        _ operation: Any?, parameter name: String, _ change: (inout [String: Any]) -> Void
    ) throws -> [String: Any] {
        var operation = try #require(operation as? [String: Any])
        var parameters = try #require(operation["parameters"] as? [[String: Any]])
        let index = try #require(parameters.firstIndex { $0["name"] as? String == name })
        var schema = try #require(parameters[index]["schema"] as? [String: Any])
        change(&schema)
        parameters[index]["schema"] = schema
        operation["parameters"] = parameters
        return operation
    }

    @Test(
        "faults: a 500 then success is fetched; a truncated body, the wrong product and a hang leave every file as it was",
        arguments: ["500", "truncated", "wrong", "hang", "unknown"])
    func faults(_ fault: String) async throws {
        let vpc = try Data(contentsOf: Self.corpus.appendingPathComponent("vpc/2016-04-28/api-docs.json"))
        let server = try await CorpusMetadataServer(corpus: Self.corpus, products: ["ecs", "vpc"]) { path, n in
            // The first fetch succeeds, the second meets the fault.
            guard path == Self.ecsDocs, n >= 1 else { return nil }
            switch fault {
            case "500": return n == 1 ? .respond(status: 500, headers: [:], body: "busy", delay: .zero) : nil
            case "truncated":
                return .respondBytes(status: 200, headers: [:], body: Array("{\"version\":\"1.0\",\"info\"".utf8))
            case "wrong": return .respondBytes(status: 200, headers: [:], body: Array(vpc))
            case "hang": return .hang
            default: return nil
            }
        }
        try await Self.inDirectory { directory in
            #expect(try await Self.run(["fetch", "ecs"], in: directory, server: server).status == 0)
            let file = directory.appendingPathComponent("spec/ecs/2014-05-26/api-docs.json")
            let lockURL = directory.appendingPathComponent("aliyun-specs.lock")
            // A local file the user changed, to be kept on failure.
            try Data("{\"edited\": true}".utf8).write(to: file)
            let before = (Self.contents(file), Self.contents(lockURL))
            let output = try await Self.run(
                ["fetch", fault == "unknown" ? "ecss" : "ecs", "vpc", "--timeout", "1"], in: directory, server: server)
            switch fault {
            case "500":
                #expect(output.status == 0, "\(output.stderr)")
                #expect(Self.contents(file) != before.0)
            default:
                #expect(output.status == 1)
                #expect(Self.contents(file) == before.0, "the good file stays")
                #expect(Self.contents(lockURL) == before.1)
                #expect(
                    !FileManager.default.fileExists(atPath: directory.appendingPathComponent("spec/vpc").path),
                    "nothing of the run is written")
                let expected = [
                    "truncated": "is not JSON (truncated?)", "wrong": "describes product 'Vpc', not Ecs",
                    "hang": "error: cannot reach \(server.url)\(Self.ecsDocs): ", "unknown": "no product 'ecss'",
                ][fault]!
                #expect(output.stderr.contains(expected), "\(output.stderr)")
            }
        }
        try await server.stop()
    }

    @Test("products lists the service's products as a table or JSON, filtered by --search")
    func products() async throws {
        let server = try await CorpusMetadataServer(corpus: Self.corpus, products: ["ecs", "dysmsapi", "vpc"])
        try await Self.inDirectory { directory in
            let table = try await Self.run(["products", "--search", "sms"], in: directory, server: server)
            #expect(table.status == 0)
            let lines = table.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("CODE      STYLE  DEFAULT     VERSIONS") == true)
            #expect(lines.count == 3)
            #expect(lines[1].hasPrefix("Dysmsapi  RPC    2018-05-01  2017-05-25,2018-05-01"))
            #expect(lines.last == "1 products")
            let json = try await Self.run(["products", "--json"], in: directory, server: server)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(list.compactMap { $0["code"] as? String } == ["Dysmsapi", "Ecs", "Vpc"])
        }
        try await server.stop()
    }

    @Test("diff between the two ECS snapshots is deterministic and exits 2 when something breaks")
    func diff() async throws {
        let older = Self.corpus.deletingLastPathComponent().appendingPathComponent(
            "alibaba-cloud/ecs/2014-05-26/api-docs.json"
        ).path
        let newer = Self.corpus.appendingPathComponent("ecs/2014-05-26/api-docs.json").path
        let first = try await CommandRunner.run(["diff", older, newer])
        let second = try await CommandRunner.run(["diff", older, newer])
        #expect([0, 2].contains(first.status))
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("Ecs 2014-05-26 → 2014-05-26"))
        #expect((first.status == 2) == first.stdout.contains("BREAKING"))
        let same = try await CommandRunner.run(["diff", newer, newer])
        #expect(same.status == 0)
        let missing = try await CommandRunner.run(["diff", "no-such.json", newer])
        #expect(missing.status == 1)
        #expect(missing.stderr == "no-such.json:0: error: no such file\n")
    }
}
