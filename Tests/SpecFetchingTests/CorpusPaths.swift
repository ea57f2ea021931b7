import Foundation

/// The shared corpus beside the package, served as the metadata service in tests.
enum CorpusPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let newer = packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/corpus/alibaba-cloud-2025-12")
    static let older = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/alibaba-cloud")
}
