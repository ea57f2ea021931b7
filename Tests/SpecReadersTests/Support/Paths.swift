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
}
