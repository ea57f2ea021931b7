import Foundation
import SwiftCodegen
import Testing

/// What a generated package asks of swift-aliyun-codegen's package traits, and what those traits guard: a consumer
/// of the generated SDK resolves AliyunRuntime's own dependencies and not the generator's or the emulators' (issue 33).
@Suite("Package traits")
struct PackageTraitsTests {
    /// The traits named by every `traits: [...]` of a manifest.
    static func askedTraits(_ manifest: String) -> [[String]] {
        manifest.matches(of: /traits: \[([^\]]*)\]/).map { match in
            match.output.1.matches(of: /"([^"]+)"/).map { String($0.output.1) }
        }
    }

    @Test("an RPC and an OSS package ask for no trait: only AliyunRuntime's dependencies are resolved")
    func noTraits() throws {
        for specs in [
            [PackageGenerationTests.ecs, PackageGenerationTests.sts],
            [Repository.path("spec/oss/2019-05-17/api-docs.json"), PackageGenerationTests.ecs],
        ] {
            let manifest = try PackageGeneration(specs: specs, runtime: .path("../swift-aliyun-codegen")).render()
                .files[0].contents
            #expect(manifest.hasPrefix("// swift-tools-version: 6.1\n"), "traits on a .package need 6.1")
            #expect(Self.askedTraits(manifest) == [[]], "\(manifest)")
            #expect(manifest.contains(#"path: "../swift-aliyun-codegen", traits: [])"#))
        }
        let url = try PackageGeneration(
            specs: [PackageGenerationTests.sts], runtime: .url("https://example.invalid/sdk", from: "1.2.0")
        ).render().files[0].contents
        #expect(url.contains(#".package(url: "https://example.invalid/sdk", from: "1.2.0", traits: [])"#))
    }

    @Test("a Log Service package asks for LogService alone, the trait AliyunSLSRuntime needs")
    func logService() throws {
        let manifest = try PackageGeneration(
            specs: [Repository.path("spec/sls/2020-12-30/api-docs.json"), PackageGenerationTests.sts],
            runtime: .path("..")
        ).render().files[0].contents
        #expect(manifest.contains("slsModules"))
        #expect(Self.askedTraits(manifest) == [["LogService"]], "\(manifest)")
    }

    @Test("the traits the generator knows are the traits Package.swift declares, all of them its defaults")
    func declaredTraits() throws {
        let manifest = try PackageManifest.read()
        #expect(manifest.traits == RuntimePackageTraits.declared)
        #expect(manifest.defaultTraits == RuntimePackageTraits.declared, "this package itself builds with every trait")
        #expect(Set(RuntimePackageTraits.byRuntimeModule.values).isSubset(of: RuntimePackageTraits.declared))
    }

    @Test("with no traits, no target of this package uses a dependency package that AliyunRuntime does not")
    func unguardedDependencies() throws {
        let manifest = try PackageManifest.read()
        let runtime = try #require(manifest.targets["AliyunRuntime"])
        // SwiftPM resolves a dependency package that any target (tests aside) uses without a trait condition,
        // whether or not the consumer's products reach that target.
        for target in manifest.targets.values where !target.isTest {
            let extra = target.packages.subtracting(runtime.packages)
            #expect(extra.isEmpty, "\(target.name) uses \(extra.sorted()) with no trait: every consumer resolves it")
        }
    }

    @Test("each runtime a generated module stands on needs exactly the traits the generator asks for it")
    func runtimeTraits() throws {
        let manifest = try PackageManifest.read()
        for runtime in ["AliyunRuntime", "AliyunOSSRuntime", "AliyunSLSRuntime"] {
            let needed = manifest.closure(of: runtime).reduce(into: Set<String>()) { traits, name in
                traits.formUnion(manifest.targets[name]?.guardedTraits ?? [])
            }
            #expect(needed == Set(RuntimePackageTraits.traits(forRuntimeModules: [runtime])), "\(runtime)")
        }
    }
}

