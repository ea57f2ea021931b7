import AliyunEmulator
import AliyunRuntime
import ArgumentParser
import EmulatorHandlers
import EmulatorSupport
import Foundation
import ResourceInference

/// `aliyun-emulator`: an offline Alibaba Cloud on a loopback port, every product of a corpus answered from its spec.
@main
struct AliyunEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliyun-emulator",
        abstract:
            "An offline Alibaba Cloud: every RPC and ROA product of the specs, with resources inferred from them.",
        discussion: """
            The first line on standard output is `listening on http://HOST:PORT`; every product is served there, told \
            apart by Action and Version (or x-acs-action and x-acs-version), by the host when products share both, \
            and by a ROA operation's method and path. The access key defaults to ALIBABA_CLOUD_ACCESS_KEY_ID, \
            ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN. Test endpoints live under /_emulator/ \
            (faults, requests, state) and need the control token (--control-token, or \
            ALIYUN_EMULATOR_CONTROL_TOKEN; otherwise one is generated and printed as the second line). \
            --explain PRODUCT prints what inference made of a product (or `all`: the figures of every product) and \
            exits. SIGINT or SIGTERM stops the server.
            """)

    @OptionGroup var common: EmulatorOptions
    @OptionGroup var api: SignedAPIOptions

    @Option(help: "A directory of PRODUCT/VERSION/api-docs.json files (the corpus).")
    var corpus: String?

    @Option(help: "Only these products of the corpus (its directory names), comma-separated.")
    var products: String?

    @Option(name: .customLong("spec"), help: "A spec file (repeatable), instead of or beside --corpus.")
    var specs: [String] = []

    @Option(help: "A directory of PRODUCT.json files correcting inference (see docs/emulator-inference.md).")
    var overrides: String?

    @Option(help: "Print what inference made of this product (or `all`) and exit.")
    var explain: String?

    @Flag(
        help: ArgumentHelp(
            "Call every operation of every product once against an emulator of its own, print the figures and exit"
                + " (1 when an answer is not of its documented shape)."))
    var probe = false

    @Option(help: "A JSON file of resources to start with (see ResourceState).")
    var state: String?

    @Option(
        help: ArgumentHelp(
            "A JSON file of ECS images (ecs-emulator's state) for the ecs-images handlers, which a product's override"
                + " file names (spec/emulator-overrides/ecs.json)."))
    var images: String?

    @Flag(help: "Write every change back to the --state file, atomically.")
    var persist = false

    static let controlTokenVariable = "ALIYUN_EMULATOR_CONTROL_TOKEN"

    func validate() throws {
        try api.validate { OIDCProvider(argument: $0) != nil }
        if persist && state == nil { throw ValidationError("--persist needs --state FILE") }
        if corpus == nil && specs.isEmpty { throw ValidationError("give --corpus DIR or --spec FILE") }
    }

    func run() async throws {
        let catalog: ProductCatalog
        let started = Date()
        do throws(CatalogError) {
            catalog = try ProductCatalog.load(
                corpus: corpus, products: products?.split(separator: ",").map(String.init), specs: specs,
                overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
        if let explain {
            try explainProducts(explain, in: catalog)
            return
        }
        if probe {
            try await probeProducts(catalog)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let key = try common.credentials(environment: environment)
        var initial = ResourceState()
        let file = state.map(JSONStateFile<ResourceState>.init(path:))
        if let file, FileManager.default.fileExists(atPath: file.path) {
            do throws(StateFileError) {
                initial = try file.read()
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode.failure
            }
        }
        var configuration = AliyunEmulatorConfiguration(
            catalog: catalog, host: common.host, port: common.port, credentials: [key], state: initial,
            persistTo: persist ? file : nil)
        if let images {
            do throws(StateFileError) {
                configuration.images = try StateFile(path: images).read()
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode.failure
            }
        }
        configuration.validation = api.validationMode
        let control = try api.chosenControlToken(environment, variable: Self.controlTokenVariable)
        configuration.controlToken = control.token
        configuration.oidcProviders = api.oidcProvider.compactMap(OIDCProvider.init(argument:))
        SignedAPIOptions.warnUnlessLoopback(common.host)
        for skipped in catalog.skipped {
            FileHandle.standardError.write(Data("warning: not served: \(skipped)\n".utf8))
        }
        let emulator: AliyunEmulator
        do {
            emulator = try await AliyunEmulator.start(configuration, stopsOnSignals: true)
        } catch {
            FileHandle.standardError.write(
                Data("error: cannot listen on \(common.host):\(common.port): \(error)\n".utf8))
            throw ExitCode.failure
        }
        SignedAPIOptions.announce(url: emulator.url, control: control)
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        FileHandle.standardError.write(
            Data("serving \(catalog.products.count) product versions (loaded in \(seconds) s)\n".utf8))
        try await emulator.waitUntilStopped()
    }

    /// `--probe`: every operation called once; a line of figures per product version, its problems, the totals.
    private func probeProducts(_ catalog: ProductCatalog) async throws {
        let started = Date()
        let results = try await CorpusProbe.run(catalog)
        var total = CorpusProbe.Figures()
        for (label, figures) in results {
            total = total + figures
            print("\(label): \(figures.summary)")
            for problem in figures.problems { print("  problem: \(problem)") }
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print("all \(results.count) product versions: \(total.summary) (\(seconds) s)")
        if !total.problems.isEmpty { throw ExitCode.failure }
    }

    /// `--explain PRODUCT`: the report of each version of the product; `--explain all`: one line of figures per
    /// product version and the totals.
    private func explainProducts(_ name: String, in catalog: ProductCatalog) throws {
        if name.lowercased() == "all" {
            var total = ExplainReport.Figures()
            var lines: [String] = []
            for product in catalog.products {
                let figures = ExplainReport.Figures(product.inferred)
                total = total + figures
                lines.append("\(product.label): \(figures.summary)")
            }
            lines.append("all \(catalog.products.count) product versions: \(total.summary)")
            print(lines.joined(separator: "\n"))
            return
        }
        let chosen = catalog.product(named: name)
        guard !chosen.isEmpty else {
            FileHandle.standardError.write(Data("error: no loaded product is named \(name)\n".utf8))
            throw ExitCode.failure
        }
        print(chosen.map { ExplainReport.text($0.inferred) }.joined(separator: "\n"))
    }
}
