import Foundation

/// Locations of the repository's own spec files and of the shared corpus, found from this file.
enum Paths {
    /// The package root: three levels above this file (Tests/SpecReadersTests/Support).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A path inside the package, relative to its root.
    static func spec(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    static let zhPage = spec("spec/ecs/2014-05-26/ModifyImageAttribute.html")
    static let enPage = spec("spec/ecs/2014-05-26/ModifyImageAttribute.en.html")
    static let apiDocs = spec("spec/ecs/2014-05-26/api-docs.json")

    /// A fixture file of this test target.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/SpecReadersTests/Fixtures/\(name)").path
    }

    /// The real ECS metadata in `../shared/corpus`, beside the repository.
    static let corpus = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/ecs-2014-05-26.api-docs.json").path
    /// OSS's metadata in the newer snapshot (`../shared/corpus`, which the repository's tests need).
    static let ossCorpus = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/alibaba-cloud-2025-12/oss/2019-05-17/api-docs.json").path
    /// The project's overlay of OSS's metadata.
    static let ossOverlay = packageRoot.appendingPathComponent("spec/overlays/oss/2019-05-17.json").path
}