extension PackageTraitsTests {
    /// A target that needs a trait for its own dependencies (AliyunEmulator: Hummingbird, `Emulators`) is built by a
    /// consumer that enables that trait alone: every guarded dependency of a target it stands on must be resolved by
    /// it too. (AliyunEmulator reads specs through SwiftCodegen, whose Yams only `Generator` resolved: with
    /// `traits: ["Emulators"]` it did not build.)
    @Test("every target builds with the traits its own dependencies need: each guarded dependency below it is resolved")
    func guardedDependenciesBelow() throws {
        let manifest = try PackageManifest.read()
        for target in manifest.targets.values where !target.isTest {
            let own = target.guards.reduce(into: Set<String>()) { $0.formUnion($1) }
            guard !own.isEmpty else { continue }
            for name in manifest.closure(of: target.name) {
                for traits in manifest.targets[name]?.guards ?? [] where traits.isDisjoint(with: own) {
                    Issue.record(
                        "\(target.name) needs \(own.sorted()), but \(name) has a dependency only \(traits.sorted()) resolves"
                    )
                }
            }
        }
    }
}

/// `Package.swift` read as text: its traits, and each target's dependencies (this package's targets, other
/// packages' products with no condition, the traits of those guarded by one).
private struct PackageManifest {
    struct Target {
        var name: String
        var isTest: Bool
        var localDependencies: Set<String>
        var packages: Set<String>
        var guardedTraits: Set<String>
        /// Each guarded dependency's traits, any one of which resolves it.
        var guards: [Set<String>]
    }

    var traits: Set<String>
    var defaultTraits: Set<String>
    var targets: [String: Target]

    static func read() throws -> PackageManifest {
        let text = try String(contentsOfFile: Repository.path("Package.swift"), encoding: .utf8)
        let traits = Set(text.matches(of: /\.trait\(\s*name:\s*"([^"]+)"/).map { String($0.output.1) })
        let defaults = try #require(text.firstMatch(of: /\.default\(enabledTraits:\s*\[([^\]]*)\]\)/))
        let defaultTraits = Set(defaults.output.1.matches(of: /"([^"]+)"/).map { String($0.output.1) })
        let body = try #require(text.range(of: "\n    targets: [\n")).upperBound
        let declaration = #/\.(target|executableTarget|testTarget|plugin|systemLibrary)\(\s*name:\s*"([^"]+)"/#
        let declarations = text[body...].matches(of: declaration)
        let names = Set(declarations.map { String($0.output.2) })
        // Another package's product with no condition, and one guarded by a trait (Package.swift's `product(_:in:trait:)`).
        let product = #/\.product\(name: "[^"]+", package: "([^"]+)"\)/#
        let guarded = #/product\("[^"]+", in: "[^"]+", trait: "([^"]+)"\)/#
        let guardedByAny = #/product\("[^"]+", in: "[^"]+", traits: \[([^\]]*)\]\)/#
        var targets: [String: Target] = [:]
        for (index, match) in declarations.enumerated() {
            let end = index + 1 < declarations.count ? declarations[index + 1].range.lowerBound : text.endIndex
            let block = text[match.range.upperBound..<end]
            let quoted = Set(block.matches(of: /"([^"]+)"/).map { String($0.output.1) })
            let name = String(match.output.2)
            targets[name] = Target(
                name: name, isTest: match.output.1 == "testTarget",
                localDependencies: quoted.intersection(names).subtracting([name]),
                packages: Set(block.matches(of: product).map { String($0.output.1) }),
                guardedTraits: Set(block.matches(of: guarded).map { String($0.output.1) }),
                guards: block.matches(of: guarded).map { [String($0.output.1)] }
                    + block.matches(of: guardedByAny).map { match in
                        Set(match.output.1.matches(of: /"([^"]+)"/).map { String($0.output.1) })
                    })
        }
        return PackageManifest(traits: traits, defaultTraits: defaultTraits, targets: targets)
    }

    /// A target and every target of this package it depends on, transitively.
    func closure(of name: String) -> Set<String> {
        var reached: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for dependency in targets[next]?.localDependencies ?? [] where reached.insert(dependency).inserted {
                pending.append(dependency)
            }
        }
        return reached
    }
}
