import Foundation

/// The real ECS metadata in `../shared/corpus`, read with Foundation for the examples it carries.
enum Corpus {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/ecs-2014-05-26.api-docs.json").path

    /// Every operation's `responseDemo` text (empty when it has none), by operation name.
    static let responseDemos: [String: String] = {
        guard let data = FileManager.default.contents(atPath: path),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let apis = root["apis"] as? [String: [String: Any]]
        else { return [:] }
        return apis.mapValues { $0["responseDemo"] as? String ?? "" }
    }()

    /// The documented example answers of an operation (`responseDemo`, JSON examples only).
    static func responseExamples(of operation: String) -> [String] {
        guard let text = responseDemos[operation], !text.isEmpty,
            let demos = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        else { return [] }
        return demos.filter { ($0["type"] as? String) == "json" }.compactMap { $0["example"] as? String }
    }
}
